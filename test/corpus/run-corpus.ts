/**
 * Runs the engine over the labelled corpus threads (/work/shared/corpus/threads or $RELANCE_CORPUS) and
 * compares each labelled field; shared by the corpus test and by `node` debugging runs.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMailFile } from '../../src/core/mail';
import { analyse } from '../../src/core/detect';
import { formatDecimal } from '../../src/core/util';
import type { ExtractedInvoice } from '../../src/core/model';
import { extractInvoice } from '../../src/core/einvoice';

export const CORPUS = process.env.RELANCE_CORPUS ?? '/work/shared/corpus/threads';
/** Our own threads for patterns the corpus lacks (markers, end-of-month terms, broken promises…). */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface Label {
  file: string; me: string | null; on: string; debtor: boolean | null;
  invoices: { number: string | null; amount: string | null; currency: string | null; dueDate: string | null }[] | null;
  remindersSent: number | null;
  signals: { promise: boolean | null; paid: boolean | null; dispute: boolean | null } | null;
  nextStep: string | null;
}

export interface Output {
  debtor: boolean;
  invoices: { number: string; amount: string | null; currency: string | null; dueDate: string | null }[];
  remindersSent: number; nextStep: string; nextStepOn: string | null;
  signals: { promise: boolean; paid: boolean; dispute: boolean };
}

export function labels(dir = CORPUS): Label[] {
  const p = join(dir, 'labels.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) as Label[] : [];
}

export type Extract = (bytes: Uint8Array, filename: string) => Promise<ExtractedInvoice | null>;

/** The e-invoice area's extractor: documents it cannot read are left out (as the CLI does). */
export const extractAttached: Extract = async (bytes, filename) => {
  const r = await extractInvoice(bytes, filename);
  return r.ok ? r.value : null;
};

export async function runOne(file: string, me: string | null | undefined, on: string, extract: Extract | null = extractAttached, dir = CORPUS): Promise<Output> {
  const parsed = await parseMailFile(file, new Uint8Array(readFileSync(join(dir, file))));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code}`);
  const documents: ExtractedInvoice[] = [];
  if (extract) for (const m of parsed.value.messages) for (const a of m.attachments) {
    if (!/\.(pdf|xml)$/i.test(a.filename)) continue;
    const d = await extract(a.content, a.filename);
    if (d) documents.push({ ...d, filename: a.filename });
  }
  const { case: c, stage } = analyse(parsed.value, { me: me ?? undefined, on, documents });
  const active = (k: string) => c.signals.some((s) => s.active && (s.kind === k || (k === 'promise' && s.kind === 'payment-plan')));
  return {
    debtor: c.debtor,
    invoices: c.invoices.map((i) => ({ number: i.number, amount: i.amountDue ? formatDecimal(i.amountDue.value) : null,
      currency: i.currency?.value ?? null, dueDate: i.dueDate?.value ?? null })),
    remindersSent: stage.remindersSent, nextStep: stage.nextStep, nextStepOn: stage.nextStepOn,
    signals: { promise: active('promise'), paid: active('paid'), dispute: active('dispute') },
  };
}
