/**
 * Looks at the letters the way a mail client shows them: each tier, fr and en, rendered in headless
 * Chromium (Debian's build) to test/output/letters/*.png for a person to view, and measured: nothing
 * wider than the 600 px letter, no cell whose content overflows, no external resource requested.
 */
import { chromium, type Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { renderLetter } from '../../src/core/letters/render';
import { input, TIERS } from './fixtures';
import type { LetterInput } from '../../src/core/letters/input';

const OUT = 'test/output/letters';
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});
afterAll(async () => { await browser?.close(); });

const LONG = 'FACTURE-2025-000000000000000000000000000000000000000000000142';
const longClaim = () => { const c = input('reminder-3', 'en').claim; return { ...c, lines: c.lines.map((l, i) => (i ? l : { ...l, invoice: LONG })) }; };
const cases: [string, string, LetterInput][] = [
  ...(['fr', 'en'] as const).flatMap((lang) => TIERS.map((tier) => [lang, tier, input(tier, lang, tier === 'formal-notice' ? {} : { tone: 'key-account' })] as [string, string, LetterInput])),
  ['fr', 'formal-notice-consumer', input('formal-notice', 'fr', { debtorKind: 'consumer', tone: 'new-client' })],
  ['fr', 'reminder-2-public', input('reminder-2', 'fr', { debtorKind: 'public', tone: 'late-payer' })],
  ['en', 'reminder-3-long-number', { ...input('reminder-3', 'en'), claim: longClaim() }],
];

test.each(cases)('%s %s fits 600 px, overflows nothing and loads nothing', async (lang, tier, inp) => {
  const r = renderLetter(inp);
  if (!r.ok) throw new Error(r.error.code);
  const page = await browser.newPage({ viewport: { width: 680, height: 900 } });
  const requests: string[] = [];
  page.on('request', (req) => { if (!req.url().startsWith('data:') && req.url() !== 'about:blank') requests.push(req.url()); });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:20px;background:#fff">${r.value.html}</body></html>`);
  await page.screenshot({ path: `${OUT}/${lang}-${tier}.png`, fullPage: true });
  const m = await page.evaluate(() => {
    const tables = [...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().width);
    const overflowing = [...document.querySelectorAll('td, th, p')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent?.slice(0, 40));
    return { docWidth: document.documentElement.scrollWidth, tables, overflowing, text: document.body.innerText };
  });
  await page.close();
  expect(requests).toEqual([]);
  expect(m.tables.length).toBeGreaterThan(1); // the letter's frame and its invoice table
  expect(Math.max(...m.tables)).toBeLessThanOrEqual(600);
  expect(m.overflowing).toEqual([]);
  expect(m.docWidth).toBeLessThanOrEqual(680);
  // What a reader sees carries the invoice numbers and the footer reference.
  expect(m.text).toContain(inp.claim.lines[0]!.invoice);
  expect(m.text).toMatch(/R[ée]f\. Relance R\d/);
});
