import type { Catalog } from '../types';

/** User-facing sentences for the mail area's problem codes (French first, English too). */
export const messages: Catalog = {};
