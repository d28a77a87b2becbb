/**
 * detect over the SpamAssassin corpus (6,046 real messages), one core.
 * 1. Throughput: parse (parseEml) + detectCase per message, messages/s, next to a floor measured in the
 *    same run: the same bytes decoded and passed through one regex. Targets: ≥ 2,000 msg/s, ≤ 5× the floor.
 * 2. Peak memory of `node dist/cli.js detect DIR` over the whole corpus written as files to a temp folder
 *    (streamed: one file at a time), next to a floor: a child that only reads the same files one by one.
 *    Target: ≤ 200 MB. Max RSS comes from `process.resourceUsage()` in the child, at exit.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseEml, detectCase } from '../src/core';
import { messageBytes, spamAssassinFiles } from '../test/spam/spam-assassin';

const files = spamAssassinFiles();
const corpus = files.map(messageBytes);
const decoder = new TextDecoder('latin1');

function floorPass(): number {
  let hits = 0;
  for (const bytes of corpus) hits += (decoder.decode(bytes).match(/invoice|facture|overdue|relance/gi) ?? []).length;
  return hits;
}

async function enginePass(): Promise<number> {
  let debtor = 0;
  for (const bytes of corpus) {
    const r = await parseEml(bytes);
    if (r.ok && detectCase(r.value, { on: '2002-12-31' }).debtor) debtor++;
  }
  return debtor;
}

async function timed(f: () => unknown): Promise<number> {
  const t0 = performance.now();
  await f();
  return (performance.now() - t0) / 1000;
}

await enginePass(); // warm-up (JIT, lazy tables)
floorPass();
const floorS = Math.min(await timed(floorPass), await timed(floorPass));
const engineS = Math.min(await timed(enginePass), await timed(enginePass));
const rate = corpus.length / engineS;
const floorRate = corpus.length / floorS;
console.log(`detect throughput: ${rate.toFixed(0)} msg/s (parse + detect, ${corpus.length} messages in ${engineS.toFixed(2)} s)`);
console.log(`floor (one regex pass over the same bytes): ${floorRate.toFixed(0)} msg/s`);
console.log(`ratio: ${(floorRate / rate).toFixed(1)}× the floor  [targets: ≥ 2000 msg/s ${rate >= 2000 ? 'OK' : 'MISSED'}, ≤ 5× ${floorRate / rate <= 5 ? 'OK' : 'MISSED'}]`);

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
