/**
 * The precompiled templates are committed so `npm test` needs no build; this fails when they no
 * longer match templates/ (run `npm run build`), and checks every tier exists in every language.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript build step, no declarations
import { generateTemplatesModule, GENERATED, LETTER_HELPERS } from '../../scripts/build-templates.mjs';
import { HELPER_NAMES } from '../../src/core/letters/helpers';
import { TIERS } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the committed generated module matches the templates (run `npm run build` if not)', () => {
  expect(readFileSync(join(root, GENERATED), 'utf8')).toBe(generateTemplatesModule(root));
});

test('every tier has its template and subject in every language, and the same partials', () => {
  const langs = readdirSync(join(root, 'templates')).filter((l) => /^[a-z]{2}$/.test(l));
  expect(langs.sort()).toEqual(['en', 'fr']);
  const partials = (l: string) => readdirSync(join(root, 'templates', l, 'partials')).sort();
  for (const l of langs) {
    for (const t of [...TIERS, 'subject']) expect(existsSync(join(root, 'templates', l, `${t}.hbs`))).toBe(true);
    expect(partials(l)).toEqual(partials('fr'));
  }
});

test('the build knows exactly the helpers the renderer registers', () => {
  expect([...LETTER_HELPERS].sort()).toEqual([...HELPER_NAMES].sort());
});

test('no template prints data unescaped', () => {
  for (const l of ['fr', 'en']) {
    const dir = join(root, 'templates', l);
    for (const f of [...readdirSync(dir).filter((x) => x.endsWith('.hbs')), ...readdirSync(join(dir, 'partials')).map((x) => `partials/${x}`)]) {
      expect([f, /\{\{\{|\{\{&/.test(readFileSync(join(dir, f), 'utf8'))]).toEqual([f, false]);
    }
  }
});
