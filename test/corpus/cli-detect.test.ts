/** `relance detect` through main() with a fake CliIo: the JSON Lines contract, folders, bad files, usage errors. */
import { mkdtempSync, copyFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/hosts/cli/main';
import type { CliIo } from '../../src/hosts/cli/io';
import { CORPUS, labels } from './run-corpus';

function fakeIo() {
  const out: string[] = [], err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), today: () => '2025-03-22' };
  return { io, out, err };
}

const KEYS = ['file', 'debtor', 'invoices', 'remindersSent', 'nextStep', 'nextStepOn', 'signals'];
const have = labels().length > 0;

(have ? describe : describe.skip)('relance detect', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'relance-detect-'));
    mkdirSync(join(dir, 'b'));
    copyFileSync(join(CORPUS, 't01.eml'), join(dir, 'b', 't01.eml'));
    copyFileSync(join(CORPUS, 't03.eml'), join(dir, 'a-t03.eml'));
    writeFileSync(join(dir, 'notes.txt'), 'not mail');
    writeFileSync(join(dir, 'c-broken.eml'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('one JSON object per thread, contract keys in order, amounts as decimal strings', async () => {
    const { io, out, err } = fakeIo();
    const code = await main(['detect', '--on', '2025-03-22', '--me', '@menuiserie-durand.example', join(CORPUS, 't01.eml')], io);
    expect([code, err]).toEqual([0, []]);
    const o = JSON.parse(out[0]!);
    expect(Object.keys(o)).toEqual(KEYS);
    expect(o).toMatchObject({ debtor: true, remindersSent: 1, nextStep: 'reminder-2', nextStepOn: '2025-03-31',
      invoices: [{ number: 'FA-2025-0142', amount: '1240.00', currency: 'EUR', dueDate: '2025-03-15' }],
      signals: { promise: false, paid: false, dispute: false } });
  });

  test('a folder is walked in sorted order; a bad file is one stderr line and the others go on (exit 1)', async () => {
    const { io, out, err } = fakeIo();
    const code = await main(['detect', '--me', '@menuiserie-durand.example', dir], io);
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l).file)).toEqual([join(dir, 'a-t03.eml'), join(dir, 'b', 't01.eml')]);
    expect(out.map((l) => JSON.parse(l).debtor)).toEqual([false, true]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^relance detect: .*c-broken\.eml: /);
    expect(err[0]).not.toMatch(/\n|at .*\.ts/);
  });

  test('a missing path is reported and the rest still runs', async () => {
    const { io, out, err } = fakeIo();
    const code = await main(['detect', join(dir, 'nope.eml'), join(dir, 'b')], io);
    expect([code, out.length, err.length]).toEqual([1, 1, 1]);
  });

  test.each([
    [['detect']],
    [['detect', '--on', '2025-02-30', 'x.eml']],
    [['detect', '--me', 'nobody', 'x.eml']],
    [['detect', '--bogus', 'x.eml']],
  ])('usage errors exit 2 with one line: %j', async (argv) => {
    const { io, out, err } = fakeIo();
    expect(await main(argv, io)).toBe(2);
    expect([out.length, err.length]).toEqual([0, 1]);
  });

  test('--ledger completes what the thread does not say', async () => {
    const csv = join(dir, 'ledger.csv');
    // t40: the invoice mail gives no amount; the ledger does.
    writeFileSync(csv, 'N° facture;Client;Échéance;Solde\nINV-2026-0107;Atlas PM;11/02/2026;2 400,00\n');
    const { io, out, err } = fakeIo();
    expect(await main(['detect', '--on', '2026-01-13', '--me', '@greenleaf-software.example', '--ledger', csv, join(CORPUS, 't40.eml')], io)).toBe(0);
    expect([err, JSON.parse(out[0]!).invoices[0]]).toEqual([[], { number: 'INV-2026-0107', amount: '2400.00', currency: 'EUR', dueDate: '2026-02-11' }]);
    const without = fakeIo();
    await main(['detect', '--on', '2026-01-13', '--me', '@greenleaf-software.example', join(CORPUS, 't40.eml')], without.io);
    expect(JSON.parse(without.out[0]!).invoices[0].amount).toBeNull();
    const missing = fakeIo();
    expect(await main(['detect', '--ledger', join(dir, 'none.csv'), join(dir, 'b')], missing.io)).toBe(1);
    expect(missing.err).toHaveLength(1);
  });
});
