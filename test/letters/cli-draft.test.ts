/**
 * `relance draft` through main() with a fake CliIo, on the corpus threads and their labels: the letter
 * of the labelled next step, or a one-line refusal naming what is missing; options and usage errors.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/hosts/cli/main';
import type { CliIo } from '../../src/hosts/cli/io';
import { findMarkers } from '../../src/core/markers';

// The read-only corpus: `shared/` beside the repository (CI), or the workplace copy.
const CORPUS = [join(process.cwd(), '..', 'shared', 'corpus', 'threads'), '/work/shared/corpus/threads'].find((d) => existsSync(d))!;
type Label = { file: string; me: string; on: string; nextStep: string | null; invoices: { number: string; amount: string | null; dueDate: string | null }[] };
const labels: Label[] = JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8'));
const TIER_NO: Record<string, number> = { 'reminder-1': 1, 'reminder-2': 2, 'reminder-3': 3, 'formal-notice': 4 };

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), today: () => '2025-06-01' };
  const code = await main(['draft', ...argv], io);
  return { code, out, err };
}

test.each(labels.filter((l) => l.nextStep !== null).map((l) => [l.file, l] as const))('%s: the next step\'s letter, or a refusal', async (_f, l) => {
  const r = await run('--on', l.on, '--me', l.me, join(CORPUS, l.file));
  const step = l.nextStep!;
  if (step in TIER_NO && l.invoices.every((i) => i.amount !== null && i.dueDate !== null)) {
    expect([r.code, r.err]).toEqual([0, []]);
    expect(r.out).toHaveLength(1);
    const letter = JSON.parse(r.out[0]!);
    expect(Object.keys(letter)).toEqual(['subject', 'html', 'text']);
    expect(findMarkers(letter.subject).map((m) => m.tier)).toEqual([TIER_NO[step]]);
    for (const inv of l.invoices) expect(letter.text).toContain(inv.number);
  } else {
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).not.toContain('\n');
    const missing = l.invoices.find((i) => i.amount === null || i.dueDate === null);
    expect(r.err[0]).toContain(step in TIER_NO && missing ? missing.number : 'étape suivante');
  }
});

const t01 = join(CORPUS, 't01.eml');
const me = ['--me', 'compta@menuiserie-durand.example'];

test('--tier and --lang choose the letter; placeholders stand in for the sender without --settings', async () => {
  const r = await run('--on', '2025-05-01', ...me, '--tier', 'formal-notice', '--lang', 'en', t01);
  expect(r.code).toBe(0);
  const letter = JSON.parse(r.out[0]!);
  expect(letter.subject).toMatch(/^\[Formal notice · FA-2025-0142\]/);
  expect(letter.text).toContain('[Your company name]');
  expect(letter.text).toContain('injonction de payer');
});

test('an unknown half-year is refused naming it; --ecb-rate supplies it', async () => {
  const refused = await run('--on', '2026-08-15', ...me, '--tier', 'reminder-3', t01);
  expect(refused.code).toBe(1);
  expect(refused.err.join('')).toMatch(/2026.*--ecb-rate/);
  const ok = await run('--on', '2026-08-15', ...me, '--tier', 'reminder-3', '--ecb-rate', '2.00', t01);
  expect(ok.code).toBe(0);
  expect(JSON.parse(ok.out[0]!).text).toMatch(/12,00\s%/); // 2026 H2 at the supplied 2.00 + 10 points
});

test('--settings gives the sender identity and the days to pay', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-'));
  const file = join(dir, 'settings.json');
  writeFileSync(file, JSON.stringify({ company: { name: 'Menuiserie Durand SARL', siren: '532 418 907', iban: 'FR76 3000 4000 0312 3456 7890 143' }, paymentDeadlineDays: 15 }));
  const r = await run('--on', '2025-03-22', ...me, '--settings', file, t01);
  expect(r.code).toBe(0);
  const letter = JSON.parse(r.out[0]!);
  expect(letter.html).toContain('Menuiserie Durand SARL');
  expect(letter.text).toContain('15 jours');
  writeFileSync(file, '{ nope');
  const bad = await run('--on', '2025-03-22', ...me, '--settings', file, t01);
  expect([bad.code, bad.err.length, bad.err[0]]).toEqual([1, 1, expect.stringContaining('JSON illisible')]);
});

test.each([
  [[] as string[], /one \.eml or \.mbox/],
  [['--tier', 'reminder-9', t01], /--tier must be one of/],
  [['--on', '2025-02-30', t01], /--on must be a date/],
  [['--lang', 'de', t01], /--lang must be fr or en/],
  [['--ecb-rate', 'abc', t01], /--ecb-rate must be a rate/],
])('usage error %j exits 2 with one line', async (argv, message) => {
  const r = await run(...argv);
  expect([r.code, r.err.length]).toEqual([2, 1]);
  expect(r.err[0]).toMatch(message);
});

test('an unreadable file exits 1 with one line', async () => {
  const r = await run(join(CORPUS, 'no-such-file.eml'));
  expect([r.code, r.err.length, r.out.length]).toEqual([1, 1, 0]);
});
