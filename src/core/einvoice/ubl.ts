/**
 * OASIS UBL 2.x `Invoice` and `CreditNote` (EN 16931, Peppol BIS, XRechnung UBL). Seller and buyer
 * names: the legal registration name first (BT-27/BT-44), then the trading name.
 */
import { all, at, firstText, text, type XmlNode } from './xml-tree';
import { clean, decimalToCents, xmlDate } from './values';
import { pickIban, type InvoiceFacts } from './facts';
import { profileName } from './profile';

export const UBL_ROOTS = ['Invoice', 'CreditNote'];

export function readUbl(root: XmlNode, rootName: string): InvoiceFacts {
  const sums = at(root, 'LegalMonetaryTotal');
  const profile = clean(firstText(root, [['CustomizationID']]));
  const stated = clean(firstText(root, [['InvoiceTypeCode'], ['CreditNoteTypeCode']]));
  return {
    number: clean(firstText(root, [['ID']])),
    // A CreditNote document that omits its type code is still a credit note (UNTDID 1001 code 381).
    type: stated ?? (rootName === 'CreditNote' ? '381' : null),
    issueDate: xmlDate(firstText(root, [['IssueDate']])),
    dueDate: xmlDate(firstText(root, [['DueDate'], ['PaymentMeans', 'PaymentDueDate'], ['PaymentTerms', 'PaymentDueDate']])),
    currency: clean(firstText(root, [['DocumentCurrencyCode']])),
    total: decimalToCents(text(at(sums, 'TaxInclusiveAmount'))),
    amountDue: decimalToCents(text(at(sums, 'PayableAmount'))),
    seller: partyName(at(root, 'AccountingSupplierParty', 'Party')),
    buyer: partyName(at(root, 'AccountingCustomerParty', 'Party')),
    iban: pickIban(all(root, 'PaymentMeans', 'PayeeFinancialAccount', 'ID').map(text)),
    profile,
    profileName: profileName(profile),
  };
}

function partyName(party: XmlNode | undefined): string | null {
  return clean(firstText(party, [['PartyLegalEntity', 'RegistrationName'], ['PartyName', 'Name']]));
}
