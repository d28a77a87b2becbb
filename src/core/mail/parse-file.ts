/**
 * A mail file as the user drops it: `.mbox` (every message of a thread), `.eml` (one message with
 * its quoted history), or an unnamed file sniffed by content. Outlook's `.msg` is a binary
 * compound file the project does not read: it gets its own problem so the user knows to export
 * the message as .eml instead.
 */
import type { Result, Thread } from '../model';
import { fail } from '../model';
import { parseEml } from './parse-eml';
import { parseMbox, splitMbox } from './mbox';

/**
 * @example await parseMailFile('t02.mbox', bytes) // → { ok: true, value: { messages: […], subject: '…' } }
 */
export async function parseMailFile(name: string, raw: Uint8Array): Promise<Result<Thread>> {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'msg' || isCompoundFile(raw)) return fail('mail-unsupported-format', { name });
  if (ext === 'mbox' || ext === 'mbx') return parseMbox(raw);
  if (ext === 'eml') return parseEml(raw);
  return looksLikeMbox(raw) ? parseMbox(raw) : parseEml(raw);
}

function isCompoundFile(raw: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return raw.length >= 8 && sig.every((b, i) => raw[i] === b);
}

/** Several "From " envelope lines: an mbox; one or none: a single message. */
function looksLikeMbox(raw: Uint8Array): boolean {
  return splitMbox(raw).length > 1;
}
