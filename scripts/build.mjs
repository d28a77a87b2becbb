// Builds everything that runs from dist/: the letter templates are precompiled first, then each host contributes its esbuild entries in
// src/hosts/<host>/build.mjs (export default async function(ctx) → array of esbuild options),
// so adding a host or a bundle never touches this file.
import { build } from 'esbuild';
import { readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });
const ctx = { root, dist, production: process.env.NODE_ENV === 'production' };

// Code generation first: the precompiled letter templates that the core and the hosts import.
const steps = [{ dir: 'scripts', mod: await import(pathToFileURL(join(root, 'scripts/build-templates.mjs')).href) }];
for (const dir of readdirSync(join(root, 'src/hosts')).map((h) => `src/hosts/${h}`)) {
  const file = join(root, dir, 'build.mjs');
  if (existsSync(file)) steps.push({ dir, mod: await import(pathToFileURL(file).href) });
}
for (const { dir, mod } of steps) {
  const optionsList = (await mod.default(ctx)) ?? [];
  for (const options of optionsList) {
    try {
      await build({ logLevel: 'warning', ...options });
    } catch (e) {
      console.error(`build failed in ${dir}`);
      process.exit(1);
    }
  }
}
