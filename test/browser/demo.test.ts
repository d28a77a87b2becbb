/**
 * The demo mailbox in headless Chromium: the real pane bundle over the Office stand-in.
 * Screenshots go to test/output/ (looked at by hand when the UI changes).
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildDemo, launch, output, pane, startDemo, stopDemo } from './demo-server';

let browser: Browser; let child: ChildProcess; let url: string;

beforeAll(async () => {
  const dist = await buildDemo();
  ({ url, child } = await startDemo(dist));
  browser = await launch();
}, 120000);

afterAll(async () => {
  await browser?.close();
  if (child) expect(await stopDemo(child)).toBe(0);
});

async function open(width = 1400): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const thread = (page: Page, subject: RegExp) => page.locator('button.thread', { hasText: subject }).click();

test('read mode: see the stage, change the tier, insert; the letter lands after the text already typed', async () => {
  const page = await open();
  const frame = await pane(page);
  await frame.waitForSelector('#insert');
  expect(await frame.textContent('#stage')).toContain('Relance n°2');
  expect(await frame.textContent('.case')).toMatch(/1\s440,00/);
  expect(await frame.textContent('#insert')).toBe('Insérer la relance n°2');
  await page.screenshot({ path: join(output, 'demo-read.png') });
  await page.click('#compose-body');
  await page.keyboard.type('Bonjour Sophie, voici notre relance.');
  await frame.selectOption('#tier', 'reminder-3');
  await frame.waitForFunction(() => document.querySelector('#insert')?.textContent === 'Insérer la relance n°3');
  await frame.click('#insert');
  await frame.waitForSelector('#note.ok');
  const body = await page.innerText('#compose-body');
  expect(body.indexOf('Bonjour Sophie, voici notre relance.')).toBe(0);
  expect(body).toContain('FA-2026-0112');
  expect(body).toContain('Réf. Relance R3');
  await page.screenshot({ path: join(output, 'demo-read-inserted.png') });
});

test('compose mode: inserted at the cursor after the user’s text, with the subject tag and X-Relance headers', async () => {
  const page = await open();
  await pane(page);
  await thread(page, /FA-2026-0045/);
  await page.click('#reply');
  const frame = await pane(page);
  await frame.waitForSelector('#insert');
  expect(await frame.textContent('.case')).toMatch(/5\s760,00/);
  const label = (await frame.textContent('#insert'))!;
  const tier = label.match(/n°(\d)/)?.[1];
  expect(tier).toBeDefined();
  await page.click('#compose-body');
  await page.keyboard.type('Dear Mr Grant,');
  await frame.click('#insert');
  await frame.waitForSelector('#note.ok');
  const body = await page.innerText('#compose-body');
  expect(body.startsWith('Dear Mr Grant,')).toBe(true);
  expect(body).toContain('FA-2026-0045');
  expect(await page.textContent('#reader-subject')).toMatch(/\[(Relance|Reminder) \d · FA-2026-0045\]/);
  expect(await page.textContent('#draft-headers')).toContain(`X-Relance-Tier: ${tier}`);
  await page.screenshot({ path: join(output, 'demo-compose.png') });
});

test('pinned pane follows ItemChanged without reloading: promise, dispute, not a debtor', async () => {
  const page = await open();
  let frame = await pane(page);
  await frame.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
  await thread(page, /FA-2026-0087/);
  await frame.waitForFunction(() => document.querySelector('#stage')?.getAttribute('data-step') === 'wait');
  expect(await frame.textContent('.signals')).toMatch(/Promesse de paiement : « .*virement partira vendredi.* » — 12\/03/);
  await page.screenshot({ path: join(output, 'demo-promise.png') });
  await thread(page, /FA-2026-0064/);
  await frame.waitForFunction(() => /Contestation/.test(document.querySelector('.signals')?.textContent ?? ''));
  await thread(page, /Réunion/);
  await frame.waitForFunction(() => document.querySelector('#stage')?.getAttribute('data-step') === 'none');
  frame = await pane(page);
  expect(await frame.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('ledger CSV with a broken line: the good rows are kept, the bad line is named', async () => {
  const page = await open();
  const frame = await pane(page);
  await frame.click('#tab-data');
  const csv = 'Facture;Client;Échéance;Solde\nFA-2026-0120;Café Garnier;04/03/2026;850,00\nFA-2026-0121;Café Garnier;31/02/20x6;120,00\nFA-2026-0122;Boulangerie;15/03/2026;99,90\n';
  await frame.setInputFiles('#ledger-file', { name: 'balance.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await frame.waitForSelector('#ledger-status');
  expect(await frame.textContent('#ledger-status')).toContain('2 facture(s) lue(s) dans balance.csv');
  expect(await frame.textContent('#ledger-problems')).toContain('Ligne 3');
  await page.screenshot({ path: join(output, 'demo-ledger.png') });
});

test('fits a 320 px pane', async () => {
  const page = await open(320);
  const frame = await pane(page);
  await frame.waitForSelector('#insert');
  const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await (await page.$('#pane'))!.screenshot({ path: join(output, 'pane-320.png') });
});

test('an English thread gets an English letter, and the language can be switched', async () => {
  const page = await open();
  await pane(page);
  await thread(page, /\[Reminder 2/);
  const frame = await pane(page);
  await frame.waitForSelector('#insert');
  expect(await frame.inputValue('#letter-lang')).toBe('en');
  expect(await frame.textContent('#letter-subject')).toMatch(/\[Reminder \d|\[Formal notice/);
  await frame.selectOption('#letter-lang', 'fr');
  await frame.waitForFunction(() => /\[(Relance \d|Mise en demeure)/.test(document.querySelector('#letter-subject')?.textContent ?? ''));
});

test('missing amount: the form asks for it, a bad value is refused in French and kept, 1 234,56 feeds the stage, penalties and letter', async () => {
  const page = await open(320);
  await pane(page);
  await thread(page, /FA-2026-0120/);
  const frame = await pane(page);
  await frame.waitForSelector('form.missing');
  expect(await frame.textContent('form.missing legend')).toContain('FA-2026-0120');
  expect(await frame.textContent('#amount-FA-2026-0120')).toBe('—');
  expect(await frame.$('.penalties')).toBeNull();
  const input = frame.getByLabel('Reste dû');
  await input.fill('12,34,5');
  await frame.click('form.missing button[type=submit]');
  const problem = (await frame.textContent('#missing-error'))!;
  expect(problem).toContain('« 12,34,5 » n’est pas un montant lisible');
  expect(problem).toContain('1 234,56');
  expect(await input.inputValue()).toBe('12,34,5');
  await (await frame.$('form.missing'))!.screenshot({ path: join(output, 'missing-bad-value.png') });
  await input.fill('1 234,56');
  await frame.click('form.missing button[type=submit]');
  await frame.waitForSelector('.penalties');
  expect(await frame.$('form.missing')).toBeNull();
  expect(await frame.textContent('#amount-FA-2026-0120')).toMatch(/^1\s234,56\s€ \(indiqué par vous\)$/);
  // Total = the typed principal + the interest shown + the 40 € indemnity, to the cent.
  const cents = (s: string) => Number(s.replace(/[^\d]/g, ''));
  const dd = await frame.$$eval('.penalties dd', (els) => els.map((e) => e.textContent!));
  expect(dd).toHaveLength(3);
  expect(cents(dd[1]!)).toBe(4000);
  expect(cents(dd[2]!)).toBe(123456 + cents(dd[0]!) + 4000);
  expect(cents(dd[0]!)).toBeGreaterThan(0);
  await frame.waitForSelector('#insert');
  const letter = await frame.$eval('iframe.preview', (f) => (f as HTMLIFrameElement).contentDocument!.body.textContent!);
  expect(letter).toMatch(/1\s234,56\s€/);
  await (await page.$('#pane'))!.screenshot({ path: join(output, 'missing-applied-320.png') });
});

test('an Office call that fails is told in French, in the user’s words, with no Office (English) text; retrying works', async () => {
  const page = await open();
  const frame = await pane(page);
  await frame.waitForSelector('#insert');
  const host = await page.evaluateHandle(() => (window as unknown as { relanceDemoHost: { openReply: unknown } }).relanceDemoHost);
  const real = await host.evaluate((h) => { const w = window as unknown as { realOpen: unknown }; w.realOpen = h.openReply; h.openReply = () => 'The operation failed because of an internal error.'; });
  expect(real).toBeUndefined();
  await frame.click('#insert');
  await frame.waitForSelector('#note.problem');
  const note = (await frame.textContent('#note'))!;
  expect(note).toContain('Outlook n’a pas pu ouvrir la réponse');
  expect(note).not.toMatch(/operation|internal|error|displayReply|at \w+ \(/i);
  await page.screenshot({ path: join(output, 'demo-office-failed.png') });
  await host.evaluate((h) => { h.openReply = (window as unknown as { realOpen: unknown }).realOpen; });
  await frame.click('#insert');
  await frame.waitForSelector('#note.ok');
});

test('keyboard and screen reader: named controls, tabs with arrows, a visible focus ring, focus reaches the insert button', async () => {
  const page = await open(320);
  const frame = await pane(page);
  await frame.waitForSelector('#insert');
  const tree = await frame.locator('body').ariaSnapshot();
  for (const line of ['tablist "Relance"', 'tab "Relance" [selected]', 'tab "Réglages"', 'tabpanel "Relance"', 'heading "Prochaine étape : Relance n°2"',
    'combobox "Niveau"', 'combobox "Langue de cette lettre"', 'button "Insérer la relance n°2"']) expect(tree).toContain(line);
  // Every form control has an accessible name.
  const unnamed = await frame.$$eval('input, select, textarea, button, iframe', (els) => els.filter((e) => {
    const labelled = (e as HTMLInputElement).labels?.length || e.getAttribute('aria-label') || e.getAttribute('title') || (e.tagName === 'BUTTON' && e.textContent!.trim());
    return !labelled;
  }).map((e) => e.outerHTML.slice(0, 80)));
  expect(unnamed).toEqual([]);
  await frame.focus('#tab-case');
  await page.keyboard.press('ArrowRight');
  await frame.waitForFunction(() => document.activeElement?.id === 'tab-settings');
  expect(await frame.getAttribute('#tab-settings', 'aria-selected')).toBe('true');
  await page.keyboard.press('ArrowLeft');
  await frame.waitForFunction(() => document.activeElement?.id === 'tab-case');
  await frame.waitForSelector('#insert');
  const order: string[] = [];
  for (let i = 0; i < 12 && !order.includes('insert'); i++) {
    await page.keyboard.press('Tab');
    order.push(await frame.evaluate(() => { const a = document.activeElement!; return a.id || a.tagName.toLowerCase(); }));
  }
  expect(order.indexOf('tier')).toBeGreaterThan(-1);
  expect(order.indexOf('tier')).toBeLessThan(order.indexOf('letter-lang'));
  // The editable preview is reachable, and Tab leaves it (no keyboard trap).
  expect(order.slice(order.indexOf('letter-lang') + 1, order.indexOf('insert'))).toEqual(['iframe']);
  const ring = await frame.$eval('#insert', (b) => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth);
  expect(ring).toBe('solid 2px');
  await (await page.$('#pane'))!.screenshot({ path: join(output, 'focus-insert-320.png') });
});

test('settings: « toujours en français » makes an English thread’s letter start in French', async () => {
  const page = await open();
  const frame = await pane(page);
  await frame.click('#tab-settings');
  expect(await frame.inputValue('#letter-lang-default')).toBe('thread');
  await frame.selectOption('#letter-lang-default', 'fr');
  await frame.click('#save-settings');
  await frame.waitForSelector('#note.ok');
  await thread(page, /\[Reminder 2/);
  await frame.waitForFunction(() => document.querySelector('#insert') !== null && /FA-2026-0045/.test(document.querySelector('#letter-subject')?.textContent ?? ''));
  expect(await frame.inputValue('#letter-lang')).toBe('fr');
  expect(await frame.textContent('#letter-subject')).toMatch(/\[(Relance \d|Mise en demeure)/);
});
