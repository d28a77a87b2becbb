/**
 * Scoring shared by the corpus suites (labelled corpus, own fixtures, holdout): runs the engine on every
 * labelled thread of a folder and asserts debtor precision/recall and a per-field rate, printing the table.
 */
import { labels, runOne, type Label, type Output } from './run-corpus';

export const FIELDS = ['debtor', 'invoice number', 'amount', 'currency', 'due date', 'reminders sent', 'promise', 'paid', 'dispute', 'next step'] as const;
type Field = (typeof FIELDS)[number];

export function score(l: Label, o: Output): Partial<Record<Field, boolean>> {
  const s: Partial<Record<Field, boolean>> = {};
  if (l.debtor !== null) s.debtor = l.debtor === o.debtor;
  if (l.invoices !== null) {
    const find = (n: string | null) => o.invoices.find((i) => n !== null && i.number === n);
    const each = (pick: (e: NonNullable<Label['invoices']>[number], g: Output['invoices'][number] | undefined) => boolean) =>
      l.invoices!.every((e) => pick(e, find(e.number))) && (l.invoices!.length > 0 || o.invoices.length === 0);
    s['invoice number'] = each((e, g) => e.number === null || g !== undefined) && o.invoices.length === l.invoices.length;
    s.amount = each((e, g) => e.amount === null ? (g?.amount ?? null) === null || e.number === null : g?.amount === e.amount);
    s.currency = each((e, g) => e.currency === null ? (g?.currency ?? null) === null || e.number === null : g?.currency === e.currency);
    s['due date'] = each((e, g) => e.dueDate === null ? true : g?.dueDate === e.dueDate);
  }
  if (l.remindersSent !== null) s['reminders sent'] = l.remindersSent === o.remindersSent;
  for (const k of ['promise', 'paid', 'dispute'] as const) if (l.signals && l.signals[k] !== null) s[k] = l.signals[k] === o.signals[k];
  if (l.nextStep !== null) s['next step'] = l.nextStep === o.nextStep;
  return s;
}

export function suite(name: string, dir: string, min: number) {
  const all = labels(dir);
  (all.length ? describe : describe.skip)(name, () => {
  const results: { l: Label; o: Output }[] = [];
  beforeAll(async () => {
    for (const l of all) results.push({ l, o: await runOne(l.file, l.me, l.on, undefined, dir) });
  });

  test('debtor precision and recall ≥ 0.95', () => {
    const judged = results.filter((r) => r.l.debtor !== null);
    const tp = judged.filter((r) => r.l.debtor && r.o.debtor).length;
    const fp = judged.filter((r) => !r.l.debtor && r.o.debtor).length;
    const fn = judged.filter((r) => r.l.debtor && !r.o.debtor).length;
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(`debtor: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    expect(precision).toBeGreaterThanOrEqual(Math.max(min, 0.95));
    expect(recall).toBeGreaterThanOrEqual(Math.max(min, 0.95));
  });

  test(`each labelled field right on ≥ ${min * 100} % of threads`, () => {
    const rows = FIELDS.map((f) => {
      const marks = results.map((r) => ({ file: r.l.file, ok: score(r.l, r.o)[f] })).filter((m) => m.ok !== undefined);
      const right = marks.filter((m) => m.ok).length;
      return { field: f, right, of: marks.length, rate: right / Math.max(1, marks.length), wrong: marks.filter((m) => !m.ok).map((m) => m.file) };
    });
    console.log(['field            right/of  rate', ...rows.map((r) =>
      `${r.field.padEnd(16)} ${String(r.right).padStart(3)}/${String(r.of).padEnd(4)} ${(r.rate * 100).toFixed(1).padStart(5)} %${r.wrong.length ? '  wrong: ' + r.wrong.join(', ') : ''}`)].join('\n'));
    for (const r of rows) expect([r.field, r.rate >= min]).toEqual([r.field, true]);
  });
});
}

