/**
 * The demo side panel in headless Chromium: the real service behind it (real token checks, fake Gmail),
 * cards drawn by the page's renderer, a draft created in the thread, and a compose insertion that keeps
 * what was typed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startGmailDemo, type GmailDemo } from '../../src/hosts/gmail/demo';
import { assertCard } from './harness';

const threadsDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/hosts/demo/threads');
let demo: GmailDemo;
let server: Server;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  demo = await startGmailDemo({ threadsDir });
  server = createServer((req, res) => demo.handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gmail/`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  page = await browser.newPage();
  // Every card the service answers the panel is checked against the card schema.
  page.on('response', (r) => {
    if (r.url().includes('/gmail/addon/') && r.status() === 200) checks.push(r.json().then(assertCard));
  });
});
const checks: Array<Promise<void>> = [];
afterEach(async () => {
  expect(checks.length).toBeGreaterThan(0);
  await Promise.all(checks.splice(0));
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
  await demo.close();
});

test('open a thread, see the case, create the reminder draft in the thread', async () => {
  await page.goto(url);
  await page.waitForSelector('#card .card-h');
  await page.click('#list button:nth-child(1)');
  await page.waitForFunction(() => document.querySelectorAll('#card .sec').length > 2);
  const panel = await page.textContent('#card');
  expect(panel).toMatch(/Facture\(s\)/);
  expect(panel).toMatch(/Indemnité forfaitaire/);
  const label = await page.textContent('#foot button');
  expect(label).toMatch(/^Créer la (relance n°\d|mise en demeure)$/);
  await page.click('#foot button');
  await page.waitForSelector('#read iframe');
  expect(await page.textContent('#read h2')).toMatch(/\[(Relance \d|Mise en demeure) · /);
  expect(await page.textContent('#read')).toMatch(/In-Reply-To : <[^>]+>/);
});

test('compose: the letter goes in at the cursor and the typed text stays', async () => {
  await page.goto(url);
  await page.waitForSelector('#card .card-h');
  await page.click('#new');
  await page.waitForSelector('#compose');
  await page.click('#compose');
  await page.keyboard.type('Texte tapé par moi.');
  await page.waitForSelector('[data-name="fact_invoice"]');
  await page.fill('[data-name="fact_invoice"]', 'FA-2026-0999');
  await page.fill('[data-name="fact_amount"]', '980,00');
  await page.fill('[data-name="fact_due"]', '01/03/2026');
  await page.click('#card .sec:last-child button');
  await page.waitForSelector('#foot:not([hidden]) button');
  await page.click('#foot button');
  await page.waitForFunction(() => (document.querySelector('#compose')?.textContent ?? '').includes('FA-2026-0999'));
  const text = await page.textContent('#compose');
  expect(text).toContain('Texte tapé par moi.');
  expect(await page.$$eval('#compose script, #compose iframe, #compose [onerror]', (n) => n.length)).toBe(0);
});
