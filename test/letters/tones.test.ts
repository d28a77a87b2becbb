/** Tone changes the wording, never the legal content: same mentions, same figures, same articles. */
import { renderLetter } from '../../src/core/letters/render';
import { input, KINDS, TIERS, TONES } from './fixtures';

/** Every amount, rate, date and article the letter states, in order of appearance. */
function legalFigures(text: string): string[] {
  const re = /€?\d[\d\s\u202f\u00a0]*[.,]\d\d(\s?€)?|\d+[.,]\d\d\s?%|\b[LRD]?\d{3,4}-\d+(-\d+)?\b|\d{1,2}(er)? [a-zéû]+ \d{4}|\d{2}\/\d{2}\/\d{4}|\d+ (jours|days)/gi;
  return (text.match(re) ?? []).map((s) => s.replace(/[\s\u202f\u00a0]+/g, ' ').trim());
}

const cases = (['fr', 'en'] as const).flatMap((lang) => TIERS.flatMap((tier) => KINDS.map((kind) => [lang, tier, kind] as const)));

test.each(cases)('%s %s (%s): every tone states the same legal content', (lang, tier, kind) => {
  const letters = TONES.map((tone) => {
    const r = renderLetter(input(tier, lang, { tone, debtorKind: kind }));
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  });
  for (const l of letters) expect(l.mentions).toEqual([]);
  const figures = letters.map((l) => legalFigures(l.text));
  expect(figures[0]!.length).toBeGreaterThan(3);
  for (const f of figures) expect(f).toEqual(figures[0]);
  expect(new Set(letters.map((l) => l.subject)).size).toBe(1);
  // …and the wording does change.
  expect(new Set(letters.map((l) => l.text)).size).toBeGreaterThan(1);
});
