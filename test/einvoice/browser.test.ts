// The same extraction in a real browser (Debian's Chromium via playwright-core): the core bundled by esbuild
// with code splitting, pdfjs fetched as its own chunks only when a PDF comes, facts equal to Node's.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { extractInvoice } from '../../src/core/einvoice';
import { corpusDir } from './corpus-dir';

const CHROMIUM = '/usr/bin/chromium';
const suite = existsSync(CHROMIUM) ? describe : describe.skip;

suite('in Chromium', () => {
  const out = mkdtempSync(join(tmpdir(), 'relance-einvoice-browser-'));
  const fetched: string[] = [];
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await build({
      stdin: { contents: "import { extractInvoice } from './src/core/einvoice'; (globalThis as any).extractInvoice = extractInvoice;", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true, splitting: true, format: 'esm', platform: 'browser', outdir: out, entryNames: 'entry', logLevel: 'error',
    });
    server = createServer((req, res) => {
      const name = (req.url ?? '/').slice(1) || 'index.html';
      fetched.push(name);
      if (name === 'index.html') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<!doctype html><script type="module" src="entry.js"></script>'); return; }
      const file = [join(out, name), join(corpusDir, name)].find((f) => /^[\w.-]+$/.test(name) && existsSync(f));
      if (!file) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
      res.end(readFileSync(file));
    }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage();
    const { port } = server.address() as { port: number };
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'extractInvoice' in globalThis);
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const inPage = (file: string) => page.evaluate(async (f) => {
    const bytes = new Uint8Array(await (await fetch(f)).arrayBuffer());
    return (globalThis as unknown as { extractInvoice: typeof extractInvoice }).extractInvoice(bytes, f);
  }, file);

  test('raw XML is read without fetching the PDF chunks; a Factur-X PDF then loads them and gives the same facts as Node', async () => {
    const pdfChunks = readdirSync(out).filter((f) => f !== 'entry.js');
    expect(pdfChunks.length).toBeGreaterThan(0);
    for (const file of ['en--ubl-tc434-example1.xml', 'zc--Facture_FR_BASICWL.pdf']) {
      const node = await extractInvoice(new Uint8Array(readFileSync(join(corpusDir, file))), file);
      expect(await inPage(file)).toEqual(node);
      if (file.endsWith('.xml')) expect(fetched.filter((f) => pdfChunks.includes(f))).toEqual([]);
    }
    expect(fetched.filter((f) => pdfChunks.includes(f)).length).toBeGreaterThan(0);
  });
});
