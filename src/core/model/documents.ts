/** Facts read from outside the mail text: an attached (e-)invoice, or the user's ledger. */
import type { Cents, Currency, IsoDate } from './common';

export type InvoiceSource = 'factur-x' | 'zugferd' | 'xrechnung' | 'ubl' | 'cii' | 'pdf-text';

/** The facts of one invoice document (`relance invoice` prints these). */
export interface ExtractedInvoice {
  number: string | null;
  /** UNTDID 1001 type code: "380" invoice, "381" credit note, "384" corrective, "389" self-billed… */
  type: string | null;
  issueDate: IsoDate | null;
  dueDate: IsoDate | null;
  currency: Currency | null;
  /** Grand total with tax. */
  total: Cents | null;
  /**
   * Amount due after prepayment.
   * Sign convention: `total` and `amountDue` are exactly as the document states them (a credit note
   * usually states positive amounts). Use `owedCents()` (src/core/einvoice) for the signed amount the
   * buyer owes: negative for a credit note or a negative invoice, so it can be deducted.
   */
  amountDue: Cents | null;
  seller: string | null;
  buyer: string | null;
  iban: string | null;
  /** Factur-X / ZUGFeRD / EN 16931 profile when stated: the guideline / customization id exactly as written. */
  profile: string | null;
  /** The profile's usual name (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG…) when known. */
  profileName?: string | null;
  /**
   * `factur-x` / `zugferd` / `xrechnung`: XML embedded in a PDF under that standard's file name;
   * `cii` / `ubl`: raw XML, or XML embedded under another name; `pdf-text`: read from the PDF's text (weaker).
   */
  source: InvoiceSource;
  /** Attachment file name, when it came from one. */
  filename?: string;
  /** Name of the XML file embedded in the PDF the facts were read from. */
  embeddedFile?: string;
}

/** One open receivable from the user's ledger (balance âgée) CSV. */
export interface LedgerRow {
  /** 1-based line in the CSV file (for messages). */
  line: number;
  invoice: string;
  client: string | null;
  email: string | null;
  issueDate: IsoDate | null;
  dueDate: IsoDate | null;
  amountDue: Cents;
  currency: Currency;
}
