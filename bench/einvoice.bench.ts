// E-invoice extraction speed in Node: a ~300 KB Factur-X PDF (the corpus's largest, akr--invoice_EN16931.pdf:
// 302 582 bytes, EN 16931 profile, a second PDF attached beside factur-x.xml), median of many runs after warm-up.
// Target: ≤ 50 ms per invoice. Floors measured in the same run: pdfjs opening the same bytes with no
// attachment call (the least any PDF route can cost), and a plain fast-xml-parser parse of the embedded XML.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { extractInvoice } from '../src/core/einvoice';
import { loadPdfjs } from '../src/core/einvoice/pdf';

const FILE = 'akr--invoice_EN16931.pdf';
const TARGET_MS = 50;
const dir = [join(process.cwd(), '..', 'shared', 'corpus', 'einvoices'), '/work/shared/corpus/einvoices'].find((d) => existsSync(join(d, FILE)));
if (!dir) {
  console.log(`einvoice: corpus file ${FILE} not found; skipped`);
  process.exit(0);
}
const bytes = new Uint8Array(readFileSync(join(dir, FILE)));

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i++) await fn(); // warm-up: JIT, pdfjs module load
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const pdfjs = await loadPdfjs();
const first = await extractInvoice(bytes);
if (!first.ok || first.value.source !== 'factur-x') throw new Error('benchmark input did not yield Factur-X facts');
const doc0 = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
const xmlText = new TextDecoder().decode(Object.values((await doc0.getAttachments()) as Record<string, { filename: string; content: Uint8Array }>)
  .find((a) => a.filename === first.value.embeddedFile)!.content);
await doc0.destroy();

const RUNS = 200;
const extract = await median(RUNS, () => extractInvoice(bytes));
const openOnly = await median(RUNS, async () => {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  await doc.destroy();
});
const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true });
const xmlOnly = await median(RUNS, async () => parser.parse(xmlText));

const f = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`input: ${FILE}, ${bytes.length} bytes; embedded ${first.value.embeddedFile} ${xmlText.length} chars; median of ${RUNS} runs`);
console.log(`extractInvoice (Factur-X PDF)     ${f(extract)}   target ≤ ${TARGET_MS} ms: ${extract <= TARGET_MS ? 'ok' : 'OVER'}`);
console.log(`floor: pdfjs open + destroy       ${f(openOnly)}   ratio ${(extract / openOnly).toFixed(2)}×`);
console.log(`floor: XML parse of embedded file ${f(xmlOnly)}   ratio ${(extract / xmlOnly).toFixed(2)}×`);
if (extract > TARGET_MS) process.exitCode = 1;
