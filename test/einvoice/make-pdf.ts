// Builds small synthetic PDFs for tests with pdf-lib (no binary committed): text lines per page and
// optional embedded files, the way Factur-X writers attach their XML.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface PdfSpec {
  /** One array of lines per page; a line may hold columns separated by a tab (drawn apart). */
  pages?: string[][];
  attachments?: { name: string; content: Uint8Array | string }[];
}

export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of spec.pages ?? [[]]) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      line.split('\t').forEach((col, c) => page.drawText(col, { x: 50 + c * 250, y: 790 - i * 18, size: 11, font }));
    });
  }
  for (const a of spec.attachments ?? []) {
    const bytes = typeof a.content === 'string' ? new TextEncoder().encode(a.content) : a.content;
    await doc.attach(bytes, a.name, { mimeType: 'text/xml', description: a.name });
  }
  return doc.save({ useObjectStreams: false });
}
