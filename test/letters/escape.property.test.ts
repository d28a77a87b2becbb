/**
 * Debtor- and user-controlled text renders inert: hostile strings in every field (debtor name and
 * address, invoice numbers, company identity, signature) never become an element or an attribute of
 * the HTML (parsed with parse5, the WHATWG parser), appear intact as text in the HTML and in the plain
 * text version, and the mention check still finds them.
 */
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { renderLetter } from '../../src/core/letters/render';
import type { LetterInput } from '../../src/core/letters/input';
import { input, KINDS, TIERS } from './fixtures';

type N = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: N[]; value?: string; content?: N };

function walk(n: N, tags: Set<string>, text: string[]): void {
  if (n.nodeName === '#text') text.push(n.value ?? '');
  else if (!n.nodeName.startsWith('#')) tags.add(`${n.nodeName}${(n.attrs ?? []).map((a) => ` ${a.name}=${a.value}`).join('')}`);
  for (const c of n.childNodes ?? []) walk(c, tags, text);
}
function parse(html: string) {
  const tags = new Set<string>();
  const text: string[] = [];
  walk(parseFragment(html) as unknown as N, tags, text);
  return { tags, text: norm(text.join(' ')) };
}
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const PAYLOADS = [
  '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "' onmouseover='alert(1)", '</td></tr></table><a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor}}', '&lt;b&gt; &amp; &#60;i&#62;', '<!-- x', '<style>@import url(//evil)</style>', '`=`', '<svg/onload=alert(1)>',
];
const hostile = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '=', '/', '`', '{', '}', 'a', 'é', ' ', '\n', ';', '#'), minLength: 1, maxLength: 30 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 10 })).map(([a, p, b]) => a + p + b),
).filter((s) => s.trim().length > 0);

const fields = fc.record({
  debtorName: hostile, debtorAddress: hostile, inv1: hostile, inv2: hostile,
  name: hostile, siren: hostile, address: hostile, iban: hostile, bic: hostile, email: hostile, phone: hostile, signature: hostile,
});

type Fields = Record<"debtorName" | "debtorAddress" | "inv1" | "inv2" | "name" | "siren" | "address" | "iban" | "bic" | "email" | "phone" | "signature", string>;
function hostileInput(base: LetterInput, f: Fields): LetterInput {
  const numbers = [f.inv1, `${f.inv2}#2`];
  const claim = { ...base.claim, lines: base.claim.lines.map((l, i) => ({ ...l, invoice: numbers[i] ?? l.invoice })) };
  return {
    ...base, claim,
    issueDates: Object.fromEntries(claim.lines.map((l) => [l.invoice, '2025-05-16'])),
    debtor: { name: f.debtorName, address: f.debtorAddress, email: f.email },
    company: { name: f.name, siren: f.siren, address: f.address, iban: f.iban, bic: f.bic, email: f.email, phone: f.phone, signature: f.signature },
  };
}

test('hostile values in every field render inert in HTML and intact in text', () => {
  fc.assert(fc.property(fields, fc.constantFrom(...TIERS), fc.constantFrom('fr' as const, 'en' as const), fc.constantFrom(...KINDS), (f, tier, lang, kind) => {
    const base = input(tier, lang, { debtorKind: kind });
    const benign = renderLetter(base);
    const inp = hostileInput(base, f);
    const r = renderLetter(inp);
    if (!r.ok || !benign.ok) throw new Error('refused');
    const got = parse(r.value.html);
    const allowed = parse(benign.value.html).tags;
    // Every element and attribute comes from the template: the same ones the benign letter has.
    for (const t of got.tags) expect([t, allowed.has(t)]).toEqual([t, true]);
    const printed = [...inp.claim.lines.map((l) => l.invoice), f.name, f.signature, f.address, f.iban, f.bic, f.siren, f.phone];
    if (tier === 'formal-notice') printed.push(f.debtorName, f.debtorAddress);
    for (const v of printed) {
      expect(got.text).toContain(norm(v));
      expect(norm(r.value.text)).toContain(norm(v));
    }
    // None of the payloads' tags or handlers appear raw (the templates themselves use none of them).
    expect(r.value.html).not.toMatch(/<(img|script|svg|a|style)\b|\son[a-z]+=/i);
    expect(r.value.mentions).toEqual([]);
  }), { numRuns: 300 });
});
