/**
 * The reminder as a reply in its thread: RFC 5322 built by nodemailer's MailComposer (file and URL access
 * disabled: only the bytes we hand it go in). Threading: `In-Reply-To` = the message answered,
 * `References` = its references plus its id. The subject keeps the thread's subject ("Re: …") and carries
 * Relance's marker; `X-Relance-*` headers say tier, invoices and day; the original invoice is attached.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Address, Attachment, IsoDate, Thread } from '../../../core';
import { relanceHeaders, subjectMarker, type MarkerTier } from '../../../core/markers';

export interface ReplyInput {
  thread: Thread;
  me: string;
  to: Address[];
  tier: MarkerTier;
  invoices: string[];
  day: IsoDate;
  lang: 'fr' | 'en';
  html: string;
  text: string;
  attachment: Attachment | null;
}

export interface ReplyMime { raw: Uint8Array; messageId: string; subject: string }

/** The newest real message (not a recovered quote): the one the reply answers. */
function answered(thread: Thread) {
  return [...thread.messages].reverse().find((m) => m.origin === 'message' && m.headers['message-id']) ?? null;
}

export function replySubject(threadSubject: string, tier: MarkerTier, invoices: string[], lang: 'fr' | 'en'): string {
  const marker = subjectMarker(tier, invoices, lang);
  const base = threadSubject.replace(/\s*\[(?:Relance|Reminder|Mise en demeure|Formal notice)[^\]]*\]\s*/gi, ' ').trim();
  const re = /^(re|tr|fwd?)\s*:/i.test(base) ? base : `Re: ${base}`;
  return `${re} ${marker}`.trim();
}

export async function buildReply(o: ReplyInput): Promise<ReplyMime> {
  const last = answered(o.thread);
  const inReplyTo = last?.headers['message-id']?.trim();
  const refs = `${last?.headers['references'] ?? ''} ${inReplyTo ?? ''}`.split(/\s+/).filter((x) => /^<[^<>\s]+>$/.test(x));
  const domain = o.me.split('@')[1] || 'relance.invalid';
  const messageId = `<relance-${crypto.randomUUID()}@${domain}>`;
  const subject = replySubject(o.thread.subject, o.tier, o.invoices, o.lang);
  const composer = new MailComposer({
    from: o.me,
    to: o.to.map((a) => ({ name: a.name, address: a.address })),
    subject,
    messageId,
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(refs.length ? { references: [...new Set(refs)] } : {}),
    headers: relanceHeaders(o.tier, o.invoices, o.day),
    text: o.text,
    html: o.html,
    attachments: o.attachment ? [{ filename: o.attachment.filename, content: Buffer.from(o.attachment.content), contentType: o.attachment.contentType }] : [],
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const raw = await composer.compile().build();
  return { raw: new Uint8Array(raw), messageId, subject };
}

/** Who the reminder goes to: the debtor when detection names one, else the other side of the newest real message. */
export function replyRecipients(thread: Thread, me: string, counterparty: Address | null): Address[] {
  if (counterparty) return [counterparty];
  const meLc = me.toLowerCase();
  const last = [...thread.messages].reverse().find((m) => m.origin === 'message');
  if (!last) return [];
  if (last.from && last.from.address !== meLc) return [last.from];
  return last.to.filter((a) => a.address !== meLc);
}

/** The invoice to attach: a PDF or XML whose name carries the invoice number, else the first PDF the owner sent. */
export function originalInvoice(thread: Thread, me: string, invoice: string | undefined): Attachment | null {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const key = invoice ? norm(invoice) : '';
  const docs = thread.messages.flatMap((m) => m.attachments.map((a) => ({ a, mine: m.from?.address === me.toLowerCase() })))
    .filter(({ a }) => /pdf|xml/i.test(a.contentType) || /\.(pdf|xml)$/i.test(a.filename));
  return docs.find(({ a }) => key && norm(a.filename).includes(key))?.a ?? docs.find(({ mine }) => mine)?.a ?? docs[0]?.a ?? null;
}
