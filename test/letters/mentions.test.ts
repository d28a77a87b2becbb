/**
 * Each tier, in French and English, for each kind of debtor, rendered from a realistic case, carries
 * every mandatory mention; taking any one of them out of a rendered letter is caught.
 */
import { renderLetter } from '../../src/core/letters/render';
import { checkMentions, requiredMentions } from '../../src/core/letters/mentions';
import { findMarkers } from '../../src/core/markers';
import type { Letter } from '../../src/core/model';
import { input, KINDS, TIERS } from './fixtures';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/`/g, '&#x60;').replace(/=/g, '&#x3D;');
const anyCase = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
const render = (...a: Parameters<typeof input>): Letter => {
  const r = renderLetter(input(...a));
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const all = (['fr', 'en'] as const).flatMap((lang) => TIERS.flatMap((tier) => KINDS.map((kind) => [lang, tier, kind] as const)));

test.each(all)('%s %s (%s debtor): complete, marked, under 32 KB', (lang, tier, kind) => {
  const letter = render(tier, lang, { debtorKind: kind });
  expect(letter.mentions).toEqual([]);
  expect(new TextEncoder().encode(letter.html).length).toBeLessThan(32 * 1024);
  expect(letter.html).not.toMatch(/<(link|style|img|script)\b|\burl\(/i);
  // The detector recognises what this letter says it is, in the subject and in the body.
  const tierNo = TIERS.indexOf(tier) + 1;
  expect(findMarkers(letter.subject).map((m) => [m.kind, m.tier])).toEqual([['subject', tierNo]]);
  expect(findMarkers(letter.text).map((m) => [m.kind, m.tier, m.day])).toEqual([['footer', tierNo, '2025-07-15']]);
  expect(letter.text).not.toMatch(/[<>]|&[a-z]+;/); // plain text: no markup, no entity
});

test('the legal content follows the debtor kind', () => {
  const fr = (kind: 'business' | 'consumer' | 'public') => render('reminder-3', 'fr', { debtorKind: kind }).text;
  expect(fr('business')).toMatch(/L441-10[\s\S]*40,00\s€[\s\S]*D441-5/);
  expect(fr('consumer')).toMatch(/1231-6 et 1344-1 du Code civil/);
  expect(fr('consumer')).not.toMatch(/40,00|L441-10|indemnité/i);
  expect(fr('public')).toMatch(/L2192-13 et R2192-31[\s\S]*40,00\s€[\s\S]*D2192-35/);
  expect(render('formal-notice', 'fr', { debtorKind: 'consumer' }).text).toMatch(/la présente mise en demeure fait courir[^.]*2,76\s%/);
});

test.each((['fr', 'en'] as const).flatMap((lang) => TIERS.map((tier) => [lang, tier] as const)))('%s %s: removing any mandatory mention is caught', (lang, tier) => {
  const inp = input(tier, lang);
  const letter = render(tier, lang);
  const required = requiredMentions(inp).filter((r) => r.where.includes('text'));
  expect(required.length).toBeGreaterThan(tier === 'reminder-1' ? 6 : 12);
  for (const r of required) {
    const text = r.anyOf.reduce((t, x) => t.replace(anyCase(x), ''), letter.text);
    const html = r.anyOf.reduce((h, x) => h.replace(anyCase(escapeHtml(x)), ''), letter.html);
    const findings = checkMentions({ ...letter, text, html }, inp);
    expect([r.mention, findings.filter((f) => f.mention === r.mention).map((f) => f.where).sort()]).toEqual([r.mention, ['html', 'text']]);
  }
  const noMarker = checkMentions({ ...letter, subject: letter.subject.replace(/^\[[^\]]*\]/, '') }, inp);
  expect(noMarker.map((f) => f.mention)).toEqual(['marker']);
});

test('a public buyer\'s letter states one fixed rate per invoice: 11,15 % and 10,15 % (ECB 3,15 % / 2,15 % + 8)', () => {
  const text = render('reminder-3', 'fr', { debtorKind: 'public' }).text;
  expect(text).toMatch(/30 jours à 11,15\s% : 45,82\s€/); // 5 000,00 × 11,15 % × 30 / 365 = 45,82
  expect(text).toMatch(/15 jours à 10,15\s% : 5,01\s€/); // 1 200,00 × 10,15 % × 15 / 365 = 5,0055 → 5,01
});
