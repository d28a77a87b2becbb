/**
 * The only door to Office.js. Everything above the Mailbox baseline (1.3) is gated with
 * `isSetSupported('Mailbox', x.y)` at run time; callbacks become Results. Never `body.setAsync`:
 * it would replace what the user wrote.
 */
import { fail, ok, type Address, type Attachment, type Lang, type Result } from './core';
import type { InsertOutcome, ItemLimit, ItemMode, LetterToInsert, OpenItem } from './open-item';
import { parseRawHeaders, REPLY_HTML_LIMIT, textAsHtml, utf8Length } from './raw-headers';

type Read = Office.MessageRead;
type Compose = Office.MessageCompose;
const INVOICE_FILE = /\.(pdf|xml)$/i;
const MAX_ATTACHMENT = 5 * 1024 * 1024;

/** Resolves when Office (or the demo's stand-in) is ready; false outside any mail host. */
export function whenReady(): Promise<boolean> {
  if (typeof Office === 'undefined') return Promise.resolve(false);
  return Office.onReady().then((info) => info.host === Office.HostType.Outlook);
}

export function supports(version: string): boolean {
  return Office.context.requirements.isSetSupported('Mailbox', version);
}

export function displayLanguage(): Lang {
  return /^fr\b/i.test(Office.context.displayLanguage ?? '') ? 'fr' : 'en';
}

function item(): Read | Compose | null {
  return (Office.context.mailbox?.item as Read | Compose | undefined) ?? null;
}

function isCompose(it: Read | Compose): it is Compose {
  return typeof (it as Compose).subject === 'object' && typeof (it as Compose).subject.getAsync === 'function';
}

export function currentMode(): ItemMode | null {
  const it = item();
  return it ? (isCompose(it) ? 'compose' : 'read') : null;
}

/** Turns one Office callback into a Result; the problem names the call, never the mail content. */
function call<T>(name: string, start: (done: (r: Office.AsyncResult<T>) => void) => void): Promise<Result<T>> {
  return new Promise((resolve) => {
    try {
      start((r) => resolve(r.status === Office.AsyncResultStatus.Succeeded ? ok(r.value)
        : fail('outlook-call-failed', { call: name, reason: r.error?.message ?? String(r.error?.code ?? '') })));
    } catch (e) {
      resolve(fail('outlook-call-failed', { call: name, reason: e instanceof Error ? e.message : String(e) }));
    }
  });
}

const address = (d: Office.EmailAddressDetails | null | undefined): Address | null =>
  d && d.emailAddress ? { name: d.displayName ?? '', address: d.emailAddress.toLowerCase() } : null;
const addresses = (list: Office.EmailAddressDetails[] | null | undefined): Address[] =>
  (list ?? []).map(address).filter((a): a is Address => a !== null);

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

async function bodies(it: Read | Compose, limits: ItemLimit[]): Promise<{ html?: string; text?: string }> {
  const text = await call<string>('body.getAsync', (d) => it.body.getAsync(Office.CoercionType.Text, d));
  const html = await call<string>('body.getAsync', (d) => it.body.getAsync(Office.CoercionType.Html, d));
  if (!html.ok) limits.push('no-html-body');
  return { html: html.ok ? html.value : undefined, text: text.ok ? text.value : undefined };
}

async function readAttachments(it: Read, limits: ItemLimit[]): Promise<Attachment[]> {
  const wanted = (it.attachments ?? []).filter((a) => !a.isInline && INVOICE_FILE.test(a.name) && a.size <= MAX_ATTACHMENT);
  if (wanted.length === 0) return [];
  if (!supports('1.8')) { limits.push('no-attachments'); return []; }
  const out: Attachment[] = [];
  for (const a of wanted) {
    const r = await call<Office.AttachmentContent>('getAttachmentContentAsync', (d) => it.getAttachmentContentAsync(a.id, d));
    if (r.ok && r.value.format === Office.MailboxEnums.AttachmentContentFormat.Base64) {
      out.push({ filename: a.name, contentType: a.contentType, content: fromBase64(r.value.content) });
    } else limits.push('no-attachments');
  }
  return out;
}

async function readItem(it: Read): Promise<Result<OpenItem>> {
  const limits: ItemLimit[] = [];
  const body = await bodies(it, limits);
  let headers: Record<string, string> | undefined;
  if (supports('1.8')) {
    const h = await call<string>('getAllInternetHeadersAsync', (d) => it.getAllInternetHeadersAsync(d));
    if (h.ok) headers = parseRawHeaders(h.value); else limits.push('no-headers');
  } else limits.push('no-headers');
  const attachments = await readAttachments(it, limits);
  const id = it.internetMessageId || it.itemId || 'open-item';
  return ok({
    mode: 'read', key: it.itemId || id, conversationId: it.conversationId ?? null, internetMessageId: it.internetMessageId ?? null, limits,
    part: { id, subject: it.subject ?? '', from: address(it.from), to: addresses(it.to), cc: addresses(it.cc),
      sentAt: it.dateTimeCreated ? new Date(it.dateTimeCreated).toISOString() : null, ...body, headers, attachments },
  });
}

async function composeItem(it: Compose, now: string): Promise<Result<OpenItem>> {
  // A draft has no received headers to read: nothing to report there.
  const limits: ItemLimit[] = [];
  const subject = await call<string>('subject.getAsync', (d) => it.subject.getAsync(d));
  const to = await call<Office.EmailAddressDetails[]>('to.getAsync', (d) => it.to.getAsync(d));
  const cc = await call<Office.EmailAddressDetails[]>('cc.getAsync', (d) => it.cc.getAsync(d));
  const from = supports('1.7') ? await call<Office.EmailAddressDetails>('from.getAsync', (d) => it.from.getAsync(d)) : null;
  const body = await bodies(it, limits);
  const key = it.conversationId || 'compose';
  return ok({
    mode: 'compose', key, conversationId: it.conversationId ?? null, internetMessageId: null, limits,
    part: { id: 'compose', subject: subject.ok ? subject.value : '', from: from?.ok ? address(from.value) : null,
      // A draft is being written now: its instant anchors the quoted history below it.
      to: to.ok ? addresses(to.value) : [], cc: cc.ok ? addresses(cc.value) : [], sentAt: now, ...body },
  });
}

/** Reads the open item: read mode gives the message; compose mode gives the draft (its quoted history included), dated `now`. */
export function readOpenItem(now: string = new Date().toISOString()): Promise<Result<OpenItem>> {
  const it = item();
  if (!it) return Promise.resolve(fail('outlook-no-item'));
  return isCompose(it) ? composeItem(it, now) : readItem(it);
}

async function replyWith(it: Read, letter: LetterToInsert): Promise<Result<InsertOutcome>> {
  let htmlBody = letter.html;
  if (utf8Length(htmlBody) > REPLY_HTML_LIMIT) htmlBody = textAsHtml(letter.text);
  if (utf8Length(htmlBody) > REPLY_HTML_LIMIT) return fail('letter-too-long', { limit: REPLY_HTML_LIMIT });
  // Re-attaching the invoice needs its bytes (1.8) and base64 reply attachments (1.15).
  const attachments: Office.ReplyFormAttachment[] = supports('1.15')
    ? letter.attachments.map((a) => ({ type: Office.MailboxEnums.AttachmentType.Base64, name: a.filename, base64file: toBase64(a.content) }))
    : [];
  const form: Office.ReplyFormData = attachments.length ? { htmlBody, attachments } : { htmlBody };
  if (supports('1.9')) {
    const r = await call<void>('displayReplyFormAsync', (d) => it.displayReplyFormAsync(form, d));
    if (!r.ok) return r;
  } else {
    try { it.displayReplyForm(form); } catch (e) {
      return fail('outlook-call-failed', { call: 'displayReplyForm', reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return ok({ kind: 'reply-opened', attached: attachments.length, headersSet: false });
}

async function insertIntoDraft(it: Compose, letter: LetterToInsert): Promise<Result<InsertOutcome>> {
  const type = await call<Office.CoercionType>('body.getTypeAsync', (d) => it.body.getTypeAsync(d));
  const coercionType = type.ok && type.value === Office.CoercionType.Text ? Office.CoercionType.Text : Office.CoercionType.Html;
  const data = coercionType === Office.CoercionType.Html ? letter.html : letter.text;
  // A selection would be replaced by setSelectedDataAsync: then insert at the top instead.
  const sel = await call<{ data?: string }>('getSelectedDataAsync', (d) => it.getSelectedDataAsync(Office.CoercionType.Text, d));
  const hasSelection = !sel.ok || (sel.value?.data ?? '').length > 0;
  const r = hasSelection
    ? await call<void>('body.prependAsync', (d) => it.body.prependAsync(data, { coercionType }, d))
    : await call<void>('body.setSelectedDataAsync', (d) => it.body.setSelectedDataAsync(data, { coercionType }, d));
  if (!r.ok) return r;
  const subject = await call<string>('subject.getAsync', (d) => it.subject.getAsync(d));
  if (subject.ok && letter.subjectTag && !subject.value.includes(letter.subjectTag)) {
    const next = subject.value.trim() ? `${subject.value.trim()} ${letter.subjectTag}` : letter.subject;
    await call<void>('subject.setAsync', (d) => it.subject.setAsync(next, d));
  }
  let headersSet = false;
  if (supports('1.8') && Object.keys(letter.headers).length > 0) {
    headersSet = (await call<void>('internetHeaders.setAsync', (d) => it.internetHeaders.setAsync(letter.headers, d))).ok;
  }
  return ok({ kind: 'inserted', where: hasSelection ? 'top' : 'cursor', headersSet });
}

/** Read mode: opens a reply holding the letter. Compose: inserts it at the cursor (or the top), never over the user's text. */
export function insertLetter(letter: LetterToInsert): Promise<Result<InsertOutcome>> {
  const it = item();
  if (!it) return Promise.resolve(fail('outlook-no-item'));
  return isCompose(it) ? insertIntoDraft(it, letter) : replyWith(it, letter);
}

/** Pinned pane: calls `handler` when the user selects another item (Mailbox 1.5). Returns false where unsupported. */
export function onItemChanged(handler: () => void): boolean {
  if (!supports('1.5')) return false;
  Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => handler());
  return true;
}

/** Where the pane may keep data: Office roaming settings are too small (32 KB), so the pane uses IndexedDB; this only reports the user's address. */
export function userAddress(): string | null {
  return Office.context.mailbox?.userProfile?.emailAddress?.toLowerCase() ?? null;
}
