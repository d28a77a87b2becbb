/**
 * The user's ledger: a CSV of open receivables (balance âgée) as accounting software exports it.
 * papaparse reads the CSV (quotes, embedded newlines); we pick the delimiter from the header line
 * (`;`, tab, `,` or `|`), find the columns by their names, and read French and English amounts and dates.
 * Every data line either becomes a row or is reported with its line number and reason: none is dropped
 * silently. Amount sign: as exported (a negative balance is a credit in the customer's favour).
 * @example
 * const { rows, problems } = parseLedgerCsv('N° facture;Client;Échéance;Solde\nFA-1;Dupont;15/03/2025;1 234,56\n');
 * // rows[0] → { line: 2, invoice: 'FA-1', client: 'Dupont', dueDate: '2025-03-15', amountDue: 123456, currency: 'EUR', … }
 */
import Papa from 'papaparse';
import type { LedgerRow, Problem } from '../model';
import { findColumns, isHeader, type Columns } from './columns';
import { readRow } from './row';

export interface LedgerParse {
  rows: LedgerRow[];
  problems: { line: number; problem: Problem }[];
}

const HEADER_SEARCH = 10;

export function parseLedgerCsv(text: string): LedgerParse {
  const src = text.replace(/^\uFEFF/, '');
  const rows: LedgerRow[] = [];
  const problems: LedgerParse['problems'] = [];
  if (src.trim() === '') return { rows, problems: [{ line: 1, problem: { code: 'ledger-empty' } }] };

  let header: { columns: Columns; names: string[] } | null = null;
  let firstCells: string[] | null = null;
  let seen = 0;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(src, {
    delimiter: guessDelimiter(src),
    skipEmptyLines: false,
    step: (result) => {
      const rowLine = line;
      const end = result.meta.cursor;
      line += countNewlines(src, start, end);
      start = end;
      const cells = result.data.map((c) => (c ?? '').trim());
      if (cells.every((c) => c === '')) return; // a blank line is no data
      if (!header) {
        // Lines above the header are the export's title block; past the first few, no header means no ledger.
        firstCells ??= cells;
        if (seen++ >= HEADER_SEARCH) return;
        const columns = findColumns(cells);
        if (isHeader(columns)) header = { columns, names: cells };
        return;
      }
      if (result.errors.length > 0) {
        problems.push({ line: rowLine, problem: { code: 'ledger-bad-quotes' } });
        return;
      }
      const r = readRow(cells, header.columns, header.names, rowLine);
      if (r.ok) rows.push(r.value);
      else problems.push(...r.error.map((problem) => ({ line: rowLine, problem })));
    },
  });
  if (!header) problems.push({ line: 1, problem: noHeader(firstCells ?? []) });
  return { rows, problems };
}

function noHeader(cells: string[]): Problem {
  return { code: 'ledger-no-header', params: { headers: cells.filter((c) => c !== '').slice(0, 8).join(' | ') || '—' } };
}

/** The delimiter that splits the header line most (outside quotes): `;` then tab then `,` then `|` on ties. */
export function guessDelimiter(text: string): string {
  const firstLines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, HEADER_SEARCH);
  const unquoted = firstLines.map((l) => l.replace(/"[^"]*"/g, '""'));
  let best = ';';
  let bestScore = 0;
  for (const d of [';', '\t', ',', '|']) {
    const score = Math.max(0, ...unquoted.map((l) => l.split(d).length - 1));
    if (score > bestScore) { best = d; bestScore = score; }
  }
  return best;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
