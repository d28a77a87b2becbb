/** A user's template is used only after a sandboxed compile, a trial render and the mention check. */
import { readFileSync } from 'node:fs';
import { checkOverride } from '../../src/core/letters/override';
import { renderLetter } from '../../src/core/letters/render';
import { input } from './fixtures';

const builtIn = (lang: string, tier: string) => readFileSync(new URL(`../../templates/${lang}/${tier}.hbs`, import.meta.url), 'utf8');

test('a reworded copy of the built-in template is accepted and used', async () => {
  const source = builtIn('fr', 'reminder-1').replace('Madame, Monsieur,', 'Chère cliente, cher client,');
  const o = await checkOverride(source, 'reminder-1', 'fr');
  if (!o.ok) throw new Error(o.error.code);
  const r = renderLetter(input('reminder-1', 'fr'), o.value);
  if (!r.ok) throw new Error(r.error.code);
  expect(r.value.text).toContain('Chère cliente, cher client,');
  expect(r.value.html).toContain('Chère cliente, cher client,');
  expect(r.value.mentions).toEqual([]);
});

test.each([
  ['triple-stash', '{{{debtor.name}}}', 'override-unescaped'],
  ['ampersand', '{{& debtor.name}}', 'override-unescaped'],
  ['unknown partial', '{{> evil}}', 'override-unknown-partial'],
  ['dynamic partial', '{{> (lookup . "x")}}', 'override-unknown-partial'],
  ['inline partial', '{{#*inline "invoices"}}x{{/inline}}', 'override-forbidden'],
  ['unknown block helper', '{{#raw}}x{{/raw}}', 'override-forbidden'],
  ['unknown helper', '{{eval "x"}}', 'override-forbidden'],
  ['misspelt field', '{{debtor.nmae}}', 'override-render'],
  ['syntax error', '{{#if x}}', 'override-syntax'],
  ['script', '<script>alert(1)</script>', 'override-unsafe-html'],
  ['remote image', '<img src="https://tracker.example/p.gif">', 'override-unsafe-html'],
  ['event handler', '<p onclick="x()">hi</p>', 'override-unsafe-html'],
])('refuses %s', async (_name, snippet, code) => {
  const source = builtIn('en', 'reminder-2').replace('{{/letter}}', `${snippet}{{/letter}}`);
  const o = await checkOverride(source, 'reminder-2', 'en');
  expect(o.ok ? 'accepted' : o.error.code).toBe(code);
});

test('a template that drops a mandatory mention is refused, naming it', async () => {
  const source = builtIn('fr', 'reminder-3').replace('{{> legal}}', '');
  const o = await checkOverride(source, 'reminder-3', 'fr');
  expect(o.ok).toBe(false);
  if (!o.ok) {
    expect(o.error.code).toBe('letter-mentions-missing');
    expect(String(o.error.params?.mentions)).toMatch(/articles/);
  }
});

test('a syntax error names its line', async () => {
  const o = await checkOverride('ligne 1\nligne 2 {{foo bar=}}\nligne 3', 'reminder-1', 'fr');
  expect(o.ok ? null : [o.error.code, o.error.params?.line]).toEqual(['override-syntax', 2]);
});
