/**
 * The production pane never carries the Office stand-in, and mailbox.ts is the only pane file that touches Office.*.
 * Builds the pane with the project's own build step (src/hosts/outlook/build.mjs) into a temporary folder.
 */
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

test('the production pane bundle holds none of the stand-in', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'relance-pane-'));
  const mod = await import('../../src/hosts/outlook/build.mjs' as string);
  for (const o of await mod.default({ root, dist, production: true })) await build({ logLevel: 'silent', ...o });
  const js = files(join(dist, 'addin')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8'));
  expect(js.length).toBeGreaterThan(1);
  // Strings only the stand-in contains (the real pane reads Office.EventType.ItemChanged, never its value).
  for (const marker of ['olkItemSelectedChanged', 'relance-demo', 'createOfficeStandIn', 'never call body.setAsync']) {
    expect([marker, js.some((s) => s.includes(marker))]).toEqual([marker, false]);
  }
  expect(readFileSync(join(dist, 'addin/taskpane.html'), 'utf8')).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
});

test('mailbox.ts is the only pane file that touches Office.*, and nothing calls body.setAsync', () => {
  const src = files(join(root, 'src/hosts/outlook')).filter((f) => /\.tsx?$/.test(f));
  const touching = src.filter((f) => /\bOffice\.(?!js\b)/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'[^']*'/g, ''))).map((f) => relative(root, f));
  expect(touching).toEqual(['src/hosts/outlook/mailbox.ts']);
  expect(src.filter((f) => /body\.setAsync\(/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))).toEqual([]);
});
