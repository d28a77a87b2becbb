/**
 * The view every rule reads: the owner (an address or `@domain`; its side is the whole domain), and
 * each message with the side it comes from. A message between two addresses of the owner's domain
 * (a colleague, an internal forward) is internal: it neither claims nor acknowledges anything.
 */
import type { Address, ExtractedInvoice, IsoDate, LedgerRow, Message, Thread } from '../model';
import { mayMatter, normalizeText, toUnits } from './text/units';

export type Side = 'owner' | 'other' | 'unknown';

export interface Owner {
  /** As given (`a@b.fr` or `@b.fr`), or the default (recipient of the newest message). */
  raw: string;
  domain: string;
}

export interface MessageView {
  message: Message;
  index: number;
  side: Side;
  /** Owner's side writing to the owner's side only. */
  internal: boolean;
  day: IsoDate | null;
  /** Subject without Re:/TR:/Fwd: prefixes. */
  subject: string;
  /** True when the subject carried a reply or forward prefix (its words were written by someone earlier). */
  inheritedSubject: boolean;
  text: string;
  units: string[];
}

export interface HistoryEntry { invoice: string; tier: number; day: IsoDate }

export interface DetectOptions {
  /** The mailbox owner: an address or `@domain`. Default: the recipient of the newest message. */
  me?: string;
  /** Today (the as-of date). */
  on: IsoDate;
  /** Facts of attached (e-)invoices, from `extractInvoice`. */
  documents?: ExtractedInvoice[];
  /** Open receivables from the user's ledger. */
  ledger?: LedgerRow[];
  /** Reminders Relance inserted before (local history). */
  history?: HistoryEntry[];
  /** "45 jours fin de mois": add then end of month (default) or end of month then add. */
  endOfMonth?: 'add-then-eom' | 'eom-then-add';
}

export interface DetectContext {
  owner: Owner;
  on: IsoDate;
  messages: MessageView[];
  options: DetectOptions;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).trim().toLowerCase() : '';
}

export function resolveOwner(thread: Thread, me: string | undefined): Owner {
  const given = me?.trim();
  if (given) return { raw: given, domain: domainOf(given.includes('@') ? given : `@${given}`) };
  const newest = thread.messages[thread.messages.length - 1];
  const to = newest?.to.find((a) => a.address)?.address ?? '';
  return { raw: to, domain: domainOf(to) };
}

export function isOwnerAddress(owner: Owner, a: Address | null | undefined): boolean {
  if (!a?.address || !owner.domain) return false;
  const d = domainOf(a.address);
  return d === owner.domain || d.endsWith(`.${owner.domain}`);
}

const PREFIX = /^\s*(?:(?:re|r[ée]f|tr|fwd?|aw|wg|sv|antw|rif)\s*(?:\[\d+\])?\s*:\s*)+/i;

export function buildContext(thread: Thread, options: DetectOptions): DetectContext {
  const owner = resolveOwner(thread, options.me);
  const relevant = thread.messages.some((m) => mayMatter(m.subject) || mayMatter(m.text));
  const messages = thread.messages.map((message, index): MessageView => {
    const side: Side = !message.from?.address ? 'unknown' : isOwnerAddress(owner, message.from) ? 'owner' : 'other';
    const recipients = [...message.to, ...message.cc].filter((a) => a.address);
    const internal = side === 'owner' && recipients.length > 0 && recipients.every((a) => isOwnerAddress(owner, a));
    const subject = normalizeText(message.subject ?? '');
    const stripped = subject.replace(PREFIX, '');
    return {
      message, index, side, internal, day: message.day,
      subject: stripped, inheritedSubject: stripped !== subject.trim(),
      text: message.text, units: relevant ? toUnits(message.text) : [],
    };
  });
  return { owner, on: options.on, messages, options };
}

/** Messages the owner's side sent outside (claims, reminders). */
export const ownerOut = (m: MessageView) => m.side === 'owner' && !m.internal;
/** Messages written by the correspondent (the debtor when there is one). */
export const fromOther = (m: MessageView) => m.side === 'other';
