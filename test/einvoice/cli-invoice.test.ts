/** `relance invoice FILE` through the real `main()` with a fake CliIo: the JSON contract, errors and exit codes. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/hosts/cli/main';
import type { CliIo } from '../../src/hosts/cli/io';
import { corpusDir } from './corpus-dir';
import { makePdf } from './make-pdf';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), today: () => '2025-06-01' };
  const code = await main(['invoice', ...args], io);
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), 'relance-invoice-'));

test('a Factur-X PDF prints one JSON line with the contract keys, in order, amounts with two decimals', async () => {
  const r = await cli(join(corpusDir, 'zc--Facture_FR_BASICWL.pdf'));
  expect(r.code).toBe(0);
  expect(r.err).toEqual([]);
  expect(r.out).toHaveLength(1);
  const expected = (JSON.parse(readFileSync(join(corpusDir, 'expected.json'), 'utf8')) as { file: string; expected: Record<string, string | null> }[])
    .find((e) => e.file === 'zc--Facture_FR_BASICWL.pdf')!.expected;
  expect(r.out[0]).toBe(JSON.stringify({
    number: expected.number, type: expected.type, issueDate: expected.issue, dueDate: expected.due, currency: expected.currency,
    total: expected.grand_total, amountDue: expected.due_payable, seller: expected.seller, buyer: expected.buyer, iban: expected.iban,
    profile: expected.profile, source: 'factur-x',
  }));
});

test('unknown facts print as null; whole amounts keep two decimals', async () => {
  const file = join(tmp, 'scan.pdf');
  writeFileSync(file, await makePdf({ pages: [['Facture n° FA-2025-7', 'Total TTC : 1 200 €']] }));
  const r = await cli(file);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out[0]!)).toEqual({
    number: 'FA-2025-7', type: '380', issueDate: null, dueDate: null, currency: 'EUR', total: '1200.00', amountDue: '1200.00',
    seller: null, buyer: null, iban: null, profile: null, source: 'pdf-text',
  });
});

test('an unreadable file: one line on stderr, exit 1, nothing on stdout', async () => {
  const file = join(tmp, 'broken.xml');
  writeFileSync(file, '<Invoice><ID>1</Invoice>');
  const r = await cli(file);
  expect(r).toEqual({ code: 1, out: [], err: [`relance invoice: ${file}: The invoice XML is malformed (line 1) and cannot be read.`] });
});

test('a missing file: exit 1, one line', async () => {
  const r = await cli(join(tmp, 'nope.pdf'));
  expect(r.code).toBe(1);
  expect(r.err).toEqual([`relance invoice: cannot read ${join(tmp, 'nope.pdf')}: no such file`]);
});

test('no FILE or two FILEs is a usage error: exit 2', async () => {
  for (const args of [[], ['a.pdf', 'b.pdf'], ['--x', 'a.pdf']]) {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.out).toEqual([]);
  }
});
