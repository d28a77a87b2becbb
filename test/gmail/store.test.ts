/**
 * One contract for both stores: the embedded sql.js file database and PostgreSQL on a real server.
 * The PostgreSQL half FAILS (never skips) when the server is unreachable: .ci/run installs and starts it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openSqlJsStore } from '../../src/hosts/gmail/store/sqljs-store';
import { openPgStore } from '../../src/hosts/gmail/store/pg-store';
import type { GmailStore } from '../../src/hosts/gmail/store/types';
import { defaultSettings } from '../../src/hosts/gmail/settings';

export const PG_URL = process.env.RELANCE_TEST_PG ?? 'postgres://postgres:postgres@127.0.0.1:5432/relance_test';

function contract(name: string, open: () => Promise<GmailStore>) {
  describe(`${name} store`, () => {
    let store: GmailStore;
    beforeAll(async () => { store = await open(); });
    afterAll(async () => { await store?.close(); });

    test('settings are kept per user and replaced on save', async () => {
      const alice = `alice-${randomUUID()}`;
      const bob = `bob-${randomUUID()}`;
      expect(await store.getSettings(alice)).toBeNull();
      const s = defaultSettings('fr');
      s.company.name = 'Menuiserie Durand';
      s.paymentTermDays = 45;
      await store.saveSettings(alice, s);
      expect(await store.getSettings(alice)).toEqual(s);
      expect(await store.getSettings(bob)).toBeNull();
      const t = { ...s, paymentTermDays: 60 };
      await store.saveSettings(alice, t);
      expect((await store.getSettings(alice))?.paymentTermDays).toBe(60);
    });

    test('reminder history is per user and per thread, oldest first', async () => {
      const u = `u-${randomUUID()}`;
      const r1 = { threadId: 't1', messageId: '<a@x>', draftId: 'r1', tier: 1, invoices: ['FA-1'], day: '2025-03-20' };
      const r2 = { threadId: 't1', messageId: '<b@x>', draftId: 'r2', tier: 2, invoices: ['FA-1', 'FA-2'], day: '2025-04-01' };
      await store.addReminder(u, r1);
      await store.addReminder(u, { ...r1, threadId: 't2' });
      await store.addReminder(u, r2);
      await store.addReminder(`other-${randomUUID()}`, r1);
      expect(await store.listReminders(u, 't1')).toEqual([r1, r2]);
      expect(await store.listReminders(u, 't3')).toEqual([]);
    });

    test('a write after a read shows in the next read (nothing read is kept past a change)', async () => {
      const u = `w-${randomUUID()}`;
      const r1 = { threadId: 't1', messageId: '<a@x>', draftId: 'r1', tier: 1, invoices: ['FA-1'], day: '2025-03-20' };
      expect(await store.listReminders(u, 't1')).toEqual([]);
      await store.addReminder(u, r1);
      expect(await store.listReminders(u, 't1')).toEqual([r1]);
      await store.addReminder(u, { ...r1, tier: 2 });
      expect((await store.listReminders(u, 't1')).map((r) => r.tier)).toEqual([1, 2]);
      expect(await store.getSettings(u)).toBeNull();
      await store.saveSettings(u, { ...defaultSettings('fr'), paymentTermDays: 45 });
      expect((await store.getSettings(u))?.paymentTermDays).toBe(45);
      await store.saveSettings(u, { ...defaultSettings('fr'), paymentTermDays: 60 });
      expect((await store.getSettings(u))?.paymentTermDays).toBe(60);
    });
  });
}

test('what the embedded store hands out cannot be changed by its caller (it is shared by the next requests)', async () => {
  const store = await openSqlJsStore(null);
  await store.saveSettings('u', { ...defaultSettings('fr'), paymentTermDays: 45 });
  await store.addReminder('u', { threadId: 't', messageId: '<a@x>', draftId: 'd', tier: 1, invoices: ['FA-1'], day: '2025-03-20' });
  const s = (await store.getSettings('u'))!;
  const h = await store.listReminders('u', 't');
  expect(() => { s.paymentTermDays = 1; }).toThrow(TypeError);
  expect(() => { s.company.name = 'x'; }).toThrow(TypeError);
  expect(() => { h[0]!.invoices.push('FA-2'); }).toThrow(TypeError);
  expect((await store.getSettings('u'))!.paymentTermDays).toBe(45);
  expect((await store.listReminders('u', 't'))[0]!.invoices).toEqual(['FA-1']);
  await store.close();
});

const dir = mkdtempSync(join(tmpdir(), 'relance-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

contract('sql.js', () => openSqlJsStore(join(dir, 'a.sqlite')));

test('sql.js store survives a restart (the file is the database)', async () => {
  const file = join(dir, 'b.sqlite');
  const a = await openSqlJsStore(file);
  await a.saveSettings('u', { ...defaultSettings('en'), paymentTermDays: 15 });
  await a.close();
  const b = await openSqlJsStore(file);
  expect((await b.getSettings('u'))?.paymentTermDays).toBe(15);
  await b.close();
});

contract('PostgreSQL', async () => {
  try {
    return await openPgStore(PG_URL);
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${PG_URL.replace(/:[^:@/]*@/, ':***@')} (${(e as Error).message}). `
      + 'Start it: apt-get install -y postgresql; pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start; '
      + 'then set a password and create the database as .ci/run does, or set RELANCE_TEST_PG.');
  }
});

test('the embedded store tells at once what it already holds, and nothing it has not read since a write', async () => {
  const store = await openSqlJsStore(null);
  expect(store.knownSettings?.('u')).toBeUndefined();
  expect(await store.getSettings('u')).toBeNull();
  expect(store.knownSettings?.('u')).toBeNull();
  await store.saveSettings('u', { ...defaultSettings('fr'), paymentTermDays: 45 });
  expect(store.knownSettings?.('u')).toBeUndefined();
  expect((await store.getSettings('u'))?.paymentTermDays).toBe(45);
  expect(store.knownSettings?.('u')?.paymentTermDays).toBe(45);
  expect(store.knownReminders?.('u', 't')).toBeUndefined();
  expect(await store.listReminders('u', 't')).toEqual([]);
  expect(store.knownReminders?.('u', 't')).toEqual([]);
  await store.addReminder('u', { threadId: 't', messageId: '<a@x>', draftId: 'd', tier: 1, invoices: ['FA-1'], day: '2025-03-20' });
  expect(store.knownReminders?.('u', 't')).toBeUndefined();
  await store.close();
});
