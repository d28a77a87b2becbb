/**
 * Reminders already sent: messages from the owner's side to the outside, after the due date, that ask
 * for payment. Relance's markers (headers, subject tag, footer) are read first and are certain; then the
 * wording (or the file name of an attached letter, or, after earlier reminders, "ci-joint notre courrier"
 * with a letter attached); then the local history of what Relance inserted (matched to found messages by day).
 * The message that sends the invoice and courtesy notices before the due date do not count.
 */
import type { InvoiceFacts, IsoDate, ReminderSent } from '../model';
import type { DetectContext, HistoryEntry, MessageView } from './context';
import { ownerOut } from './context';
import { ev } from './invoices';
import { markerOf } from './rules/relance-marker';
import { asksForPayment, attachmentAsks, requestTier } from './rules/payment-request';
import { findInvoiceNumbers, sameNumber } from './rules/invoice-number';
import { fold } from './text/units';

function dueFor(v: MessageView, invoices: InvoiceFacts[]): IsoDate | null {
  const named = [...findInvoiceNumbers(v.subject), ...v.units.flatMap((u) => findInvoiceNumbers(u))].map((h) => h.number);
  const concerned = invoices.filter((i) => named.some((n) => sameNumber(n, i.number)));
  const dues = (concerned.length ? concerned : invoices).map((i) => i.dueDate?.value).filter((d): d is IsoDate => !!d);
  return dues.length ? dues.sort()[0]! : null;
}

function namedInvoices(v: MessageView, invoices: InvoiceFacts[]): string[] {
  const text = `${v.subject}\n${v.text}`;
  return invoices.filter((i) => findInvoiceNumbers(text).some((h) => sameNumber(h.number, i.number))).map((i) => i.number);
}

const LETTER_ATTACHED = /\b(?:ci-joint|ci-jointe|en piece jointe|veuillez trouver)\b[^.]{0,40}\b(?:notre|mon|le) (?:courrier|lettre)\b|\b(?:please find |attached (?:is )?|enclosed (?:is )?)(?:attached |enclosed )?(?:our|my) letter\b/;

export function findReminders(ctx: DetectContext, invoices: InvoiceFacts[], history: HistoryEntry[] = []): ReminderSent[] {
  const out: ReminderSent[] = [];
  for (const v of ctx.messages) {
    if (!ownerOut(v)) continue;
    const marker = markerOf({ subject: v.message.subject, text: v.text, headers: v.message.headers });
    if (marker) {
      out.push({ messageId: v.message.id, day: v.day ?? marker.day, tier: marker.tier, invoices: marker.invoices,
        source: ev(v, marker.text, 'relance-marker') });
      continue;
    }
    // A letter sent as an attachment after earlier reminders ("Veuillez trouver ci-joint notre courrier"): the next reminder.
    const letter = out.length > 0 && v.message.attachments.some((a) => /\.(?:pdf|docx?|odt)$/i.test(a.filename)) && LETTER_ATTACHED.test(fold(v.text))
      ? v.units.find((u) => LETTER_ATTACHED.test(fold(u))) ?? null : null;
    const unit = v.units.find((u) => asksForPayment(u)) ?? (!v.inheritedSubject && asksForPayment(v.subject) ? v.subject : null)
      ?? v.message.attachments.map((a) => a.filename).find(attachmentAsks) ?? letter;
    if (!unit) continue;
    const due = dueFor(v, invoices);
    if (due && v.day && v.day <= due) continue;
    const tier = requestTier(v.text) ?? requestTier(v.subject, !v.inheritedSubject);
    out.push({ messageId: v.message.id, day: v.day, tier, invoices: namedInvoices(v, invoices), source: ev(v, unit, 'payment-request') });
  }
  for (const h of history) {
    // The history names what Relance inserted; the thread may show the same letter as a message. A letter
    // seen that day (same tier, or a message whose tier is unknown) is that one; another tier is another letter.
    if (out.some((r) => r.day === h.day && (r.tier === h.tier || (r.tier === null && r.source.rule !== 'history')))) continue;
    out.push({ messageId: `history:${h.day}`, day: h.day, tier: h.tier, invoices: [h.invoice],
      source: { messageId: null, excerpt: `${h.invoice} · ${h.day}`, rule: 'history' } });
  }
  return out.sort((a, b) => (a.day ?? '').localeCompare(b.day ?? ''));
}
