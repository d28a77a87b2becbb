/** Builds the pane and the demo into test/output/dist-browser, starts `node demo.js` on a free port, and opens Chromium. */
import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const output = join(root, 'test/output');

export async function buildDemo(): Promise<string> {
  const dist = join(output, 'dist-browser');
  mkdirSync(dist, { recursive: true });
  for (const host of ['outlook', 'demo']) {
    const mod = await import(join(root, `src/hosts/${host}/build.mjs`));
    for (const o of await mod.default({ root, dist, production: false })) await build({ logLevel: 'silent', ...o });
  }
  return dist;
}

export async function startDemo(dist: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(dist, 'demo.js')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => { out += d; const m = out.match(/https?:\/\/localhost:\d+\//); if (m) resolve(m[0]); });
    child.once('exit', (code) => reject(new Error(`demo exited with ${code}`)));
  });
  return { url, child };
}

export function stopDemo(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => { child.once('exit', (code) => resolve(code)); child.kill('SIGTERM'); });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
}

/** The task pane's frame once its stage (or its "not a debtor" note) is shown. */
export async function pane(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#pane');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('#stage', { timeout: 20000 });
  return frame;
}
