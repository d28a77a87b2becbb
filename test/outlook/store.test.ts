/** Local data: history per invoice, and the one-file export/import (a foreign file changes nothing). */
import { LocalStore, memoryBackend } from '../../src/hosts/outlook/store';
import { defaultSettings } from '../../src/hosts/outlook/store/defaults';

test('export then import into an empty store gives the same data back', async () => {
  const a = new LocalStore(memoryBackend());
  const s = defaultSettings('fr'); s.company.name = 'Atelier « Martin » & fils';
  await a.saveSettings(s);
  await a.addReminder({ invoice: 'FA-1', tier: 1, day: '2026-02-10', subject: 'R1', conversationId: 'c' });
  await a.addReminder({ invoice: 'FA-1', tier: 1, day: '2026-02-10', subject: 'R1 again', conversationId: 'c' });
  await a.addReminder({ invoice: 'FA-1', tier: 2, day: '2026-02-25', subject: 'R2', conversationId: 'c' });
  await a.saveLedger({ filename: 'b.csv', importedOn: '2026-03-01', rows: [], problems: [{ line: 3, problem: { code: 'bad-date', params: { input: '31/02' } } }] });
  const b = new LocalStore(memoryBackend());
  const r = await b.importJson(await a.exportJson());
  expect(r.ok).toBe(true);
  expect(await b.load()).toEqual(await a.load());
  expect((await b.load()).history.map((h) => [h.tier, h.subject])).toEqual([[1, 'R1 again'], [2, 'R2']]);
});

test('a file that is not a Relance export is refused and nothing changes', async () => {
  const a = new LocalStore(memoryBackend());
  await a.addReminder({ invoice: 'FA-1', tier: 1, day: '2026-02-10', subject: 'R1', conversationId: null });
  const before = await a.load();
  for (const text of ['{"history": []}', 'not json', '{"format":"relance-local-data","version":2,"history":[]}']) {
    expect(await a.importJson(text)).toEqual({ ok: false, error: { code: 'local-data-unreadable' } });
  }
  expect(await a.load()).toEqual(before);
});
