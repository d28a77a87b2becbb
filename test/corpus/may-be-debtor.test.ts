/**
 * mayBeDebtor lets `relance detect` skip the rules for a parsed thread that cannot be a debtor thread:
 * it must never say false where detection finds one. Checked on every labelled thread (corpus,
 * fixtures, holdouts) from the owner's side and from the other side, and on all of SpamAssassin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, mayBeDebtor, parseMailFile, type Thread } from '../../src/core';
import { CORPUS, FIXTURES, labels } from './run-corpus';
import { messageBytes, spamAssassinFiles } from '../spam/spam-assassin';

const HERE = join(process.cwd(), 'test/corpus');
const dirs = [CORPUS, FIXTURES, ...readdirSync(HERE).filter((d) => /^holdout\d*$/.test(d)).map((d) => join(HERE, d))];

async function parse(dir: string, file: string): Promise<Thread> {
  const r = await parseMailFile(file, new Uint8Array(readFileSync(join(dir, file))));
  if (!r.ok) throw new Error(`${file}: ${r.error.code}`);
  return r.value;
}

/** The sender domains of a thread: each one's point of view is tried as the owner's. */
const domains = (t: Thread) => [...new Set(t.messages.map((m) => m.from?.address.split('@')[1]).filter((d): d is string => !!d))];

describe('mayBeDebtor', () => {
  test('false only where detection finds no debtor thread, whoever the owner is (labelled threads)', async () => {
    let threads = 0, debtors = 0, spared = 0;
    for (const dir of dirs) {
      for (const label of labels(dir)) {
        const thread = await parse(dir, label.file);
        threads++;
        for (const me of [label.me ?? undefined, undefined, ...domains(thread).map((d) => `@${d}`)]) {
          const o = { me, on: label.on };
          const debtor = analyse(thread, o).case.debtor;
          if (debtor) debtors++;
          if (!mayBeDebtor(thread, o)) { spared++; expect([label.file, me, debtor]).toEqual([label.file, me, false]); }
        }
      }
    }
    expect(threads).toBeGreaterThan(100);
    expect(debtors).toBeGreaterThan(100);
    expect(spared).toBeGreaterThan(0); // the shortcut is taken somewhere (suppliers' threads, the owner's own inbox)
  });

  test('false only where detection finds no debtor thread (SpamAssassin), and it spares most of those the prefilter lets through', async () => {
    let spared = 0, parsed = 0;
    for (const bytes of spamAssassinFiles().map(messageBytes)) {
      const r = await parseMailFile('m.eml', bytes);
      if (!r.ok) continue;
      parsed++;
      const o = { on: '2002-12-31' };
      if (!mayBeDebtor(r.value, o)) { spared++; expect(analyse(r.value, o).case.debtor).toBe(false); }
    }
    expect(parsed).toBeGreaterThan(6000);
    expect(spared).toBeGreaterThan(parsed / 2);
  });
});
