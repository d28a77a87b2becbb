/**
 * detect over the SpamAssassin corpus (6,046 real messages), one core.
 * 1. Throughput, messages/s, each next to a floor measured in the same run (the same bytes decoded and
 *    passed through one regex), best of 9 rounds in which the floor and the paths take turns:
 *    - full path: what `relance detect` does per file (`detectLine`: the raw-bytes prefilter, then parse +
 *      detect + JSON line for the files it lets through). Targets: ≥ 2,000 msg/s, ≤ 5× the floor.
 *    - parse + detect without the prefilter (parseEml + detectCase on every message);
 *    - parse only (parseEml), the prefilter alone, and the parse + detect of only the files the prefilter
 *      lets through (both as if spread over the whole corpus: the two parts of the full path).
 * 2. Peak memory of `node dist/cli.js detect DIR` over the whole corpus written as files to a temp folder
 *    (streamed: one file at a time), next to a floor: a child that only reads the same files one by one.
 *    Target: ≤ 200 MB. Max RSS comes from `process.resourceUsage()` in the child, at exit.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseEml, detectCase, mayConcernPayment } from '../src/core';
import { detectLine } from '../src/hosts/cli/commands/detect';
import { messageBytes, spamAssassinFiles } from '../test/spam/spam-assassin';

const files = spamAssassinFiles();
const corpus = files.map(messageBytes);
const decoder = new TextDecoder('latin1');

function floorPass(): number {
  let hits = 0;
  for (const bytes of corpus) hits += (decoder.decode(bytes).match(/invoice|facture|overdue|relance/gi) ?? []).length;
  return hits;
}

async function fullPath(): Promise<number> {
  let lines = 0;
  for (const [i, bytes] of corpus.entries()) {
    const line = detectLine(`${i}.eml`, bytes, { on: '2002-12-31' }); // a string at once for a spared file, as the command gets it
    if (typeof (typeof line === 'string' ? line : await line) === 'string') lines++;
  }
  return lines;
}

async function parseDetect(): Promise<number> {
  let debtor = 0;
  for (const bytes of corpus) {
    const r = await parseEml(bytes);
    if (r.ok && detectCase(r.value, { on: '2002-12-31' }).debtor) debtor++;
  }
  return debtor;
}

async function parseOnly(): Promise<number> {
  let ok = 0;
  for (const bytes of corpus) if ((await parseEml(bytes)).ok) ok++;
  return ok;
}

const through = corpus.filter((b) => mayConcernPayment(b));
async function throughOnly(): Promise<number> {
  let lines = 0;
  for (const [i, bytes] of through.entries()) if (typeof await detectLine(`${i}.eml`, bytes, { on: '2002-12-31' }, false) === 'string') lines++;
  return lines;
}

function prefilterOnly(): number {
  let pass = 0;
  for (const bytes of corpus) if (mayConcernPayment(bytes)) pass++;
  return pass;
}

/** Best time of each function over `runs` rounds, the functions taking turns (the floor and what it is compared with see the same machine). */
async function best(fs: Record<string, () => unknown>, runs: number): Promise<Record<string, number>> {
  const s: Record<string, number> = {};
  for (let k = 0; k < runs; k++) {
    for (const [name, f] of Object.entries(fs)) {
      const t0 = performance.now();
      await f();
      s[name] = Math.min(s[name] ?? Infinity, (performance.now() - t0) / 1000);
    }
  }
  return Object.fromEntries(Object.entries(s).map(([name, t]) => [name, corpus.length / t]));
}

await parseDetect(); await fullPath(); floorPass(); // warm-up (JIT, lazy tables)
const { floor, full, pre, rest } = await best({ floor: floorPass, full: fullPath, pre: prefilterOnly, rest: throughOnly }, 9) as Record<'floor' | 'full' | 'pre' | 'rest', number>;
const { engine, parse } = await best({ engine: parseDetect, parse: parseOnly }, 3) as Record<'engine' | 'parse', number>;
const row = (label: string, rate: number) => console.log(`${label.padEnd(46)} ${rate.toFixed(0).padStart(7)} msg/s  ${(floor / rate).toFixed(1).padStart(5)}× the floor`);
console.log(`floor (one regex pass over the same bytes):     ${floor.toFixed(0).padStart(7)} msg/s`);
row('full path (relance detect: prefilter + rest)', full);
row('parse + detect, no prefilter', engine);
row('parse only (parseEml)', parse);
row('prefilter alone', pre);
row(`parse + detect of the ${through.length} files it lets through`, rest);
console.log(`full path: ${full >= 2000 ? 'OK' : 'MISSED'} ≥ 2000 msg/s, ${floor / full <= 5 ? 'OK' : 'MISSED'} ≤ 5× the floor; ${(full / engine).toFixed(1)}× faster than without the prefilter`);

// Peak memory of the command over the corpus as files.
const dir = mkdtempSync(join(tmpdir(), 'relance-bench-'));
try {
  files.forEach((f, i) => {
    const sub = join(dir, String(Math.floor(i / 1000)));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.eml`), corpus[i]!);
  });
  const report = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));`;
  const cli = join(process.cwd(), 'dist/cli.js');
  const run = (body: string, args: string[]) => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `${report}\n${body}`, '--', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
    return kb / 1024;
  };
  const cliMb = run(`process.argv = [process.argv[0], 'relance', ...process.argv.slice(1)]; await import(${JSON.stringify('file://' + cli)});`, ['detect', '--on', '2002-12-31', dir]);
  const floorMb = run(`import { readdirSync, readFileSync } from 'node:fs'; import { join } from 'node:path';
    const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (n.endsWith('.eml')) readFileSync(p); else walk(p); } }; walk(process.argv[1]);`, [dir]);
  console.log(`relance detect peak memory over ${files.length} files: ${cliMb.toFixed(0)} MB (max RSS)  [target ≤ 200 MB ${cliMb <= 200 ? 'OK' : 'MISSED'}]`);
  console.log(`floor (node reading the same files one by one): ${floorMb.toFixed(0)} MB; ratio ${(cliMb / floorMb).toFixed(1)}×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
