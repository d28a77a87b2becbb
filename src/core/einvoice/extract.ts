/**
 * `extractInvoice`: bytes in, invoice facts out, in Node and in browsers. A PDF is searched for an
 * embedded e-invoice (Factur-X, ZUGFeRD 1/2, XRechnung, any CII/UBL XML); without one, its text is read
 * (`source: 'pdf-text'`). Raw CII or UBL XML is read directly. Every expected failure is a `Problem`.
 */
import type { ExtractedInvoice, InvoiceSource, Problem, Result } from '../model';
import { openPdf, type Attachment } from './pdf';
import { decodeXml, looksLikeXml, readInvoiceXml } from './xml-invoice';
import { factsFromText } from './pdf-text';

/** Embedded file names the standards prescribe, and the source each one means. */
const KNOWN_NAMES: Record<string, InvoiceSource> = {
  'factur-x.xml': 'factur-x',
  'zugferd-invoice.xml': 'zugferd',
  'xrechnung.xml': 'xrechnung',
};

/**
 * Reads the facts of one invoice file (PDF, CII XML or UBL XML).
 * @example
 * const r = await extractInvoice(bytes, 'FA-2025-0142.pdf');
 * if (r.ok) console.log(r.value.number, formatDecimal(r.value.amountDue ?? 0), r.value.source);
 * else console.log(describeProblem(r.error, 'fr'));
 */
export async function extractInvoice(bytes: Uint8Array, filename?: string): Promise<Result<ExtractedInvoice>> {
  const named = <T extends object>(v: T) => (filename === undefined ? v : { ...v, filename });
  if (bytes.length === 0) return fail('einvoice-empty');
  if (isPdf(bytes)) {
    const r = await fromPdf(bytes);
    return r.ok ? { ok: true, value: named(r.value) } : r;
  }
  const text = decodeXml(bytes);
  if (!looksLikeXml(text)) return fail('einvoice-unknown-format');
  const r = readInvoiceXml(text);
  if (!r.ok) return r;
  return { ok: true, value: named({ ...r.value.facts, source: r.value.syntax }) };
}

/** `%PDF-` within the first KiB (some generators put junk before the header; pdfjs tolerates it too). */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

async function fromPdf(bytes: Uint8Array): Promise<Result<ExtractedInvoice>> {
  const opened = await openPdf(bytes);
  if (!opened.ok) return opened;
  const pdf = opened.value;
  try {
    let xmlProblem: Problem | null = null;
    for (const file of rankXml(await pdf.attachments())) {
      const r = readInvoiceXml(decodeXml(file.content));
      if (r.ok) {
        const source = KNOWN_NAMES[file.filename.toLowerCase()] ?? r.value.syntax;
        return { ok: true, value: { ...r.value.facts, source, embeddedFile: file.filename } };
      }
      xmlProblem ??= r.error;
    }
    const text = factsFromText(await pdf.lines());
    if (text.ok) return { ok: true, value: { ...text.value, source: 'pdf-text' } };
    return { ok: false, error: xmlProblem ?? text.error };
  } finally {
    await pdf.close().catch(() => undefined); // releasing memory only; the facts are already read
  }
}

/** XML attachments, the standards' own file names first. */
function rankXml(files: Attachment[]): Attachment[] {
  const xml = files.filter((f) => /\.xml$/i.test(f.filename) || looksLikeXml(new TextDecoder('latin1').decode(f.content.subarray(0, 64))));
  return xml.sort((a, b) => Number(!(a.filename.toLowerCase() in KNOWN_NAMES)) - Number(!(b.filename.toLowerCase() in KNOWN_NAMES)));
}

function fail(code: string): Result<never> {
  return { ok: false, error: { code } };
}
