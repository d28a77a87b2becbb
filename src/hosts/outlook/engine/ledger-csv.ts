/**
 * TEMPORARY ledger CSV reader until src/core exports parseLedgerCsv (same shape). Loaded lazily (papaparse
 * stays out of the pane's first download). Every line it cannot read is reported, never dropped.
 */
import Papa from 'papaparse';
import { parseDecimal, type LedgerRow } from '../core';

export function parseLedgerCsv(text: string): { rows: LedgerRow[]; problems: { line: number; problem: { code: string; params?: Record<string, string | number> } }[] } {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
  const [head, ...body] = parsed.data;
  const idx = (re: RegExp) => (head ?? []).findIndex((h) => re.test(h));
  const cInv = idx(/fact|invoice|pi[eè]ce/i), cAmt = idx(/solde|montant|amount|reste/i), cDue = idx(/[ée]ch[ée]ance|due/i), cCli = idx(/client|tiers|customer/i);
  const rows: LedgerRow[] = []; const problems: { line: number; problem: { code: string; params?: Record<string, string | number> } }[] = [];
  body.forEach((cells, k) => {
    const line = k + 2;
    const amount = parseDecimal((cells[cAmt] ?? '').replace(/[ \u00a0€]/g, '').replace(',', '.'));
    const d = (cells[cDue] ?? '').match(/^(\d{2})\/(\d{2})\/(\d{4})$|^(\d{4})-(\d{2})-(\d{2})$/);
    if (!cells[cInv]) { problems.push({ line, problem: { code: 'ledger-missing-invoice', params: { line } } }); return; }
    if (!amount.ok) { problems.push({ line, problem: { code: 'bad-amount', params: { input: cells[cAmt] ?? '' } } }); return; }
    if (!d) { problems.push({ line, problem: { code: 'bad-date', params: { input: cells[cDue] ?? '' } } }); return; }
    rows.push({ line, invoice: cells[cInv]!.trim(), client: cells[cCli] ?? null, email: null, issueDate: null, dueDate: d[1] ? `${d[3]}-${d[2]}-${d[1]}` : `${d[4]}-${d[5]}-${d[6]}`, amountDue: amount.value, currency: 'EUR' });
  });
  return { rows, problems };
}
