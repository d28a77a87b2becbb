/**
 * An mbox (every message of one thread) → Thread. Messages are split on "From " envelope lines
 * (a line starting "From " whose next line is a header), and ">From " escapes are undone
 * (mboxrd: one ">" less on any ">…>From " line). Work is done on bytes so each message keeps its
 * own charset.
 */
import type { Result, Thread } from '../model';
import { fail, ok } from '../model';
import { readMessage } from './parse-eml';
import { threadFromParts, type MessageParts } from './thread';

const HEADER_LINE = /^[!-9;-~]{1,80}:/;

/**
 * @example const r = await parseMbox(bytes); if (r.ok) r.value.messages.length // → real and recovered messages
 */
export async function parseMbox(raw: Uint8Array | string): Promise<Result<Thread>> {
  const chunks = splitMbox(typeof raw === 'string' ? new TextEncoder().encode(raw) : raw);
  if (chunks.length === 0) return fail('mail-unreadable', { reason: 'empty' });
  const parts: MessageParts[] = [];
  for (const [k, chunk] of chunks.entries()) {
    const r = readMessage(chunk, k);
    if (r.ok) parts.push(r.value);
  }
  if (parts.length === 0) return fail('mail-unreadable', { reason: 'no-message' });
  return ok(threadFromParts(parts));
}

/** The messages of an mbox, envelope lines removed and ">From " unescaped. */
export function splitMbox(raw: Uint8Array): Uint8Array[] {
  // windows-1252 maps each byte to exactly one UTF-16 unit, so string offsets are byte offsets.
  const s = new TextDecoder('windows-1252').decode(raw);
  const starts: number[] = [];
  let pos = 0;
  while (pos < s.length) {
    const nl = s.indexOf('\n', pos);
    const end = nl < 0 ? s.length : nl;
    if (s.startsWith('From ', pos) && (pos === 0 || s.charCodeAt(pos - 1) === 10)) {
      const nextEnd = s.indexOf('\n', end + 1);
      const next = s.slice(end + 1, nextEnd < 0 ? s.length : nextEnd);
      if (HEADER_LINE.test(next)) starts.push(pos);
    }
    pos = end + 1;
  }
  if (starts.length === 0) return [];
  const out: Uint8Array[] = [];
  starts.forEach((start, k) => {
    const bodyStart = s.indexOf('\n', start) + 1;
    const stop = starts[k + 1] ?? s.length;
    out.push(unescapeFrom(raw.subarray(bodyStart, stop), s.slice(bodyStart, stop)));
  });
  return out.filter((m) => m.length > 0);
}

function unescapeFrom(bytes: Uint8Array, text: string): Uint8Array {
  const re = /(?:^|\n)(>+)From /g;
  const drop: number[] = [];
  for (const m of text.matchAll(re)) drop.push(m.index + (m[0].startsWith('\n') ? 1 : 0));
  if (drop.length === 0) return bytes;
  const out = new Uint8Array(bytes.length - drop.length);
  let o = 0;
  let d = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (d < drop.length && i === drop[d]) { d++; continue; }
    out[o++] = bytes[i]!;
  }
  return out;
}
