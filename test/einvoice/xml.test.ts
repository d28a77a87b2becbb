// Generalisation beyond the corpus: other prefixes, CreditNote, envelopes, encodings, missing fields.
import { readFileSync } from 'node:fs';
import { extractInvoice, owedCents, profileName } from '../../src/core/einvoice';
import { decimalToCents } from '../../src/core/einvoice/values';
import { makePdf } from './make-pdf';
import { corpusDir } from './corpus-dir';

const enc = (s: string) => new TextEncoder().encode(s);
async function facts(bytes: Uint8Array) {
  const r = await extractInvoice(bytes);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const UBL_CREDIT_NOTE = `<?xml version="1.0" encoding="UTF-8"?>
<n1:CreditNote xmlns:n1="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
  xmlns:a="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <b:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</b:CustomizationID>
  <b:ID>GS-2025-7</b:ID>
  <b:IssueDate>2025-04-02</b:IssueDate>
  <b:DocumentCurrencyCode>CHF</b:DocumentCurrencyCode>
  <a:AccountingSupplierParty><a:Party><a:PartyName><b:Name>Atelier Sàrl</b:Name></a:PartyName></a:Party></a:AccountingSupplierParty>
  <a:AccountingCustomerParty><a:Party><a:Contact><b:Name>Not the buyer</b:Name></a:Contact>
    <a:PartyLegalEntity><b:RegistrationName>Client &amp; Fils</b:RegistrationName></a:PartyLegalEntity></a:Party></a:AccountingCustomerParty>
  <a:PaymentMeans><b:PaymentMeansCode>58</b:PaymentMeansCode><b:PaymentDueDate>2025-05-02</b:PaymentDueDate></a:PaymentMeans>
  <a:PaymentMeans><b:PaymentMeansCode>58</b:PaymentMeansCode><a:PayeeFinancialAccount><b:ID>CH93 0076 2011 6238 5295 7</b:ID></a:PayeeFinancialAccount></a:PaymentMeans>
  <a:LegalMonetaryTotal><b:TaxInclusiveAmount currencyID="CHF">1200.5</b:TaxInclusiveAmount><b:PayableAmount currencyID="CHF">1200.50</b:PayableAmount></a:LegalMonetaryTotal>
</n1:CreditNote>`;

test('a UBL CreditNote with unusual prefixes, no type code, due date in PaymentMeans, second account', async () => {
  const v = await facts(enc(UBL_CREDIT_NOTE));
  expect(v).toMatchObject({
    source: 'ubl', number: 'GS-2025-7', type: '381', issueDate: '2025-04-02', dueDate: '2025-05-02', currency: 'CHF',
    total: 120050, amountDue: 120050, seller: 'Atelier Sàrl', buyer: 'Client & Fils', iban: 'CH93 0076 2011 6238 5295 7', profileName: 'XRECHNUNG',
  });
  expect(owedCents(v)).toBe(-120050);
});

test('a UBL invoice inside a Peppol StandardBusinessDocument envelope', async () => {
  const ubl = readFileSync(`${corpusDir}/en--ubl-tc434-example1.xml`, 'utf8').replace(/<\?xml[^>]*>/, '');
  const wrapped = `<?xml version="1.0"?><sh:StandardBusinessDocument xmlns:sh="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader"><sh:StandardBusinessDocumentHeader><sh:HeaderVersion>1.0</sh:HeaderVersion></sh:StandardBusinessDocumentHeader>${ubl}</sh:StandardBusinessDocument>`;
  expect(await facts(enc(wrapped))).toMatchObject({ number: '12115118', total: 25033, seller: 'De Koksmaat' });
});

const CII_MINIMAL = (body: string) => `<?xml version="1.0" encoding="ISO-8859-1"?>
<x:CrossIndustryInvoice xmlns:x="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:r="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:u="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <x:ExchangedDocumentContext><r:GuidelineSpecifiedDocumentContextParameter><r:ID>urn:factur-x.eu:1p0:extended</r:ID></r:GuidelineSpecifiedDocumentContextParameter></x:ExchangedDocumentContext>
  <x:ExchangedDocument><r:ID>FA-2025-0142</r:ID><r:TypeCode>384</r:TypeCode><r:IssueDateTime><u:DateTimeString format="102">20250215</u:DateTimeString></r:IssueDateTime></x:ExchangedDocument>
  <x:SupplyChainTradeTransaction>
    <r:ApplicableHeaderTradeAgreement><r:SellerTradeParty><r:Name>Société Générale des Eaux</r:Name></r:SellerTradeParty><r:BuyerTradeParty><r:Name>Café du Père</r:Name></r:BuyerTradeParty></r:ApplicableHeaderTradeAgreement>
    <r:ApplicableHeaderTradeSettlement>${body}</r:ApplicableHeaderTradeSettlement>
  </x:SupplyChainTradeTransaction>
</x:CrossIndustryInvoice>`;
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

test('CII with other prefixes, in ISO-8859-1, direct debit account ignored, totals in two currencies', async () => {
  const v = await facts(latin1(CII_MINIMAL(`<r:InvoiceCurrencyCode>EUR</r:InvoiceCurrencyCode>
    <r:SpecifiedTradeSettlementPaymentMeans><r:TypeCode>59</r:TypeCode><r:PayerPartyDebtorFinancialAccount><r:IBANID>FR7630006000011234567890189</r:IBANID></r:PayerPartyDebtorFinancialAccount></r:SpecifiedTradeSettlementPaymentMeans>
    <r:SpecifiedTradePaymentTerms><r:Description>30 jours</r:Description></r:SpecifiedTradePaymentTerms>
    <r:SpecifiedTradePaymentTerms><r:DueDateDateTime><u:DateTimeString format="102">20250317</u:DateTimeString></r:DueDateDateTime></r:SpecifiedTradePaymentTerms>
    <r:SpecifiedTradeSettlementHeaderMonetarySummation><r:GrandTotalAmount currencyID="USD">999.99</r:GrandTotalAmount><r:GrandTotalAmount currencyID="EUR">1234.56</r:GrandTotalAmount><r:DuePayableAmount>1234.56</r:DuePayableAmount></r:SpecifiedTradeSettlementHeaderMonetarySummation>`)));
  expect(v).toMatchObject({
    source: 'cii', number: 'FA-2025-0142', type: '384', issueDate: '2025-02-15', dueDate: '2025-03-17', currency: 'EUR',
    total: 123456, amountDue: 123456, seller: 'Société Générale des Eaux', buyer: 'Café du Père', iban: null, profileName: 'EXTENDED',
  });
});

test('missing facts come out null, never guessed', async () => {
  const v = await facts(latin1(CII_MINIMAL('<r:SpecifiedTradeSettlementHeaderMonetarySummation><r:GrandTotalAmount>abc</r:GrandTotalAmount></r:SpecifiedTradeSettlementHeaderMonetarySummation>')));
  expect(v).toMatchObject({ currency: null, dueDate: null, total: null, amountDue: null, iban: null });
});

test('an e-invoice embedded under a non-standard name is still found, with its syntax as source', async () => {
  const ubl = readFileSync(`${corpusDir}/en--ubl-tc434-example1.xml`);
  const pdf = await makePdf({ pages: [['Invoice 12115118']], attachments: [{ name: 'readme.txt', content: 'hello' }, { name: 'INV_12115118.XML', content: new Uint8Array(ubl) }] });
  const fromPdf = await facts(pdf);
  const raw = await facts(new Uint8Array(ubl));
  expect(fromPdf.source).toBe('ubl');
  expect(fromPdf.embeddedFile).toBe('INV_12115118.XML');
  const { source: _a, embeddedFile: _b, ...same } = fromPdf;
  const { source: _c, ...rawFacts } = raw;
  expect(same).toEqual(rawFacts);
});

test('profile ids map to their usual names', () => {
  expect(profileName('urn:factur-x.eu:1p0:minimum')).toBe('MINIMUM');
  expect(profileName('urn:factur-x.eu:1p0:basicwl')).toBe('BASIC WL');
  expect(profileName('urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic')).toBe('BASIC');
  expect(profileName('urn:cen.eu:en16931:2017')).toBe('EN 16931');
  expect(profileName('urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended')).toBe('EXTENDED');
  expect(profileName('urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_2.1')).toBe('XRECHNUNG');
  expect(profileName('urn:ferd:CrossIndustryDocument:invoice:1p0:comfort')).toBe('COMFORT');
  expect(profileName('urn:example:unknown')).toBeNull();
});

test('XML decimals become exact cents', () => {
  expect(decimalToCents('529.87')).toBe(52987);
  expect(decimalToCents('275')).toBe(27500);
  expect(decimalToCents('9.9000')).toBe(990);
  expect(decimalToCents('-233.47')).toBe(-23347);
  expect(decimalToCents('0.005')).toBe(1);
  expect(decimalToCents('-0.005')).toBe(-1);
  expect(decimalToCents('1,5')).toBeNull();
  expect(decimalToCents('')).toBeNull();
});
