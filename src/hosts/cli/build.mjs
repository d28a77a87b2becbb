import { join } from 'node:path';
import { chmodSync } from 'node:fs';

/** The `relance` command: one ESM file, dependencies left in node_modules. */
export default async function ({ root, dist }) {
  return [{
    entryPoints: [join(root, 'src/hosts/cli/bin.ts')],
    outfile: join(dist, 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    plugins: [{ name: 'chmod', setup(b) { b.onEnd(() => { try { chmodSync(join(dist, 'cli.js'), 0o755); } catch { /* first build: file may not exist on error */ } }); } }],
  }];
}
