// Every field of every corpus e-invoice, against the truth in expected.json (read-only corpus).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractInvoice } from '../../src/core/einvoice';
import { formatDecimal } from '../../src/core/util';

import { corpusDir } from './corpus-dir';

interface Entry { file: string; expected: Record<string, string | null> }
const entries = JSON.parse(readFileSync(join(corpusDir, 'expected.json'), 'utf8')) as Entry[];
const money = (c: number | null) => (c === null ? null : formatDecimal(c));

describe.each(entries.map((e) => [e.file, e] as const))('%s', (file, entry) => {
  test('every field matches expected.json', async () => {
    const r = await extractInvoice(new Uint8Array(readFileSync(join(corpusDir, file))), file);
    if (!r.ok) throw new Error(`${file}: ${r.error.code}`);
    const v = r.value;
    const got = {
      profile: v.profile, number: v.number, type: v.type, issue: v.issueDate, due: v.dueDate, currency: v.currency,
      grand_total: money(v.total), due_payable: money(v.amountDue), seller: v.seller, buyer: v.buyer, iban: v.iban,
    };
    const { error: _error, ...want } = entry.expected;
    expect(got).toEqual(want);
    expect(v.filename).toBe(file);
    if (file.endsWith('.pdf')) {
      // Every corpus PDF embeds its XML: the source names the standard its embedded file name belongs to.
      const bySpecName: Record<string, string> = { 'factur-x.xml': 'factur-x', 'zugferd-invoice.xml': 'zugferd', 'xrechnung.xml': 'xrechnung' };
      expect(v.source).toBe(bySpecName[(v.embeddedFile ?? '').toLowerCase()]);
    } else {
      expect(v.source).toBe(readFileSync(join(corpusDir, file), 'utf8').includes('CrossIndustry') ? 'cii' : 'ubl');
    }
  });
});
