/**
 * The view every rule reads: the owner (an address or `@domain`; its side is the whole domain), and
 * each message with the side it comes from. A message between two addresses of the owner's domain
 * (a colleague, an internal forward) is internal: it neither claims nor acknowledges anything.
 */
import type { Address, ExtractedInvoice, IsoDate, LedgerRow, Message, Thread } from '../model';
import { fold, mayMatter, normalizeText, toUnits } from './text/units';

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
  /**
   * Owner's side writing to the owner's side only, to a third company only, or in a message it later
   * takes back: it neither claims nor acknowledges anything.
   */
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

/**
 * The correspondent's domain: the newest sender outside the owner's side who wrote to the owner; else
 * where the owner's messages went most often (outside its domain). Empty when the thread does not say.
 */
function counterpartyDomain(thread: Thread, owner: Owner): string {
  for (let i = thread.messages.length - 1; i >= 0; i--) {
    const m = thread.messages[i]!;
    if (m.from?.address && !isOwnerAddress(owner, m.from) && m.to.some((a) => isOwnerAddress(owner, a))) return domainOf(m.from.address);
  }
  const counts = new Map<string, number>();
  for (const m of thread.messages) {
    if (!isOwnerAddress(owner, m.from)) continue;
    for (const d of new Set([...m.to, ...m.cc].filter((a) => a.address && !isOwnerAddress(owner, a)).map((a) => domainOf(a.address)))) {
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  let best = '', most = 0;
  for (const [d, n] of counts) if (n >= most) { best = d; most = n; }
  return best;
}

// A message the owner sent to the wrong person: "please disregard my previous email, which was meant for my
// colleague", "ce message ne vous était pas destiné", "envoyé par erreur". (Not "ne pas tenir compte de notre
// précédent courriel" once paid: that reminder was right when sent.)
const TAKES_BACK = /\b(?:was|were)\s+meant\s+for\s+(?:someone\s+else|somebody\s+else|my\s+colleague|a\s+colleague|another)\b|\bsent\s+(?:to\s+you\s+)?(?:in\s+error|by\s+mistake)\b|\bne\s+vous\s+(?:etait|etaient)\s+pas\s+destinee?s?\b|\benvoyee?s?\s+(?:a\s+tort|par\s+erreur)\b|\b(?:wrong|mauvais)\s+(?:recipient|destinataire|person)\b/;

/** `units: false` leaves every message uncut (no units): who wrote what only. */
export function buildContext(thread: Thread, options: DetectOptions, { units = true }: { units?: boolean } = {}): DetectContext {
  const owner = resolveOwner(thread, options.me);
  // With no gate word anywhere, no message is cut into sentences: the rules then read subjects (and
  // markers) only. The raw-bytes prefilter (prefilter.ts) relies on it; a rule reading bodies without a
  // gate word must change both, and their tests.
  const relevant = units && thread.messages.some((m) => mayMatter(m.subject) || mayMatter(m.text));
  const counterparty = counterpartyDomain(thread, owner);
  const forCounterparty = (a: Address) => !!counterparty && domainOf(a.address) === counterparty;
  // The owner's messages it later takes back ("please disregard my previous email"): its previous one.
  const takenBack = new Set<number>();
  thread.messages.forEach((m, i) => {
    if (!isOwnerAddress(owner, m.from) || !TAKES_BACK.test(fold(m.text))) return;
    for (let j = i - 1; j >= 0; j--) if (isOwnerAddress(owner, thread.messages[j]!.from)) { takenBack.add(j); break; }
  });
  const messages = thread.messages.map((message, index): MessageView => {
    const recipients = [...message.to, ...message.cc].filter((a) => a.address);
    // Someone outside both companies writing to the correspondent with the owner in copy writes for the
    // owner (the manager from a personal address, a collection agency).
    const forOwner = !!message.from?.address && !isOwnerAddress(owner, message.from) && domainOf(message.from.address) !== counterparty
      && message.to.some(forCounterparty) && recipients.some((a) => isOwnerAddress(owner, a));
    const side: Side = !message.from?.address ? 'unknown' : isOwnerAddress(owner, message.from) || forOwner ? 'owner' : 'other';
    // Internal: to the owner's side only; also, like it, claiming nothing from the correspondent: a message
    // the owner sent to a third company only, or took back later.
    const internal = side === 'owner' && ((recipients.length > 0 && recipients.every((a) => isOwnerAddress(owner, a)))
      || (!!counterparty && recipients.length > 0 && !recipients.some((a) => isOwnerAddress(owner, a) || forCounterparty(a)))
      || takenBack.has(index));
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
