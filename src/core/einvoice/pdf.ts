/**
 * The only door to pdfjs-dist. It is loaded with a dynamic `import()` so bundlers put it in its own
 * chunk, fetched only when an attachment is a PDF.
 *
 * Workers: pdfjs 5 has no `disableWorker` option any more. In Node it never starts a worker: it runs its
 * "fake worker" in the same thread, importing `./pdf.worker.mjs` next to `pdf.mjs` (which breaks once
 * bundled). We instead hand pdfjs its worker module through `globalThis.pdfjsWorker`, the hook pdfjs
 * reads before anything else, so parsing runs in the calling thread in Node and in browsers alike, with
 * no `GlobalWorkerOptions.workerSrc` to configure. A browser host that prefers a real Web Worker sets
 * `GlobalWorkerOptions.workerPort` before the first call; we then leave pdfjs alone.
 */
import type { Result } from '../model';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

export interface Attachment {
  filename: string;
  content: Uint8Array;
}

/** One visual line: its text, and its cells (runs of text separated by a wide gap) with their x extent. */
export interface TextLine {
  text: string;
  cells: { x: number; end: number; text: string }[];
}

export interface OpenPdf {
  attachments(): Promise<Attachment[]>;
  /** The text of the first pages, as visual lines (items on one baseline, left to right). */
  lines(maxPages?: number): Promise<TextLine[]>;
  close(): Promise<void>;
}

let loading: Promise<Pdfjs> | null = null;

/** Loads pdfjs once (the legacy build: it carries the polyfills Node and older browsers need). */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const g = globalThis as { pdfjsWorker?: unknown };
    if (!g.pdfjsWorker && !pdfjs.GlobalWorkerOptions.workerPort) {
      g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    }
    return pdfjs;
  })();
  loading.catch(() => { loading = null; }); // a failed load (offline chunk) may be retried later
  return loading;
}

/** Opens PDF bytes; a corrupt, truncated or password-protected file is a problem, not a throw. */
export async function openPdf(bytes: Uint8Array): Promise<Result<OpenPdf>> {
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch {
    return { ok: false, error: { code: 'einvoice-pdf-unavailable' } };
  }
  // A copy: pdfjs may transfer (detach) the buffer it is given, and the caller's bytes stay theirs.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined); // already failed: nothing more to release
    const name = e instanceof Error ? e.name : '';
    return { ok: false, error: { code: name === 'PasswordException' ? 'einvoice-pdf-encrypted' : 'einvoice-pdf-unreadable' } };
  }
  return { ok: true, value: wrap(doc) };
}

function wrap(doc: PdfDocument): OpenPdf {
  return {
    async attachments() {
      const raw = (await doc.getAttachments().catch(() => null)) as Record<string, { filename?: string; content?: Uint8Array }> | null;
      if (!raw) return [];
      return Object.entries(raw)
        .filter(([, a]) => a.content instanceof Uint8Array)
        .map(([key, a]) => ({ filename: a.filename || key, content: a.content! }));
    },
    async lines(maxPages = 10) {
      const out: TextLine[] = [];
      for (let p = 1; p <= Math.min(doc.numPages, maxPages); p++) {
        const page = await doc.getPage(p).catch(() => null);
        if (!page) continue;
        const content = await page.getTextContent().catch(() => null);
        if (content) out.push(...toLines(content.items as unknown[]));
      }
      return out;
    },
    async close() {
      await doc.destroy();
    },
  };
}

interface Item { str: string; x: number; y: number; w: number; h: number }

/**
 * Groups text items into visual lines: same baseline (within half a glyph height), sorted left to right.
 * A gap wider than 1.5 glyph heights starts a new cell (a table column); cells are joined by three spaces.
 */
export function toLines(items: unknown[]): TextLine[] {
  const parts: Item[] = [];
  for (const it of items) {
    const t = it as { str?: unknown; transform?: number[]; width?: number; height?: number };
    if (typeof t.str !== 'string' || !t.transform || t.str.trim() === '') continue;
    parts.push({ str: t.str, x: t.transform[4]!, y: t.transform[5]!, w: t.width ?? 0, h: Math.abs(t.height || t.transform[3] || 10) });
  }
  parts.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const part of parts) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - part.y) <= Math.max(2, row[0]!.h / 2)) row.push(part);
    else rows.push([part]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const cells: TextLine['cells'] = [];
    let end = -Infinity;
    for (const part of row) {
      const gap = part.x - end;
      const cell = cells[cells.length - 1];
      if (!cell || gap > part.h * 1.5) cells.push({ x: part.x, end: part.x + part.w, text: part.str.trim() });
      else {
        cell.text += (gap > part.h * 0.15 ? ' ' : '') + part.str;
        cell.end = part.x + part.w;
      }
      end = part.x + part.w;
    }
    for (const cell of cells) cell.text = cell.text.replace(/\s+/g, ' ').trim();
    return { text: cells.map((c) => c.text).join('   '), cells };
  });
}
