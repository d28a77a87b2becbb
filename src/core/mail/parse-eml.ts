/**
 * One MIME message (.eml) → Thread: the message itself plus every earlier message recovered from
 * its quoted history. The MIME structure is read by ./mime/read.ts (with postal-mime's encoded-word
 * and address parsers), which runs in Node and in browsers, as the Outlook pane needs.
 */
import type { Result, Thread } from '../model';
import { fail, ok } from '../model';
import { readAddresses, readMime } from './mime/read';
import { threadFromParts, type MessageParts } from './thread';

/**
 * @example const r = await parseEml(bytes); if (r.ok) r.value.messages.at(-1)?.origin // → 'message'
 */
export async function parseEml(raw: Uint8Array | string): Promise<Result<Thread>> {
  const parts = readMessage(raw, 0);
  return parts.ok ? ok(threadFromParts([parts.value])) : parts;
}

/** Reads one MIME message into what the thread builder needs, or `mail-unreadable`. */
export function readMessage(raw: Uint8Array | string, index: number): Result<MessageParts> {
  const input = stripEnvelope(typeof raw === 'string' ? new TextEncoder().encode(raw) : raw);
  if (input.length === 0) return fail('mail-unreadable', { reason: 'empty' });
  const mime = readMime(input);
  const headers: Record<string, string> = {};
  for (const h of mime.headers) headers[h.key] = h.key in headers ? headers[h.key] + '\n' + h.value : h.value;
  if (!('from' in headers || 'date' in headers || 'subject' in headers || 'message-id' in headers)) {
    return fail('mail-unreadable', { reason: 'no-headers' });
  }
  const when = headers['date'] ? Date.parse(headers['date'].split('\n')[0]!.replace(/\([^)]{0,60}\)/g, '').trim()) : NaN;
  return ok({
    id: firstLine(headers['message-id']) || `m:${index + 1}`,
    subject: firstLine(headers['subject']),
    from: readAddresses(firstLine(headers['from']))[0] ?? null,
    to: readAddresses(headers['to']?.replace(/\n/g, ', ')),
    cc: readAddresses(headers['cc']?.replace(/\n/g, ', ')),
    sentAt: Number.isNaN(when) ? null : new Date(when).toISOString(),
    text: mime.text,
    html: mime.html,
    headers,
    attachments: mime.attachments,
  });
}

function firstLine(v: string | undefined): string {
  return v ? v.split('\n')[0]!.trim() : '';
}

/** Drops an mbox envelope line ("From sender date") some tools leave at the top of an .eml. */
function stripEnvelope(raw: Uint8Array): Uint8Array {
  if (raw[0] === 0x46 && raw[1] === 0x72 && raw[2] === 0x6f && raw[3] === 0x6d && raw[4] === 0x20) {
    const nl = raw.indexOf(0x0a);
    return nl < 0 ? new Uint8Array(0) : raw.subarray(nl + 1);
  }
  return raw;
}
