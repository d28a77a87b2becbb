/** mailbox.ts (the only Office.js door) driven through the typed stand-in: gating, fallbacks, and never overwriting the user's text. */
import { currentMode, displayLanguage, insertLetter, onItemChanged, readOpenItem, whenReady } from '../../src/hosts/outlook/mailbox';
import type { LetterToInsert } from '../../src/hosts/outlook/open-item';
import { draft, installHost, message } from './fake-host';

const letter = (html = '<p>Relance n°2</p>'): LetterToInsert => ({
  subject: '[Relance 2 · FA-1] Facture', subjectTag: '[Relance 2 · FA-1]', html, text: 'Relance n°2',
  headers: { 'X-Relance-Tier': '2', 'X-Relance-Invoices': 'FA-1', 'X-Relance-Date': '2026-03-20' },
  attachments: [{ filename: 'FA-1.pdf', contentType: 'application/pdf', content: new Uint8Array([37, 80, 68, 70]) }],
});

describe('reading the open item', () => {
  test('at 1.8, headers are parsed (folded lines joined, first of repeated names kept) and invoice attachments read', async () => {
    installHost('1.8', { mode: 'read', message: message() });
    expect(await whenReady()).toBe(true);
    expect(displayLanguage()).toBe('fr');
    const r = await readOpenItem();
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.mode).toBe('read');
    expect(r.value.part.headers?.['x-relance-tier']).toBe('2');
    expect(r.value.part.headers?.received).toBe('from a by b');
    expect(r.value.part.from).toEqual({ name: 'Client', address: 'client@debtor.example' });
    expect(r.value.part.attachments?.map((a) => [a.filename, [...a.content]])).toEqual([['FA-1.pdf', [37, 80, 68, 70]]]);
    expect(r.value.limits).toEqual([]);
  });
  test('at the 1.3 baseline, headers and attachments are not asked for, and the pane is told', async () => {
    installHost('1.3', { mode: 'read', message: message() });
    const r = await readOpenItem();
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.part.headers).toBeUndefined();
    expect(r.value.part.attachments).toEqual([]);
    expect(r.value.limits.sort()).toEqual(['no-attachments', 'no-headers']);
    expect(r.value.part.html).toBe('<p>Bonjour</p>');
  });
  test('compose mode reads the draft, its recipients and its body', async () => {
    installHost('1.8', { mode: 'compose', draft: draft('Bonjour Paul') });
    expect(currentMode()).toBe('compose');
    const r = await readOpenItem();
    if (!r.ok) throw new Error(r.error.code);
    expect([r.value.mode, r.value.part.subject, r.value.part.text, r.value.part.from?.address]).toEqual(['compose', 'RE: Facture FA-1', 'Bonjour Paul\n', 'me@owner.example']);
  });
  test('no open item is a problem value, not an exception', async () => {
    installHost('1.8', null);
    expect(await readOpenItem()).toEqual({ ok: false, error: { code: 'outlook-no-item' } });
  });
});

describe('inserting from read mode', () => {
  test('1.9 opens a reply with the letter; the invoice is attached only where base64 attachments exist (1.15)', async () => {
    const host = installHost('1.9', { mode: 'read', message: message() });
    expect(await insertLetter(letter())).toEqual({ ok: true, value: { kind: 'reply-opened', attached: 0, headersSet: false } });
    host.state.version = '1.15';
    expect(await insertLetter(letter())).toEqual({ ok: true, value: { kind: 'reply-opened', attached: 1, headersSet: false } });
    expect(host.replies.map((r) => [r.htmlBody, r.attachments.map((a) => a.base64)])).toEqual([['<p>Relance n°2</p>', []], ['<p>Relance n°2</p>', ['JVBERg==']]]);
  });
  test('below 1.9 it falls back to displayReplyForm', async () => {
    const host = installHost('1.5', { mode: 'read', message: message() });
    const r = await insertLetter(letter());
    expect(r.ok && r.value.kind).toBe('reply-opened');
    expect(host.replies).toHaveLength(1);
  });
  test('an HTML letter over 32 KB is sent as its plain-text version, escaped', async () => {
    const host = installHost('1.9', { mode: 'read', message: message() });
    const big = { ...letter(`<p>${'x'.repeat(40000)}</p>`), text: 'Montant < 1 000 €\n\nMerci' };
    expect((await insertLetter(big)).ok).toBe(true);
    expect(host.replies[0]!.htmlBody).toBe('<p>Montant &lt; 1 000 €</p><p>Merci</p>');
  });
});

describe('inserting into a draft', () => {
  test('at the cursor, after the user’s text, with the subject tag and X-Relance-* headers (1.8)', async () => {
    const d = draft('Bonjour, voici le point :');
    installHost('1.8', { mode: 'compose', draft: d });
    expect(await insertLetter(letter())).toEqual({ ok: true, value: { kind: 'inserted', where: 'cursor', headersSet: true } });
    expect(d.getBody('html')).toBe('<p>Bonjour, voici le point :</p><p>Relance n°2</p>');
    expect(d.subject).toBe('RE: Facture FA-1 [Relance 2 · FA-1]');
    expect(d.headers['X-Relance-Tier']).toBe('2');
  });
  test('a selection is never replaced: the letter goes to the top instead', async () => {
    const d = draft('Texte à garder');
    d.selected = 'garder';
    installHost('1.8', { mode: 'compose', draft: d });
    const r = await insertLetter(letter());
    expect(r.ok && r.value.kind === 'inserted' && r.value.where).toBe('top');
    expect(d.getBody('text')).toContain('Texte à garder');
  });
  test('below 1.8 no header is set (and nothing fails)', async () => {
    const d = draft();
    installHost('1.5', { mode: 'compose', draft: d });
    const r = await insertLetter(letter());
    expect(r.ok && r.value.kind === 'inserted' && r.value.headersSet).toBe(false);
    expect(d.headers).toEqual({});
  });
});

describe('pinned pane', () => {
  test('ItemChanged reaches the handler from 1.5 on; older clients report no support', async () => {
    const host = installHost('1.5', { mode: 'read', message: message() });
    const seen: number[] = [];
    expect(onItemChanged(() => seen.push(1))).toBe(true);
    host.fire();
    expect(seen).toEqual([1]);
    installHost('1.3', { mode: 'read', message: message() });
    expect(onItemChanged(() => seen.push(2))).toBe(false);
  });
});
