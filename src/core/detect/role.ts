/**
 * Who owes whom. For the owner (creditor side): its side sent the invoice (not one it says is already
 * paid) or asked for payment, or the
 * correspondent promised, contested or asked for a plan (only a debtor does). Against: the correspondent
 * sent its own invoice or asked the owner to pay, or the owner's side promised or announced a payment.
 * An attached e-invoice whose seller or buyer is the owner's company tells it directly. Internal mail
 * (owner to colleague) counts for neither side; a payment announcement alone never makes a debtor thread.
 */
import type { Evidence, ExtractedInvoice, Signal } from '../model';
import type { DetectContext, MessageView } from './context';
import { fromOther, ownerOut } from './context';
import { ev } from './invoices';
import { SEND_GATE, sendsInvoice } from './rules/invoice-sent';
import { ASK_GATE, asksForPayment } from './rules/payment-request';
import { promises } from './rules/promise';
import { paymentStatement } from './rules/paid';
import { markerOf } from './rules/relance-marker';
import { findAmounts } from './text/money';
import { findInvoiceNumbers, sameNumber } from './rules/invoice-number';
import { unitsMatching } from './text/candidates';
import { fold } from './text/units';

export interface RoleEvidence { forOwner: Evidence[]; against: Evidence[] }

/** What a message from the other side must name for its promise or dispute to acknowledge a debt (folded text). */
export const INVOICE_WORD = /\b(?:factures?|invoices?|facturation|reglement|payment|paiement)\b/;

/** The unit where the writer claims money (sends an invoice or asks for payment), or null. */
export function claimUnit(v: MessageView): string | null {
  const subject = !v.inheritedSubject && (asksForPayment(v.subject) || sendsInvoice(v.subject)) ? v.subject : null;
  const mayAsk = unitsMatching(v.units, ASK_GATE), maySend = unitsMatching(v.units, SEND_GATE);
  return v.units.find((u, i) => (mayAsk[i] && asksForPayment(u)) || (maySend[i] && sendsInvoice(u))) ?? subject;
}

/**
 * An invoice sent already paid ("FACTURE ACQUITTÉE … Réglée le 12/06 par carte"): the message says the
 * payment was received, of every invoice it names, and asks for nothing, so sending it claims no money.
 */
function receipted(v: MessageView): boolean {
  const paidUnits = v.units.filter((u) => paymentStatement(u) === 'payee');
  if (!paidUnits.length || v.units.some((u) => asksForPayment(u)) || (!v.inheritedSubject && asksForPayment(v.subject))) return false;
  // Every invoice the message names is one it says is paid ("bien reçu votre règlement de FA-1, ci-joint FA-2" claims FA-2).
  const paid = paidUnits.flatMap((u) => findInvoiceNumbers(u).map((h) => h.number));
  return v.units.every((u) => findInvoiceNumbers(u).every((h) => paid.some((n) => sameNumber(n, h.number))));
}

function squash(s: string): string {
  return fold(s).replace(/\.[a-z]{2,}$/, '').replace(/\b(?:sas|sarl|sa|ltd|llp|gmbh|ag|inc|llc|eurl|sasu)\b/g, '').replace(/[^a-z0-9]/g, '');
}

export function weighRoles(ctx: DetectContext, hasInvoices: boolean, signals: Signal[], documents: { doc: ExtractedInvoice; view: MessageView | null }[]): RoleEvidence {
  const forOwner: Evidence[] = [];
  const against: Evidence[] = [];
  for (const v of ctx.messages) {
    if (ownerOut(v)) {
      const marker = markerOf({ subject: v.message.subject, text: v.text, headers: v.message.headers });
      const claim = marker ? marker.text : claimUnit(v);
      if (claim && (hasInvoices || findAmounts(v.text).length > 0) && (marker || !receipted(v))) forOwner.push(ev(v, claim, marker ? 'relance-marker' : 'creditor-claim'));
      const pays = v.units.find((u) => promises(u) || paymentStatement(u) === 'payer');
      if (pays) against.push(ev(v, pays, 'owner-pays'));
    } else if (fromOther(v)) {
      const claim = claimUnit(v);
      if (claim) against.push(ev(v, claim, 'other-claims'));
      const ack = signals.find((s) => s.messageId === v.message.id && s.kind !== 'paid');
      if (ack && hasInvoices && INVOICE_WORD.test(fold(v.text + ' ' + v.subject))) forOwner.push({ ...ack.evidence, rule: `debtor-${ack.kind}` });
    }
  }
  const me = squash(ctx.owner.domain.split('.').slice(-2)[0] ?? '');
  for (const { doc, view } of documents) {
    if (!me) continue;
    const src: Evidence = { messageId: view?.message.id ?? null, excerpt: `${doc.number ?? ''} ${doc.seller ?? ''} → ${doc.buyer ?? ''}`, rule: 'e-invoice' };
    if (doc.seller && squash(doc.seller) === me) forOwner.push(src);
    else if (doc.buyer && squash(doc.buyer) === me) against.push(src);
  }
  return { forOwner, against };
}
