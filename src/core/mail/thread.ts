/**
 * Builds a Thread from the real messages a host can read: each one's text is split into what it
 * adds and the earlier messages it quotes; recovered messages are merged with the real ones (the
 * same message seen real and quoted keeps the real one), named senders without an address get the
 * address the thread shows for that name, and everything is ordered oldest first.
 */
import type { Address, Attachment, Message, Thread } from '../model';
import { parisDay } from '../util/dates';
import { htmlToText } from './html-to-text';
import { splitQuoted, type QuotedBlock } from './quoted/split';

/** What a host can read of one real message. */
export interface MessageParts {
  /** Message-ID (or the host's id) of the message. */
  id: string;
  subject: string;
  from: Address | null;
  to: Address[];
  cc: Address[];
  /** ISO 8601 instant. */
  sentAt: string | null;
  html?: string;
  text?: string;
  /** Lower-cased header names → value. */
  headers?: Record<string, string>;
  attachments?: Attachment[];
}

interface Entry { msg: Message; real: boolean; key: number | null; norm: string; container: number }

/**
 * @example threadFromParts([{ id: '<a@b>', subject: 'RE: Facture', from: { name: 'Léa', address: 'lea@x.fr' },
 *   to: [], cc: [], sentAt: '2025-03-21T09:14:21Z', text: 'Relance.\n\nLe 13/02/2025 à 16:42, Léa a écrit :\n> Facture.' }])
 * // → 2 messages: the quoted one (day '2025-02-13', origin 'quoted') then the real one
 */
export function threadFromParts(parts: MessageParts[]): Thread {
  const entries: Entry[] = [];
  parts.forEach((p, index) => {
    const { own, quoted } = splitQuoted(bodyText(p.text, p.html));
    const sent = p.sentAt ? parisDay(new Date(p.sentAt)) : null;
    for (const q of quoted) if (q.from) entries.push(quotedEntry(plausible(q, sent), index));
    const msg: Message = {
      id: p.id, origin: 'message', from: lower(p.from), to: p.to.map(lower).filter(isAddr), cc: p.cc.map(lower).filter(isAddr),
      sentAt: p.sentAt, day: sent, subject: p.subject, text: own,
      headers: p.headers ?? {}, attachments: p.attachments ?? [],
    };
    entries.push({ msg, real: true, key: instant(msg), norm: normalize(own), container: index });
  });
  resolveNames(entries);
  const kept = dedupe(entries);
  order(kept);
  let n = 0;
  for (const e of kept) if (!e.real) e.msg.id = `q:${++n}`;
  const messages = kept.map((e) => e.msg);
  const newest = [...kept].reverse().find((e) => e.real);
  return { messages, subject: newest?.msg.subject ?? messages[messages.length - 1]?.subject ?? '' };
}

/** text/plain when it is faithful, else the HTML's text. */
export function bodyText(text: string | undefined, html: string | undefined): string {
  const t = text && text.trim() ? text : '';
  if (!html) return t;
  if (!t) return htmlToText(html);
  if (t.length * 3 < html.length) {
    const h = htmlToText(html);
    if (t.trim().length * 2 < h.length) return h;
  }
  return t;
}

/** A quoted date after the message quoting it is misread: take the other reading of 03/04 when it fits. */
function plausible(q: QuotedBlock, containerDay: string | null): QuotedBlock {
  const alt = q.otherReading;
  if (!containerDay || !q.day || !alt || q.day <= containerDay || alt.day > containerDay) return q;
  return { ...q, day: alt.day, sentAt: alt.sentAt, otherReading: null };
}

function quotedEntry(q: QuotedBlock, container: number): Entry {
  const msg: Message = {
    id: '', origin: q.origin, from: lower(q.from), to: q.to.map(lower).filter(isAddr), cc: q.cc.map(lower).filter(isAddr),
    sentAt: q.sentAt, day: q.day, subject: q.subject ?? '', text: q.text, headers: {}, attachments: [],
  };
  return { msg, real: false, key: instant(msg), norm: normalize(q.text), container };
}

function lower(a: Address | null): Address | null {
  return a ? { name: a.name, address: a.address.toLowerCase() } : null;
}
function isAddr(a: Address | null): a is Address { return a !== null; }

function instant(m: Message): number | null {
  if (m.sentAt) { const t = Date.parse(m.sentAt); if (!Number.isNaN(t)) return t; }
  return m.day ? Date.parse(m.day + 'T00:00:00Z') : null;
}

/** The first 80 letters and digits of the first 400 characters, lower case: what tells two copies apart. */
export function normalize(text: string): string {
  // Most texts give 80 within their first 120 characters: the same letters in the same order. Lower-casing
  // reads no context but for a capital sigma (final or not, by what follows, maybe past the cut): not then.
  if (text.length > 120) {
    const cut = text.slice(0, 120);
    const head = cut.indexOf('Σ') < 0 ? lettersOf(cut) : '';
    if (head.length > 80) return head.slice(0, 80);
  }
  return lettersOf(text.slice(0, 400)).slice(0, 80);
}
const lettersOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const nameKey = (name: string) => name.toLowerCase().replace(/["'«»]/g, '').replace(/\s+/g, ' ').trim();

function resolveNames(entries: Entry[]): void {
  const byName = new Map<string, string>();
  for (const e of entries) for (const a of [e.msg.from, ...e.msg.to, ...e.msg.cc]) {
    if (a && a.address && a.name && !byName.has(nameKey(a.name))) byName.set(nameKey(a.name), a.address);
  }
  for (const e of entries) {
    const f = e.msg.from;
    if (f && !f.address) f.address = byName.get(nameKey(f.name)) ?? '';
  }
}

function sameSender(a: Address | null, b: Address | null): boolean {
  if (!a || !b) return false;
  if (a.address && b.address) return a.address === b.address;
  return !!a.name && nameKey(a.name) === nameKey(b.name);
}

function sameMessage(a: Entry, b: Entry): boolean {
  if (!sameSender(a.msg.from, b.msg.from)) return false;
  const da = a.msg.day, db = b.msg.day;
  if (da && db && Math.abs(Date.parse(da) - Date.parse(db)) > 86_400_000) return false;
  const len = Math.min(a.norm.length, b.norm.length, 80);
  return a.norm.slice(0, len) === b.norm.slice(0, len);
}

/** Drops recovered messages seen real or recovered already (keeping the fuller recovered copy). */
function dedupe(entries: Entry[]): Entry[] {
  const real = entries.filter((e) => e.real);
  const kept: Entry[] = [];
  for (const e of entries) {
    if (e.real) { kept.push(e); continue; }
    if (real.some((r) => sameMessage(r, e))) continue;
    const twin = kept.findIndex((k) => !k.real && sameMessage(k, e));
    if (twin < 0) { kept.push(e); continue; }
    const k = kept[twin]!;
    if (richness(e) > richness(k)) kept[twin] = e;
  }
  return kept;
}

function richness(e: Entry): number {
  return (e.msg.sentAt ? 4 : 0) + (e.msg.subject ? 2 : 0) + (e.msg.to.length ? 1 : 0) + (e.msg.from?.address ? 8 : 0);
}

/** Oldest first; a recovered message never sorts after the message that quotes it. */
function order(entries: Entry[]): void {
  const realKey = new Map<number, number | null>();
  for (const e of entries) if (e.real) realKey.set(e.container, e.key);
  let next: number | null = null;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    const cap = e.real ? null : realKey.get(e.container) ?? null;
    if (e.key === null) e.key = next;
    else if (cap !== null && e.key > cap) e.key = cap;
    next = e.key;
  }
  const pos = new Map(entries.map((e, i) => [e, i]));
  entries.sort((a, b) => (a.key ?? Infinity) - (b.key ?? Infinity) || pos.get(a)! - pos.get(b)!);
}
