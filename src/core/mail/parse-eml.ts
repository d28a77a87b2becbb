/**
 * One MIME message (.eml) → Thread: the message itself plus every earlier message recovered from
 * its quoted history. MIME (charsets, quoted-printable, base64, RFC 2047 words, multipart) is
 * postal-mime's job: it runs in Node and in browsers, which the Outlook pane needs.
 */
import PostalMime, { decodeWords, type Email, type Address as PmAddress } from 'postal-mime';
import type { Address, Attachment, Result, Thread } from '../model';
import { fail, ok } from '../model';
import { threadFromParts, type MessageParts } from './thread';

/**
 * @example const r = await parseEml(bytes); if (r.ok) r.value.messages.at(-1)?.origin // → 'message'
 */
export async function parseEml(raw: Uint8Array | string): Promise<Result<Thread>> {
  const parts = await readMessage(raw, 0);
  return parts.ok ? ok(threadFromParts([parts.value])) : parts;
}

/** Reads one MIME message into what the thread builder needs, or `mail-unreadable`. */
export async function readMessage(raw: Uint8Array | string, index: number): Promise<Result<MessageParts>> {
  const input = stripEnvelope(raw);
  if (input.length === 0) return fail('mail-unreadable', { reason: 'empty' });
  let email: Email;
  try {
    email = await PostalMime.parse(input, { attachmentEncoding: 'arraybuffer' });
  } catch {
    // postal-mime rejects what it cannot read (limits exceeded, broken structure): an expected problem.
    return fail('mail-unreadable', { reason: 'mime' });
  }
  const headers: Record<string, string> = {};
  for (const h of email.headers) {
    const v = h.value.includes('=?') ? safeDecode(h.value) : h.value;
    headers[h.key] = h.key in headers ? headers[h.key] + '\n' + v : v;
  }
  if (!('from' in headers || 'date' in headers || 'subject' in headers || 'message-id' in headers)) {
    return fail('mail-unreadable', { reason: 'no-headers' });
  }
  const date = email.date && !Number.isNaN(Date.parse(email.date)) ? new Date(email.date).toISOString() : null;
  return ok({
    id: email.messageId?.trim() || `m:${index + 1}`,
    subject: (email.subject ?? '').trim(),
    from: first(email.from),
    to: flat(email.to),
    cc: flat(email.cc),
    sentAt: date,
    text: email.text,
    html: email.html,
    headers,
    attachments: email.attachments.map(toAttachment),
  });
}

function toAttachment(a: Email['attachments'][number]): Attachment {
  const c = a.content;
  const content = typeof c === 'string' ? new TextEncoder().encode(c) : c instanceof Uint8Array ? c : new Uint8Array(c);
  return { filename: a.filename ?? '', contentType: a.mimeType, content };
}

function first(a: PmAddress | undefined): Address | null {
  if (!a) return null;
  const m = a.group ? a.group[0] : a;
  return m && m.address ? { name: m.name ?? '', address: m.address.toLowerCase() } : null;
}

function flat(list: PmAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    for (const m of a.group ?? [a]) if (m.address) out.push({ name: m.name ?? '', address: m.address.toLowerCase() });
  }
  return out;
}

function safeDecode(v: string): string {
  try { return decodeWords(v); } catch { return v; /* keep the raw header when its encoded words are broken */ }
}

/** Drops an mbox envelope line ("From sender date") some tools leave at the top of an .eml. */
function stripEnvelope(raw: Uint8Array | string): Uint8Array | string {
  if (typeof raw === 'string') return raw.startsWith('From ') ? raw.slice(raw.indexOf('\n') + 1 || raw.length) : raw;
  if (raw[0] === 0x46 && raw[1] === 0x72 && raw[2] === 0x6f && raw[3] === 0x6d && raw[4] === 0x20) {
    const nl = raw.indexOf(0x0a);
    return nl < 0 ? new Uint8Array(0) : raw.subarray(nl + 1);
  }
  return raw;
}
