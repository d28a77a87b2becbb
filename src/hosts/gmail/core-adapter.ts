/**
 * TEMPORARY adapter: the one place where the Gmail host meets the core engine. The core's mail parser,
 * detector, stage planner, penalty law and letter renderer are being written in parallel; until each lands
 * in src/core/index.ts, this file holds a crude stand-in with the same signature. Nothing else in
 * src/hosts/gmail imports the core's engine functions directly, so swapping is one file.
 */
import PostalMime from 'postal-mime';
import type {
  Cents, DebtorCase, ExtractedInvoice, IsoDate, Lang, Penalties, ReminderSent, Result, Settings, Stage, StepId, Thread,
} from '../../core';
import { addDays, daysBetween, parisDay, roundHalfUp } from '../../core';
import { findMarkers, markerFromHeaders } from '../../core/markers';

export interface Letter { subject: string; html: string; text: string; tier: number }

export interface AnalyseOptions {
  me: string;
  on: IsoDate;
  settings: Settings;
  /** Reminders this user created with Relance in this thread (local history). */
  history: ReminderSent[];
  documents: ExtractedInvoice[];
}

/** One raw RFC 5322 message (a Gmail API message fetched with format 'raw') → a one-message thread. */
export async function parseMessage(raw: Uint8Array): Promise<Result<Thread>> {
  try {
    const m = await PostalMime.parse(raw);
    const sentAt = m.date ? new Date(m.date) : null;
    const headers: Record<string, string> = {};
    for (const h of m.headers) headers[h.key.toLowerCase()] = h.value;
    const addr = (a: { name?: string; address?: string } | undefined) => (a?.address ? { name: a.name ?? '', address: a.address.toLowerCase() } : null);
    const message = {
      id: m.messageId ?? `gen:${m.subject ?? ''}:${m.date ?? ''}`,
      origin: 'message' as const,
      from: addr(m.from as { name?: string; address?: string } | undefined),
      to: (m.to ?? []).map((a) => addr(a as { name?: string; address?: string })).filter((a) => a !== null),
      cc: (m.cc ?? []).map((a) => addr(a as { name?: string; address?: string })).filter((a) => a !== null),
      sentAt: sentAt && !Number.isNaN(sentAt.getTime()) ? sentAt.toISOString() : null,
      day: sentAt ? parisDay(sentAt) : null,
      subject: m.subject ?? '',
      text: m.text ?? '',
      headers,
      attachments: m.attachments.map((a) => ({
        filename: a.filename ?? 'attachment', contentType: a.mimeType,
        content: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content),
      })),
    };
    return { ok: true, value: { messages: [message], subject: message.subject } };
  } catch {
    return { ok: false, error: { code: 'unreadable-message' } };
  }
}

export function mergeParts(parts: Thread[]): Thread {
  const messages = parts.flatMap((p) => p.messages).sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? ''));
  return { messages, subject: messages.at(-1)?.subject ?? '' };
}

const INVOICE_RE = /\b((?:FA|F|INV|FAC)[-/ ]?\d{2,4}[-/]\d{2,5}|INV-\d{3,6})\b/i;
const AMOUNT_RE = /(\d{1,3}(?:[ .\u202f\u00a0]\d{3})*(?:,\d{2})|\d+(?:\.\d{2}))\s*(?:€|EUR)/i;
const DUE_RE = /(?:échéance|échue depuis le|due)\D{0,20}(\d{2})\/(\d{2})\/(\d{4})/i;

function cents(s: string): Cents {
  const norm = s.replace(/[ .\u202f\u00a0](?=\d{3})/g, '').replace(',', '.');
  return Math.round(Number(norm) * 100);
}

export function analyse(thread: Thread, o: AnalyseOptions): { case: DebtorCase; stage: Stage } {
  const all = thread.messages.map((m) => `${m.subject}\n${m.text}`).join('\n');
  const number = INVOICE_RE.exec(all)?.[1] ?? o.documents[0]?.number ?? null;
  const amount = AMOUNT_RE.exec(all);
  const due = DUE_RE.exec(all);
  const doc = o.documents[0];
  const dueDate = due ? `${due[3]}-${due[2]}-${due[1]}` : doc?.dueDate ?? null;
  const src = (excerpt: string) => ({ messageId: thread.messages[0]?.id ?? null, excerpt, rule: 'temporary-adapter' });
  const meDomain = o.me.includes('@') ? o.me.split('@')[1]! : o.me.replace(/^@/, '');
  const mine = (a: string | undefined) => !!a && a.endsWith(`@${meDomain}`);
  const reminders: ReminderSent[] = [];
  for (const m of thread.messages) {
    const hit = markerFromHeaders(m.headers) ?? findMarkers(m.subject)[0] ?? null;
    const byWords = /\brelance|reminder|rappel\b/i.test(m.subject + m.text);
    if (mine(m.from?.address) && (hit || (byWords && dueDate && m.day && m.day > dueDate))) {
      reminders.push({ messageId: m.id, day: m.day, tier: hit?.tier ?? null, invoices: [], source: src(m.subject) });
    }
  }
  for (const h of o.history) if (!reminders.some((r) => r.messageId === h.messageId)) reminders.push(h);
  const other = thread.messages.map((m) => m.from).find((f) => f && !mine(f.address)) ?? thread.messages[0]?.to[0] ?? null;
  const invoices = number ? [{
    number, total: null, currency: { value: 'EUR', source: src('EUR') },
    amountDue: amount ? { value: cents(amount[1]!), source: src(amount[0]) } : doc?.amountDue != null ? { value: doc.amountDue, source: src('pdf') } : null,
    issueDate: null, dueDate: dueDate ? { value: dueDate, source: src(due?.[0] ?? 'pdf') } : null, mentions: [src(number)],
  }] : [];
  const debtorCase: DebtorCase = { debtor: invoices.length > 0, why: [], owner: o.me, counterparty: other, invoices, reminders, signals: [], lang: 'fr' };
  return { case: debtorCase, stage: planStage(debtorCase, o.on, o.settings) };
}

export function planStage(c: DebtorCase, on: IsoDate, s: Settings): Stage {
  const due = c.invoices[0]?.dueDate?.value ?? null;
  const sent = c.reminders.length;
  if (!c.debtor) return { nextStep: 'none', nextStepOn: null, daysOverdue: null, remindersSent: sent, blockedBy: [] };
  const steps: StepId[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];
  const offsets = [s.cadence.reminder1, s.cadence.reminder2, s.cadence.reminder3, s.cadence.formalNotice];
  const i = Math.min(sent, 3);
  return {
    nextStep: steps[i]!, nextStepOn: due ? addDays(due, offsets[i]!) : null,
    daysOverdue: due ? daysBetween(due, on) : null, remindersSent: sent, blockedBy: [],
  };
}

/** Crude stand-in: legal rate 10.15 % flat, 40 EUR indemnity. The real law module replaces it. */
export function penalties(principal: Cents, dueDate: IsoDate, on: IsoDate): Result<Penalties> {
  const days = Math.max(0, daysBetween(dueDate, on));
  const rate = 1015;
  const interest = roundHalfUp(BigInt(principal) * BigInt(rate) * BigInt(days), 3650000n);
  return { ok: true, value: {
    principal, dueDate, on, daysLate: days, debtor: 'business',
    segments: [{ from: addDays(dueDate, 1), to: on, days, rate, interest, rateBasis: { code: 'temporary' } }],
    interest, indemnity: 4000, total: principal + interest + 4000, articles: ['L441-10', 'D441-5'],
  } };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function letter(o: { case: DebtorCase; stage: Stage; settings: Settings; on: IsoDate; tier: number; lang: Lang }): Result<Letter> {
  const inv = o.case.invoices[0];
  if (!inv) return { ok: false, error: { code: 'no-invoice' } };
  const fr = o.lang === 'fr';
  const lines = fr
    ? [`Bonjour,`, `Sauf erreur de notre part, la facture ${inv.number} reste impayée à ce jour.`, `Merci de procéder à son règlement.`, o.settings.company.signature || o.settings.company.name]
    : [`Hello,`, `Unless we are mistaken, invoice ${inv.number} is still unpaid.`, `Please arrange payment.`, o.settings.company.signature || o.settings.company.name];
  const text = lines.filter(Boolean).join('\n\n');
  return { ok: true, value: {
    subject: fr ? `Relance n°${o.tier} – facture ${inv.number}` : `Reminder ${o.tier} – invoice ${inv.number}`,
    html: lines.filter(Boolean).map((l) => `<p>${esc(l)}</p>`).join(''), text, tier: o.tier,
  } };
}

export async function extractInvoice(_bytes: Uint8Array, _filename: string): Promise<Result<ExtractedInvoice>> {
  return { ok: false, error: { code: 'einvoice-not-available' } };
}
