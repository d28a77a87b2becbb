/**
 * The Outlook task pane: (1) initial JS+CSS gzipped (the entry and every chunk it imports statically),
 * next to the floor of its two runtime libraries (preact + hooks, the Handlebars runtime) bundled and
 * minified by esbuild in the same run; target ≤ 60 KB. (2) Time from script start to the stage shown
 * for a 20-message thread in headless Chromium, next to a floor page (preact rendering one line) loaded
 * the same way; target ≤ 150 ms.
 */
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = process.cwd();
const dist = join(root, 'dist/bench/pane-dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

async function buildPane(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  for (const host of ['outlook', 'demo']) {
    const mod = await import(join(root, `src/hosts/${host}/build.mjs`));
    for (const o of await mod.default({ root, dist, production: true })) await build({ logLevel: 'silent', ...o });
  }
}

function initialFiles(dir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const src = readFileSync(join(dir, entry), 'utf8');
  // Static imports only: `import … from"./x.js"` and bare `import"./x.js"`; dynamic import("…") chunks load later.
  for (const m of src.matchAll(/(?:^|[;\s}])import\s*(?:[^"'();]*?from\s*)?["'](\.[^"']+)["']/g)) {
    initialFiles(dir, join(entry, '..', m[1]!).replace(/^\.\//, ''), seen);
  }
  return seen;
}

async function floorSize(): Promise<number> {
  const r = await build({ stdin: { contents: "import { h, render } from 'preact'; import { useState } from 'preact/hooks'; import Handlebars from 'handlebars/runtime'; export { h, render, useState, Handlebars };", resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  return gz(Buffer.from(r.outputFiles[0]!.contents));
}

function twentyMessageThread(): string {
  const people = [['Claire Martin', 'compta@atelier-martin.example'], ['Marc Perrin', 'm.perrin@garage-perrin.example']] as const;
  let body = "Bonjour,\nVeuillez trouver la facture FA-2026-0200 de 4 800,00 € TTC, échéance : 15/01/2026.\nCordialement,\nClaire Martin";
  for (let i = 1; i < 20; i++) {
    const [name, addr] = people[(i - 1) % 2]!;
    const day = String(1 + i).padStart(2, '0');
    const quoted = body.split('\n').map((l) => `> ${l}`).join('\n');
    const text = i % 2 ? `Bonjour,\nMerci de régler la facture FA-2026-0200 (message ${i + 1}).\nClaire Martin` : `Bonjour,\nNous regardons (message ${i + 1}).\nMarc Perrin`;
    body = `${text}\n\nLe ${day}/02/2026 à 10:00, ${name} <${addr}> a écrit :\n${quoted}`;
  }
  return ['From: Marc Perrin <m.perrin@garage-perrin.example>', 'To: Claire Martin <compta@atelier-martin.example>', 'Date: Sat, 21 Feb 2026 10:00:00 +0100',
    'Subject: RE: Facture FA-2026-0200', 'Message-ID: <bench-20@garage-perrin.example>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit', '', body, ''].join('\r\n');
}

async function timings(): Promise<{ pane: number[]; floor: number[] }> {
  const threads = join(dist, 'demo/threads');
  rmSync(threads, { recursive: true, force: true });
  mkdirSync(threads, { recursive: true });
  writeFileSync(join(threads, '01-twenty.eml'), twentyMessageThread());
  // Floor: the same frame, stand-in and CSS, but a pane that renders one line with preact.
  const floor = await build({ stdin: { contents: "import { render, h } from 'preact'; performance.mark('relance:script-start'); render(h('p', { id: 'stage' }, 'ok'), document.getElementById('root')); performance.mark('relance:stage-shown');", resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  writeFileSync(join(dist, 'addin/floor.js'), floor.outputFiles[0]!.contents);
  writeFileSync(join(dist, 'demo/floor.html'), readFileSync(join(dist, 'demo/pane.html'), 'utf8').replace('/addin/taskpane.js', '/addin/floor.js'));
  const child = spawn(process.execPath, [join(dist, 'demo.js')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => child.stdout!.on('data', (d: Buffer) => { const m = String(d).match(/https?:\/\/localhost:\d+\//); if (m) resolve(m[0]); }));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const out = { pane: [] as number[], floor: [] as number[] };
  try {
    for (const [kind, page] of [['pane', 'pane.html'], ['floor', 'floor.html']] as const) {
      for (let i = 0; i < 7; i++) {
        const ctx = await browser.newContext();
        const p = await ctx.newPage();
        await p.goto(url);
        await p.waitForSelector('#pane');
        if (kind === 'floor') await p.evaluate((src) => { (document.getElementById('pane') as HTMLIFrameElement).src = src; }, `/demo/${page}`);
        const frame = (await (await p.$('#pane'))!.contentFrame())!;
        await frame.waitForFunction(() => performance.getEntriesByName('relance:stage-shown').length > 0 && !!document.querySelector('#stage'), undefined, { timeout: 20000 });
        const ms = await frame.evaluate(() => performance.getEntriesByName('relance:stage-shown')[0]!.startTime - performance.getEntriesByName('relance:script-start')[0]!.startTime);
        if (kind === 'pane') {
          const step = await frame.getAttribute('#stage', 'data-step');
          if (!step) throw new Error('stage not shown');
        }
        if (i > 1) out[kind].push(ms); // the first runs warm the cache
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await buildPane();
const files = [...initialFiles(join(dist, 'addin'), 'taskpane.js')];
const js = files.reduce((n, f) => n + gz(readFileSync(join(dist, 'addin', f))), 0);
const css = existsSync(join(dist, 'addin/taskpane.css')) ? gz(readFileSync(join(dist, 'addin/taskpane.css'))) : 0;
const floor = await floorSize();
console.log(`pane initial JS+CSS gzipped: ${kb(js + css)} (${files.length} JS files + CSS) | floor preact+hooks+Handlebars runtime: ${kb(floor)} | ratio ${((js + css) / floor).toFixed(2)} | target ≤ 60 KB: ${js + css <= 60 * 1024 ? 'met' : 'MISSED'}`);
const t = await timings();
const pane = median(t.pane); const fl = median(t.floor);
console.log(`script start → stage shown, 20-message thread (median of ${t.pane.length}): ${pane.toFixed(1)} ms | floor (preact one line, same frame): ${fl.toFixed(1)} ms | ratio ${(pane / Math.max(fl, 0.1)).toFixed(1)} | target ≤ 150 ms: ${pane <= 150 ? 'met' : 'MISSED'}`);
