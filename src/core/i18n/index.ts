/**
 * Turns a `Problem` (code + params) into one sentence in the user's language.
 * Each area keeps its sentences in catalog/<area>.ts; this file only merges them.
 * @example describeProblem({ code: 'bad-date', params: { input: '31/02' } }, 'en')
 */
import type { Lang, Problem } from '../model';
import type { Catalog } from './types';
import { messages as common } from './catalog/common';
import { messages as mail } from './catalog/mail';
import { messages as detect } from './catalog/detect';
import { messages as law } from './catalog/law';
import { messages as letters } from './catalog/letters';
import { messages as einvoice } from './catalog/einvoice';
import { messages as ledger } from './catalog/ledger';

export type { Catalog } from './types';

export const catalog: Catalog = { ...common, ...mail, ...detect, ...law, ...letters, ...einvoice, ...ledger };

export function describeProblem(problem: Problem, lang: Lang): string {
  const entry = catalog[problem.code];
  if (!entry) return fill(catalog['unknown-problem']![lang], { code: problem.code });
  return fill(entry[lang], problem.params ?? {});
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
