import type { Catalog } from '../types';

/** User-facing sentences for the detect area's problem codes (French first, English too). */
export const messages: Catalog = {};
