/**
 * Real mail: at most 0.1 % of the SpamAssassin corpus may be flagged as debtor threads (the owner is each
 * message's recipient, as without --me). Prints the rate next to a plain keyword filter's.
 */
import { parseEml } from '../../src/core/mail';
import { detectCase } from '../../src/core/detect';
import { keywordFilter, messageBytes, spamAssassinFiles } from './spam-assassin';



test('SpamAssassin: ≤ 0.1 % flagged as debtor threads', async () => {
  const files = spamAssassinFiles();
  let flagged = 0, keyword = 0, unreadable = 0;
  const examples: string[] = [];
  for (const file of files) {
    const bytes = messageBytes(file);
    if (keywordFilter(Buffer.from(bytes).toString('latin1'))) keyword++;
    const parsed = await parseEml(bytes);
    if (!parsed.ok) { unreadable++; continue; }
    const c = detectCase(parsed.value, { on: '2002-12-31' });
    if (c.debtor) { flagged++; if (examples.length < 10) examples.push(`${file.split('/').slice(-2).join('/')} ← ${c.why.map((w) => w.rule).join(', ')}`); }
  }
  const pct = (n: number) => `${((100 * n) / files.length).toFixed(3)} %`;
  console.log(`SpamAssassin: ${files.length} messages, ${unreadable} unreadable; engine flags ${flagged} (${pct(flagged)}); keyword filter flags ${keyword} (${pct(keyword)})\n${examples.join('\n')}`);
  expect(files.length).toBeGreaterThan(6000);
  expect(flagged / files.length).toBeLessThanOrEqual(0.001);
}, 300_000);
