/**
 * Signals from the debtor's replies (promise, paid, dispute, payment-plan) and the owner's receipts,
 * each with its message and sentence, and whether it still holds: a promise stops holding when a later
 * reminder follows it, when payment follows, when the debtor later takes it back ("le virement ne pourra
 * pas partir"), or a week after its date has passed; a dispute when the
 * debtor later promises or pays, or the owner answers with a credit note or corrected invoice (or, for an
 * invoice never received, sends it again or the debtor acknowledges it); a payment
 * announcement when the owner reminds again afterwards.
 */
import type { InvoiceFacts, ReminderSent, Signal, SignalKind } from '../model';
import { addDays } from '../util';
import type { DetectContext, MessageView } from './context';
import { fromOther, ownerOut } from './context';
import { ev } from './invoices';
import { promises, promisedDate, withdrawsPromise } from './rules/promise';
import { paymentStatement } from './rules/paid';
import { acknowledgesReceipt, disputes, notReceived, resendsInvoice } from './rules/dispute';
import { asksPlan } from './rules/payment-plan';
import { findInvoiceNumbers, sameNumber } from './rules/invoice-number';
import { fold } from './text/units';
import { findDates } from './text/dates';

export const PROMISE_GRACE_DAYS = 7;

function signal(kind: SignalKind, v: MessageView, unit: string, rule: string, promisedFor?: string | null): Signal {
  return { kind, messageId: v.message.id, day: v.day, active: true, evidence: ev(v, unit, rule), ...(promisedFor !== undefined ? { promisedFor } : {}) };
}

/** Signals written by the correspondent, one per kind and message. */
export function debtorSignals(v: MessageView): Signal[] {
  const out: Signal[] = [];
  const has = (k: SignalKind) => out.some((s) => s.kind === k);
  v.units.forEach((u, i) => {
    if (!has('dispute') && disputes(u)) out.push(signal('dispute', v, u, 'dispute'));
    if (!has('payment-plan') && asksPlan(u)) out.push(signal('payment-plan', v, u, 'payment-plan'));
    if (!has('paid') && paymentStatement(u) === 'payer') out.push(signal('paid', v, u, 'paid'));
    if (!has('promise') && promises(u)) out.push(signal('promise', v, u, 'promise', promisedDate(v.units, i, v.day)));
  });
  const plan = out.find((s) => s.kind === 'payment-plan');
  if (plan && !has('promise')) {
    const i = v.units.indexOf(plan.evidence.excerpt);
    // A plan holds until its last instalment: "en trois virements : aujourd'hui, le 28 février et le 31 mars".
    const dates = v.units.slice(i).map((u) => findDates(u, v.day).filter((d) => !v.day || d.date >= v.day).map((d) => d.date)).find((ds) => ds.length);
    const date = dates ? dates.sort()[dates.length - 1]! : null;
    if (date) out.push(signal('promise', v, plan.evidence.excerpt, 'payment-plan', date));
  }
  // A promise inside a contesting message is a condition ("we'll pay once corrected"), not a commitment;
  // one beside "we may no longer pay" concerns something else ("later services will be paid as usual").
  return has('dispute') || v.units.some(withdrawsPromise) ? out.filter((s) => s.kind !== 'promise') : out;
}

export function findSignals(ctx: DetectContext, invoices: InvoiceFacts[], reminders: ReminderSent[]): Signal[] {
  const signals: Signal[] = [];
  for (const v of ctx.messages) {
    if (fromOther(v)) signals.push(...debtorSignals(v));
    else if (ownerOut(v)) {
      const u = v.units.find((x) => paymentStatement(x) === 'payee');
      if (!u) continue;
      // The invoices the receipt names: with "invoice" before the number, or any number already known.
      const named = [...findInvoiceNumbers(u).map((h) => h.number), ...invoices.filter((inv) => u.toUpperCase().includes(inv.number.toUpperCase())).map((inv) => inv.number)];
      const coversAll = named.length === 0 || invoices.every((inv) => named.some((n) => sameNumber(n, inv.number)));
      if (coversAll && invoices.length > 0) signals.push(signal('paid', v, u, 'paid'));
    }
  }
  const indexOf = new Map(ctx.messages.map((m) => [m.message.id, m.index]));
  const at = (id: string | null) => (id === null ? -1 : indexOf.get(id) ?? -1);
  const later = (s: Signal, pred: (v: MessageView) => boolean) => ctx.messages.some((m) => m.index > at(s.messageId) && pred(m));
  const reminderAfter = (s: Signal) => reminders.some((r) => (r.messageId && at(r.messageId) > at(s.messageId)) || (!r.messageId && s.day !== null && r.day !== null && r.day > s.day));
  const paidAfter = (s: Signal) => signals.some((o) => o.kind === 'paid' && at(o.messageId) > at(s.messageId));
  const CORRECTION = /\b(?:avoir|factures? rectificatives?|rectifiee?s?|corrigee?s?|nouvelle facture|corrected invoice|credit note|revised invoice|re-?issued invoice|amended invoice|updated invoice)\b/;
  for (const s of signals) {
    if (s.kind === 'promise' || s.kind === 'payment-plan') {
      const lapsed = s.promisedFor ? addDays(s.promisedFor, PROMISE_GRACE_DAYS) < ctx.on : false;
      const withdrawn = later(s, (m) => fromOther(m) && m.units.some(withdrawsPromise));
      s.active = !reminderAfter(s) && !paidAfter(s) && !lapsed && !withdrawn;
    } else if (s.kind === 'dispute') {
      s.active = !signals.some((o) => (o.kind === 'promise' || o.kind === 'paid') && at(o.messageId) > at(s.messageId))
        && !later(s, (m) => ownerOut(m) && CORRECTION.test(fold(m.text)))
        && !(notReceived(s.evidence.excerpt) && later(s, (m) => (ownerOut(m) && resendsInvoice(m.text)) || (fromOther(m) && acknowledgesReceipt(m.text))));
    } else if (s.kind === 'paid') {
      s.active = !reminderAfter(s);
    }
  }
  return signals;
}
