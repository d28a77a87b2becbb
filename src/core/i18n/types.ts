import type { Lang } from '../model';

/** code → sentence per language; `{name}` placeholders are filled from `Problem.params`. */
export type Catalog = Record<string, Record<Lang, string>>;
