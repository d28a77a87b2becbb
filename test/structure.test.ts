/**
 * The structure test (after refined-github): the tree stays navigable because its conventions are checked,
 * not remembered. Each failure names the file to fix.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog } from '../src/core/i18n';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = join(root, 'src/core');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const coreSources = walk(core).filter((f) => /\.tsx?$/.test(f));
const coreCode = coreSources.filter((f) => !/\.test\.tsx?$/.test(f));

describe('src/core is pure', () => {
  const forbiddenImport = /from\s+['"](preact[^'"]*|@googleapis\/[^'"]*|googleapis|google-auth-library|idb-keyval|pg|sql\.js|node:[^'"]+|fs|path|http|https|child_process|os|playwright-core)['"]/;
  const forbiddenImportRel = /from\s+['"](?:\.\.\/)+hosts\//;
  const forbiddenGlobal = /\b(?:Office\.|document\.|window\.|localStorage|indexedDB|Date\.now\(\)|new Date\(\)|process\.|console\.(?:log|info|debug|warn|error)\(|fetch\()/;
  test.each(coreCode.map((f) => [relative(root, f)]))('%s reaches for no host, I/O, clock or log', (file) => {
    const src = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(forbiddenImport);
    expect(src).not.toMatch(forbiddenImportRel);
    expect(src).not.toMatch(forbiddenGlobal);
  });
});

describe('detection rules', () => {
  const rulesDir = join(core, 'detect/rules');
  const rules = existsSync(rulesDir) ? readdirSync(rulesDir).filter((n) => statSync(join(rulesDir, n)).isDirectory()) : [];
  test('each rule is one kebab-case folder with its code and its test', () => {
    const bad = rules.filter((r) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r)
      || !existsSync(join(rulesDir, r, 'index.ts')) || !existsSync(join(rulesDir, r, 'index.test.ts')));
    expect(bad).toEqual([]);
  });
});

describe('letters', () => {
  const langs = ['fr', 'en'];
  const list = (lang: string) => (existsSync(join(root, 'templates', lang)) ? walk(join(root, 'templates', lang)).map((f) => relative(join(root, 'templates', lang), f)).sort() : []);
  test('every template exists in every language', () => {
    const fr = list('fr');
    for (const lang of langs) expect(list(lang)).toEqual(fr);
  });
  test('no template outputs unescaped data (no triple-stash)', () => {
    for (const lang of langs) for (const f of list(lang)) {
      expect([f, readFileSync(join(root, 'templates', lang, f), 'utf8').includes('{{{')]).toEqual([f, false]);
    }
  });
});

describe('user-facing sentences', () => {
  test('every problem code has a sentence in French and in English', () => {
    for (const [code, entry] of Object.entries(catalog)) {
      expect([code, entry.fr.trim().length > 0, entry.en.trim().length > 0]).toEqual([code, true, true]);
    }
  });
  test('every problem code raised in the core has a sentence', () => {
    const raised = new Set<string>();
    for (const f of coreCode) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bfail\(\s*'([a-z0-9-]+)'/g)) raised.add(m[1]!);
      for (const m of src.matchAll(/error:\s*\{\s*code:\s*'([a-z0-9-]+)'/g)) raised.add(m[1]!);
    }
    const missing = [...raised].filter((c) => !(c in catalog));
    expect(missing).toEqual([]);
  });
});

describe('files stay small', () => {
  test('no core source file over 400 lines', () => {
    const big = coreSources.filter((f) => !f.includes('generated') && !f.includes('/data/') && readFileSync(f, 'utf8').split('\n').length > 400).map((f) => relative(root, f));
    expect(big).toEqual([]);
  });
});
