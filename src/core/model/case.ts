/** What detection concludes about a thread. */
import type { Address } from './thread';
import type { Cents, Currency, Evidence, Fact, IsoDate, Lang } from './common';

export interface InvoiceFacts {
  /** Invoice number as written (FA-2025-0142, F2025/118, INV-3391…). */
  number: string;
  /** UNTDID 1001 type when known: 380 invoice, 381 credit note… */
  typeCode?: string | null;
  /** Total with tax (TTC) as invoiced. */
  total: Fact<Cents> | null;
  /** Still due, TTC, after partial payments and credit notes. */
  amountDue: Fact<Cents> | null;
  currency: Fact<Currency> | null;
  issueDate: Fact<IsoDate> | null;
  dueDate: Fact<IsoDate> | null;
  /** Every place the number was seen. */
  mentions: Evidence[];
}

/** A payment request sent by the owner's side after the due date. */
export interface ReminderSent {
  messageId: string;
  day: IsoDate | null;
  /** The tier it announced (1, 2, 3; 4 = formal notice) when its wording or marker says; null otherwise. */
  tier: number | null;
  /** Invoice numbers it names (empty = the thread's invoices). */
  invoices: string[];
  source: Evidence;
}

export type SignalKind = 'promise' | 'paid' | 'dispute' | 'payment-plan';

export interface Signal {
  kind: SignalKind;
  messageId: string;
  /** Day of the message that carries it. */
  day: IsoDate | null;
  /** For a promise: the date the debtor committed to, when given. */
  promisedFor?: IsoDate | null;
  /** False when something later in the thread cancels it (a promise past due then a new reminder; a dispute resolved). */
  active: boolean;
  evidence: Evidence;
}

export interface DebtorCase {
  /** True when the correspondent owes the owner (or the company whose books the owner keeps) money. */
  debtor: boolean;
  /** Why it is (or is not) a debtor thread. */
  why: Evidence[];
  /** The mailbox owner as given (`a@b.fr` or `@b.fr`). */
  owner: string;
  /** The debtor's side, when known. */
  counterparty: Address | null;
  invoices: InvoiceFacts[];
  reminders: ReminderSent[];
  signals: Signal[];
  /** Language of the thread (for the letter). */
  lang: Lang;
}
