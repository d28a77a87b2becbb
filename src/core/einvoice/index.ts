/** E-invoices: Factur-X / ZUGFeRD / XRechnung PDFs, raw CII and UBL, and invoice PDFs read as text. */
export { extractInvoice } from './extract';
export { isCreditNote, owedCents, CREDIT_NOTE_TYPES } from './credit';
export { profileName } from './profile';
