import { join } from 'node:path';

/** dist/gmail.js: the Gmail add-on HTTP service, one ESM file, dependencies left in node_modules. */
export default async function ({ root, dist }) {
  return [{
    entryPoints: [join(root, 'src/hosts/gmail/main.ts')],
    outfile: join(dist, 'gmail.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
  }];
}
