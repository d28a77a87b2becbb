// The demo mailbox: dist/demo.js (Node server, `npm start`), the page and the stand-in for the pane's
// frame in dist/demo/, and the demo threads copied beside them (the Gmail demo seeds from the same files).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default async function ({ root, dist }) {
  const here = join(root, 'src/hosts/demo');
  const out = join(dist, 'demo');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of ['index.html', 'pane.html', 'demo.css']) cpSync(join(here, 'page', f), join(out, f));
  cpSync(join(here, 'threads'), join(out, 'threads'), { recursive: true });
  const gmailDemo = join(root, 'src/hosts/gmail/demo.ts');
  const gmailPlugin = { name: 'gmail-demo', setup(b) {
    b.onResolve({ filter: /^relance-gmail-demo$/ }, () => ({ path: existsSync(gmailDemo) ? gmailDemo : join(here, 'server/no-gmail.ts') }));
  } };
  const browser = { bundle: true, platform: 'browser', target: ['chrome100', 'safari15', 'firefox100'], minify: true, sourcemap: true, jsx: 'automatic', jsxImportSource: 'preact' };
  return [
    { ...browser, entryPoints: [join(here, 'page/main.tsx')], outfile: join(out, 'page.js'), format: 'esm' },
    { ...browser, entryPoints: [join(here, 'page/pane-entry.ts')], outfile: join(out, 'pane-entry.js'), format: 'iife' },
    { entryPoints: [join(here, 'server/main.ts')], outfile: join(dist, 'demo.js'), bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', sourcemap: true, plugins: [gmailPlugin] },
  ];
}
