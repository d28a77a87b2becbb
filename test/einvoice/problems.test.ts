// Malformed input is a Problem with a sentence in both languages, never a throw.
import { readFileSync } from 'node:fs';
import { extractInvoice } from '../../src/core/einvoice';
import { describeProblem } from '../../src/core/i18n';
import type { Problem } from '../../src/core/model';
import { makePdf } from './make-pdf';
import { corpusDir } from './corpus-dir';

const enc = (s: string) => new TextEncoder().encode(s);

async function problemOf(bytes: Uint8Array): Promise<Problem> {
  const r = await extractInvoice(bytes, 'x');
  if (r.ok) throw new Error(`expected a problem, got facts (${r.value.source})`);
  for (const lang of ['fr', 'en'] as const) {
    const sentence = describeProblem(r.error, lang);
    expect(sentence).not.toMatch(/unexpected|inattendue|\{\w+\}/);
  }
  return r.error;
}

test('an empty file', async () => {
  expect((await problemOf(new Uint8Array())).code).toBe('einvoice-empty');
});

test('a file that is neither PDF nor XML', async () => {
  expect((await problemOf(enc('PK\u0003\u0004 this is a zip, not an invoice'))).code).toBe('einvoice-unknown-format');
});

test('broken XML names its line', async () => {
  const p = await problemOf(enc('<?xml version="1.0"?>\n<Invoice>\n  <ID>1</Invoice>'));
  expect(p).toEqual({ code: 'einvoice-bad-xml', params: { line: 3 } });
  expect(describeProblem(p, 'fr')).toContain('ligne 3');
});

test('well-formed XML that is not an invoice names its root', async () => {
  expect(await problemOf(enc('<ns:Order xmlns:ns="urn:x"><ns:ID>1</ns:ID></ns:Order>'))).toEqual({ code: 'einvoice-not-invoice', params: { root: 'Order' } });
});

test('a PDF header followed by garbage', async () => {
  expect((await problemOf(enc('%PDF-1.7\n' + 'x'.repeat(500)))).code).toBe('einvoice-pdf-unreadable');
});

test('a truncated corpus PDF', async () => {
  const whole = new Uint8Array(readFileSync(`${corpusDir}/zc--Facture_FR_BASICWL.pdf`));
  const code = (await problemOf(whole.subarray(0, 4000))).code;
  expect(['einvoice-pdf-unreadable', 'einvoice-no-facts']).toContain(code);
});

test('a PDF with no invoice facts', async () => {
  expect((await problemOf(await makePdf({ pages: [['Bonjour,', 'Veuillez trouver ci-joint notre catalogue.']] }))).code).toBe('einvoice-no-facts');
});

test('an embedded XML that is broken, with nothing readable in the text, reports the XML problem', async () => {
  const pdf = await makePdf({ pages: [['Bonjour']], attachments: [{ name: 'factur-x.xml', content: '<rsm:CrossIndustryInvoice><oops>' }] });
  expect((await problemOf(pdf)).code).toBe('einvoice-bad-xml');
});

test('an embedded XML that is broken falls back to the printed text', async () => {
  const pdf = await makePdf({ pages: [['Facture n° FA-9', 'Total TTC 12,00 €']], attachments: [{ name: 'factur-x.xml', content: '<broken' }] });
  const r = await extractInvoice(pdf);
  expect(r.ok && r.value).toMatchObject({ source: 'pdf-text', number: 'FA-9', total: 1200 });
});

test("the caller's bytes are left intact (pdfjs gets a copy)", async () => {
  const bytes = new Uint8Array(readFileSync(`${corpusDir}/zc--Facture_FR_MINIMUM.pdf`));
  const before = bytes.length;
  await extractInvoice(bytes);
  expect(bytes.length).toBe(before);
  expect((await extractInvoice(bytes)).ok).toBe(true);
});

test('damaged copies of real invoices give facts or a problem the catalog can word, in both languages', async () => {
  const fc = (await import('fast-check')).default;
  const { catalog } = await import('../../src/core/i18n');
  const pdf = new Uint8Array(readFileSync(`${corpusDir}/zc--Facture_FR_EN16931.pdf`));
  const xml = new Uint8Array(readFileSync(`${corpusDir}/en--CII_example1.xml`));
  await fc.assert(fc.asyncProperty(
    fc.constantFrom(pdf, xml), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
    async (original, cut, flips) => {
      const bytes = original.slice(0, Math.max(1, cut % original.length));
      for (const [at, value] of flips) bytes[at % bytes.length] = value;
      const r = await extractInvoice(bytes);
      if (!r.ok) expect([catalog[r.error.code]?.fr, catalog[r.error.code]?.en].every((t) => typeof t === 'string' && t.length > 10)).toBe(true);
      else expect(['factur-x', 'cii', 'pdf-text']).toContain(r.value.source);
    }), { numRuns: 40 });
});
