/**
 * TEMPORARY stand-ins for core functions that have not landed yet (detectCase, planStage, draftLetter,
 * parseLedgerCsv). Same names and shapes as announced for src/core; crude on purpose. Delete each one
 * as its real counterpart is exported from src/core/index.ts (engine/index.ts is the only importer).
 * draftLetter has landed (src/core/letters) and is used directly.
 */
import {
  DEFAULT_CADENCE, addDays, compareDates, daysBetween, findMarkers, markerFromHeaders, parseDecimal,
  type Cadence, type DebtorCase, type IsoDate, type LedgerRow, type ReminderSent, type InvoiceFacts, type Signal, type Stage, type StepId, type Thread,
} from '../core';
import type { ReminderRecord } from '../store/types';

const NUMBER_RE = /\b((?:FA|FAC|F|INV)[-/]?\d{2,4}[-/]\d{1,6})\b/gi;
const AMOUNT_RE = /(\d{1,3}(?:[ \u00a0\u202f.]\d{3})*,\d{2})\s?(?:€|EUR)/i;
const DUE_RE = /(?:échéance|échue? le|due(?: on| date)?|payable le)\D{0,12}(\d{2})\/(\d{2})\/(\d{4})/i;
const SIGNALS: [Signal['kind'], RegExp][] = [
  ['paid', /virement (?:a été )?effectué|nous avons (?:réglé|payé)|payment (?:has been )?(?:made|sent)|we (?:have )?paid/i],
  ['promise', /(?:virement|paiement|règlement) (?:partira|sera fait|sera effectué)|nous (?:réglerons|paierons)|will (?:pay|transfer)/i],
  ['dispute', /contest|pas reçu|jamais reçu|litige|dispute|not received/i],
];

export function detectCase(thread: Thread, o: { me: string; on: IsoDate; ledger?: LedgerRow[]; history?: ReminderRecord[] }): DebtorCase {
  const all = thread.messages.map((m) => `${m.subject}\n${m.text}`).join('\n');
  const numbers = [...new Set([...all.matchAll(NUMBER_RE)].map((m) => m[1]!.toUpperCase()))];
  const mine = (addr: string | undefined) => !!addr && (o.me.startsWith('@') ? addr.endsWith(o.me) : addr === o.me);
  const invoices = numbers.map((number): InvoiceFacts => {
    const where = thread.messages.find((m) => m.text.includes(number) || m.subject.toUpperCase().includes(number));
    const ev = (excerpt: string) => ({ messageId: where?.id ?? null, excerpt, rule: 'temporary' });
    const amount = all.match(AMOUNT_RE); const due = all.match(DUE_RE);
    const ledger = o.ledger?.find((r) => r.invoice.toUpperCase() === number);
    const parsed = amount ? parseDecimal(amount[1]!.replace(/[ \u00a0\u202f.]/g, '').replace(',', '.')) : null;
    const cents = ledger ? ledger.amountDue : parsed?.ok ? parsed.value : null;
    const dueDate = ledger?.dueDate ?? (due ? `${due[3]}-${due[2]}-${due[1]}` : null);
    return { number, total: null, currency: { value: 'EUR', source: ev('EUR') }, issueDate: null, mentions: [ev(number)],
      amountDue: cents === null ? null : { value: cents, source: ev(ledger ? `ledger line ${ledger.line}` : amount![0]) },
      dueDate: dueDate ? { value: dueDate, source: ev(due?.[0] ?? `ledger line ${ledger?.line}`) } : null };
  });
  const firstDue = invoices.map((i) => i.dueDate?.value).filter((d): d is string => !!d).sort()[0] ?? null;
  const reminders: ReminderSent[] = thread.messages.flatMap((m): ReminderSent[] => {
    const hit = mine(m.from?.address) ? markerFromHeaders(m.headers) ?? findMarkers(`${m.subject}\n${m.text}`)[0] ?? null : null;
    const byHand = /relance|rappel|reminder/i.test(m.subject + m.text) && mine(m.from?.address) && firstDue && m.day && compareDates(m.day, firstDue) > 0;
    return hit || byHand ? [{ messageId: m.id, day: m.day, tier: hit?.tier ?? null, invoices: hit?.invoices ?? [], source: { messageId: m.id, excerpt: hit?.text ?? m.subject, rule: 'temporary' } }] : [];
  });
  for (const h of o.history ?? []) if (numbers.includes(h.invoice.toUpperCase()) && !reminders.some((r) => r.day === h.day && r.tier === h.tier)) {
    reminders.push({ messageId: `history:${h.day}`, day: h.day, tier: h.tier, invoices: [h.invoice], source: { messageId: null, excerpt: h.subject, rule: 'local-history' } });
  }
  const signals: Signal[] = [];
  for (const m of thread.messages) if (!mine(m.from?.address)) for (const [kind, re] of SIGNALS) {
    const hit = m.text.split(/(?<=[.!?])\s+|\n/).find((s) => re.test(s));
    if (hit) signals.push({ kind, messageId: m.id, day: m.day, active: true, evidence: { messageId: m.id, excerpt: hit.trim(), rule: 'temporary' } });
  }
  const counterparty = thread.messages.map((m) => m.from).find((a) => a && !mine(a.address)) ?? null;
  return { debtor: invoices.length > 0 && !signals.some((s) => s.kind === 'paid'), why: [], owner: o.me, counterparty, invoices, reminders, signals,
    lang: /\b(facture|bonjour|cordialement)\b/i.test(all) ? 'fr' : 'en' };
}

export function planStage(c: DebtorCase, o: { on: IsoDate; cadence?: Cadence }): Stage {
  const cadence = o.cadence ?? DEFAULT_CADENCE;
  const due = c.invoices.map((i) => i.dueDate?.value).filter((d): d is string => !!d).sort()[0] ?? null;
  const sent = c.reminders.length;
  const blockedBy = c.signals.filter((s) => s.active && s.kind !== 'paid');
  const daysOverdue = due ? daysBetween(due, o.on) : null;
  if (!c.debtor) return { nextStep: 'none', nextStepOn: null, daysOverdue, remindersSent: sent, blockedBy: [] };
  if (blockedBy.length) return { nextStep: 'wait', nextStepOn: null, daysOverdue, remindersSent: sent, blockedBy };
  const steps: [StepId, number][] = [['reminder-1', cadence.reminder1], ['reminder-2', cadence.reminder2], ['reminder-3', cadence.reminder3], ['formal-notice', cadence.formalNotice]];
  const [step, offset] = steps[Math.min(sent, 3)]!;
  return { nextStep: step, nextStepOn: due ? addDays(due, offset) : null, daysOverdue, remindersSent: sent, blockedBy: [] };
}

