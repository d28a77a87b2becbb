// `npm run bench`: bundles each bench/*.bench.ts with esbuild and runs it in its own Node process,
// one after the other (so one benchmark's memory never weighs on the next). Each prints its figures
// next to a floor measured in the same run.
import { build } from 'esbuild';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'dist', 'bench');
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
let failed = 0;
for (const f of files) {
  const outfile = join(out, f.replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [join(here, f)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'warning', jsx: 'automatic', jsxImportSource: 'preact' });
  console.log(`\n== ${f.replace(/\.bench\.ts$/, '')} ==`);
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: join(here, '..') });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
