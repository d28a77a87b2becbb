/**
 * The prefilter never hides a debtor thread: every labelled corpus thread, our own fixture and holdout threads, the
 * mail parser's fixtures and the demo threads are run through `relance detect`'s line with the owner left
 * to its default, set as labelled, and set to each domain seen in the thread. Wherever the full detection
 * says debtor the bytes must pass `mayConcernPayment`, and the line with the prefilter equals the full one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mayConcernPayment } from '../../src/core/detect';
import { parseMailFile } from '../../src/core/mail';
import { detectLine } from '../../src/hosts/cli/commands/detect';
import { buildContext } from '../../src/core/detect/context';
import { gatherInvoices } from '../../src/core/detect/invoices';
import { invoiceFacts } from '../../src/core/detect/facts';
import { findReminders } from '../../src/core/detect/reminders';
import { findSignals } from '../../src/core/detect/signals';
import { weighRoles } from '../../src/core/detect/role';
import { CORPUS, FIXTURES, labels } from './run-corpus';

const here = dirname(fileURLToPath(import.meta.url));
const DIRS = [CORPUS, FIXTURES, join(here, 'holdout'), join(here, 'holdout2'), join(here, '../mail/fixtures'), join(here, '../../src/hosts/demo/threads')];

const files = DIRS.filter(existsSync).flatMap((dir) => readdirSync(dir).filter((f) => /\.(eml|mbox)$/i.test(f))
  .map((f) => ({ dir, file: f, label: labels(dir).find((l) => l.file === f) })));

async function owners(path: string, bytes: Uint8Array, me: string | null | undefined): Promise<(string | undefined)[]> {
  const out = new Set<string | undefined>([undefined, me ?? undefined]);
  const parsed = await parseMailFile(path, bytes);
  if (parsed.ok) for (const m of parsed.value.messages) for (const a of [m.from, ...m.to, ...m.cc]) {
    const d = a?.address?.split('@')[1];
    if (d) out.add(`@${d.toLowerCase()}`);
  }
  return [...out];
}

test('the corpus and fixture folders hold threads', () => {
  expect(files.length).toBeGreaterThan(60);
});

test.each(files.map((f) => [f.file, f] as const))('%s: debtor for some owner ⇒ passes the prefilter; same line either way', async (_, { dir, file, label }) => {
  const path = join(dir, file);
  const bytes = new Uint8Array(readFileSync(path));
  const on = label?.on ?? '2025-06-30';
  const pass = mayConcernPayment(bytes);
  for (const me of await owners(path, bytes, label?.me)) {
    const full = await detectLine(path, bytes, { on, me }, false);
    const fast = await detectLine(path, bytes, { on, me });
    expect({ me, fast }).toEqual({ me, fast: full });
    if (typeof full === 'string' && JSON.parse(full).debtor) expect({ me, pass }).toEqual({ me, pass: true });
  }
});

test('labelled debtor threads are among them (the check above is not vacuous)', () => {
  const debtors = DIRS.filter(existsSync).flatMap((d) => labels(d)).filter((l) => l.debtor);
  expect(debtors.length).toBeGreaterThan(20);
});

/**
 * detectCase's early exit (reminders and signals worked out only with an invoice or for a debtor thread)
 * rests on weighRoles not reading the signals when there is no invoice: checked on every thread with the
 * signals its invoices really give.
 */
test('weighRoles reads no signal when there is no invoice (the premise of detectCase\'s early exit)', async () => {
  let withSignals = 0;
  for (const { dir, file, label } of files) {
    const path = join(dir, file);
    const bytes = new Uint8Array(readFileSync(path));
    const parsed = await parseMailFile(path, bytes);
    if (!parsed.ok) continue;
    for (const me of await owners(path, bytes, label?.me)) {
      const ctx = buildContext(parsed.value, { on: label?.on ?? '2025-06-30', me });
      const invoices = gatherInvoices(ctx).map((r) => invoiceFacts(r));
      const signals = findSignals(ctx, invoices, findReminders(ctx, invoices));
      if (signals.length) withSignals++;
      expect(weighRoles(ctx, false, signals, [])).toEqual(weighRoles(ctx, false, [], []));
    }
  }
  expect(withSignals).toBeGreaterThan(10);
});
