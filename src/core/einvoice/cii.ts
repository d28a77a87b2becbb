/**
 * UN/CEFACT Cross Industry Invoice (Factur-X, ZUGFeRD 2.x, XRechnung CII) and its ZUGFeRD 1.0
 * predecessor `CrossIndustryDocument`: both are read by local names, with the 1.0 element names as
 * alternatives (HeaderExchangedDocument, ApplicableSupplyChainTradeSettlement…).
 */
import { all, at, attr, firstText, kids, text, type XmlNode } from './xml-tree';
import { clean, decimalToCents, xmlDate } from './values';
import { pickIban, type InvoiceFacts } from './facts';
import { profileName } from './profile';

export const CII_ROOTS = ['CrossIndustryInvoice', 'CrossIndustryDocument'];

export function readCii(root: XmlNode): InvoiceFacts {
  const context = at(root, 'ExchangedDocumentContext') ?? at(root, 'SpecifiedExchangedDocumentContext');
  const doc = at(root, 'ExchangedDocument') ?? at(root, 'HeaderExchangedDocument');
  const tx = at(root, 'SupplyChainTradeTransaction') ?? at(root, 'SpecifiedSupplyChainTradeTransaction');
  const agreement = at(tx, 'ApplicableHeaderTradeAgreement') ?? at(tx, 'ApplicableSupplyChainTradeAgreement');
  const settlement = at(tx, 'ApplicableHeaderTradeSettlement') ?? at(tx, 'ApplicableSupplyChainTradeSettlement');
  const sums = at(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation') ?? at(settlement, 'SpecifiedTradeSettlementMonetarySummation');
  const currency = clean(firstText(settlement, [['InvoiceCurrencyCode']]));
  const profile = clean(firstText(context, [['GuidelineSpecifiedDocumentContextParameter', 'ID']]));
  return {
    number: clean(firstText(doc, [['ID']])),
    type: clean(firstText(doc, [['TypeCode']])),
    issueDate: ciiDate(at(doc, 'IssueDateTime')),
    dueDate: all(settlement, 'SpecifiedTradePaymentTerms', 'DueDateDateTime').map(ciiDate).find((d) => d !== null) ?? null,
    currency,
    total: amount(kids(sums, 'GrandTotalAmount'), currency),
    amountDue: amount(kids(sums, 'DuePayableAmount'), currency),
    seller: partyName(at(agreement, 'SellerTradeParty')),
    buyer: partyName(at(agreement, 'BuyerTradeParty')),
    iban: pickIban(all(settlement, 'SpecifiedTradeSettlementPaymentMeans', 'PayeePartyCreditorFinancialAccount')
      .flatMap((acc) => [text(at(acc, 'IBANID')), text(at(acc, 'ProprietaryID'))])),
    profile,
    profileName: profileName(profile),
  };
}

/** `<udt:DateTimeString format="102">20180305</…>`; other formats (610 month, 616 week) are not a day: null. */
function ciiDate(node: XmlNode | undefined): string | null {
  const s = at(node, 'DateTimeString');
  const format = attr(s, 'format');
  if (format !== null && format !== '102') return null;
  return xmlDate(text(s));
}

/** An amount element may repeat in several currencies: prefer the invoice currency, else the first. */
function amount(nodes: XmlNode[], currency: string | null): number | null {
  const inCurrency = nodes.find((n) => attr(n, 'currencyID') === currency) ?? nodes[0];
  return decimalToCents(text(inCurrency));
}

function partyName(party: XmlNode | undefined): string | null {
  return clean(firstText(party, [['Name'], ['SpecifiedLegalOrganization', 'TradingBusinessName']]));
}
