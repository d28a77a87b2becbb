// The Outlook task pane: an ESM bundle with code splitting (pdfjs and the e-invoice reader load only
// when an attachment needs them), its CSS, html, icons and both manifests, all under dist/.
// RELANCE_BASE_URL (default https://localhost:3000) replaces the development base in the manifests.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIcons } from './icons.mjs';

export const DEV_BASE = 'https://localhost:3000';

/** Rewrites every development URL of a manifest to `base` (no trailing slash). */
export function rebase(text, base) {
  return text.split(DEV_BASE).join(base.replace(/\/$/, ''));
}

export function writeStatic({ root, dist }, base = process.env.RELANCE_BASE_URL || DEV_BASE) {
  const addin = join(dist, 'addin');
  rmSync(addin, { recursive: true, force: true }); // stale hashed chunks would otherwise pile up
  mkdirSync(addin, { recursive: true });
  for (const f of ['taskpane.html', 'support.html']) copyFileSync(join(root, 'addin', f), join(addin, f));
  const pkg = join(dist, 'manifest');
  writeIcons(join(addin, 'assets'), pkg);
  for (const f of ['manifest.xml', 'manifest.json', 'fr-fr.json']) writeFileSync(join(pkg, f), rebase(readFileSync(join(root, 'manifest', f), 'utf8'), base));
}

export default async function (ctx) {
  writeStatic(ctx);
  return [{
    entryPoints: [{ in: join(ctx.root, 'src/hosts/outlook/main.tsx'), out: 'taskpane' }, { in: join(ctx.root, 'addin/taskpane.css'), out: 'taskpane' }],
    outdir: join(ctx.dist, 'addin'),
    entryNames: '[name]', chunkNames: 'chunks/[name]-[hash]',
    bundle: true, splitting: true, format: 'esm', platform: 'browser', target: ['chrome100', 'safari15', 'firefox100'],
    minify: true, sourcemap: true, jsx: 'automatic', jsxImportSource: 'preact',
    // pdfjs-dist's Node-only branches import these; the pane never takes them.
    external: ['canvas', 'path2d', 'fs', 'node:*', 'url', 'module'],
    metafile: true,
  }];
}
