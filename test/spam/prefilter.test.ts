/**
 * The raw-bytes prefilter changes nothing `relance detect` prints: over the 6,046 SpamAssassin messages,
 * each file's line (or error) with the prefilter equals the line of a full parse and detection, with the
 * owner left to its default and with the owner set to each message's sender domain.
 */
import { detectLine } from '../../src/hosts/cli/commands/detect';
import { mayConcernPayment } from '../../src/core/detect';
import { messageBytes, spamAssassinFiles } from './spam-assassin';

function senderDomain(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8000)).toString('latin1');
  return /^from:[^\n]*@([a-z0-9.-]+\.[a-z]{2,})/im.exec(head)?.[1];
}

test('SpamAssassin: relance detect prints the same line with and without the prefilter', async () => {
  const files = spamAssassinFiles();
  let skipped = 0;
  const differ: string[] = [];
  for (const [i, file] of files.entries()) {
    const bytes = messageBytes(file);
    if (!mayConcernPayment(bytes)) skipped++;
    const name = `${i}.eml`;
    const domain = senderDomain(bytes);
    for (const me of [undefined, domain && `@${domain}`]) {
      if (me === '') continue;
      const o = { on: '2002-12-31', me: me || undefined };
      const [fast, full] = [await detectLine(name, bytes, o), await detectLine(name, bytes, o, false)];
      if (JSON.stringify(fast) !== JSON.stringify(full)) differ.push(`${file} (me ${me ?? 'default'}): ${JSON.stringify(fast)} ≠ ${JSON.stringify(full)}`);
    }
  }
  console.log(`SpamAssassin: the prefilter spares ${skipped} of ${files.length} messages a parse`);
  expect(files.length).toBeGreaterThan(6000);
  expect(skipped).toBeGreaterThan(files.length / 2); // it does filter: a prefilter that lets all through proves nothing here
  expect(differ.slice(0, 5)).toEqual([]);
}, 600_000);
