/**
 * The labels printed invoices put before each fact, in French, English and German. Order matters:
 * the first label that yields a value wins, so specific labels come before generic ones.
 */
const L = '(?<!\\p{L})'; // a start-of-word for accented text (\b is ASCII-only); a digit may touch it
const re = (body: string) => new RegExp(`${L}(?:${body})(?![\\p{L}])`, 'iu');

export const NUMBER_LABELS = [
  re("n[°ºo]\\.?\\s*(?:de\\s+)?(?:la\\s+)?(?:facture|l'avoir|d'avoir|avoir)|num[ée]ro\\s+(?:de\\s+)?(?:la\\s+)?(?:facture|l'avoir|d'avoir|avoir)|r[ée]f[ée]rence\\s+(?:de\\s+)?(?:la\\s+)?facture"),
  re('(?:facture|avoir|invoice|credit\\s+note|rechnung|gutschrift)\\s*(?:n[°ºo]\\.?|num[ée]ro|no\\.?|nr\\.?|number|nummer|#|ref\\.?)'),
  re('rechnungs-?\\s*(?:nummer|nr\\.?)|gutschrifts-?\\s*(?:nummer|nr\\.?)|invoice\\s+id|belegnummer'),
  re('\\p{L}*(?:rechnung|gutschrift)\\s*(?:\\(\\d{3}\\)\\s*)?(?:nr\\.?|nummer)'),
  re('facture|avoir|invoice|rechnung|gutschrift'),
];

/** Dates of another document (a related invoice, an order…) printed near the invoice's own. */
const OTHER_DOC = "(?!\\s+(?:associ|li[ée]e|d'origine|initiale|pr[ée]c[ée]dente|related|original|of\\s+the\\s+original))";
export const ISSUE_LABELS = [
  re(`(?:date\\s+(?:de\\s+(?:la\\s+)?)?(?:facture|facturation|l'avoir|d'[ée]mission|[ée]mission)|invoice\\s+date|date\\s+of\\s+(?:issue|invoice)|issue\\s+date|date\\s+issued|rechnungsdatum|ausstellungsdatum|belegdatum)${OTHER_DOC}`),
  re(`(?:date|datum|dated)${OTHER_DOC}(?!\\s+(?:de\\s+|d'|of\\s+)?(?:livraison|d[ée]but|fin|commande|prestation|paiement|r[èe]glement|[ée]ch[ée]ance|delivery|order|service|payment|due|start|end))`),
];

export const DUE_LABELS = [
  re("date\\s+d'[ée]ch[ée]ance|date\\s+limite\\s+de\\s+(?:paiement|r[èe]glement)|[ée]ch[ée]ance|[àa]\\s+payer\\s+(?:avant\\s+le|au\\s+plus\\s+tard\\s+le|le|avant)|payable\\s+(?:avant\\s+le|le|by|on|before)"),
  re('due\\s+date|payment\\s+due(?:\\s+date)?|due\\s+(?:by|on)|pay(?:ment)?\\s+by|f[äa]lligkeitsdatum|f[äa]llig\\s+(?:am|bis)|zahlbar\\s+bis|zahlungsziel|zahlbar\\s+innerhalb\\s+\\d+\\s+tagen(?:\\s+netto)?\\s+bis'),
];

/** Grand total with tax. */
export const TOTAL_LABELS = [
  re("total\\s+ttc|montant\\s+ttc|total\\s+toutes\\s+taxes\\s+comprises|montant\\s+total\\s+ttc|grand\\s+total|total\\s+(?:amount\\s+)?(?:incl\\.?|including|inc\\.?)\\s+(?:vat|tax(?:es)?)|invoice\\s+total|total\\s+amount|gesamtbetrag(?!\\s+der\\s+(?:zu|ab)schl)|bruttobetrag|bruttosumme|rechnungsbetrag|rechnungssumme(?!\\s+(?:ohne|netto|excl))|gesamtsumme|endbetrag|summe\\s+brutto|brutto"),
  /^total(?![\p{L}])(?!.*(?:\bht\b|hors|net|excl|tva|vat|tax|mwst|ust|netto|à payer|due))/iu,
];

/** Amount due after prepayment. */
export const DUE_AMOUNT_LABELS = [
  re("net\\s+[àa]\\s+payer|reste\\s+[àa]\\s+payer|reste\\s+d[ûu]|montant\\s+(?:d[ûu]|[àa]\\s+payer|restant\\s+d[ûu])|solde\\s+(?:d[ûu]|[àa]\\s+payer)|total\\s+[àa]\\s+payer|amount\\s+due|balance\\s+due|total\\s+due|amount\\s+payable|total\\s+payable|zahlbetrag|zu\\s+zahlen(?:der\\s+betrag)?|offener\\s+betrag|restbetrag"),
];

export const SELLER_LABELS = [re("fournisseur|vendeur|[ée]metteur|prestataire|seller|supplier|vendor|issued\\s+by|lieferant|verk[äa]ufer|rechnungssteller|leistungserbringer")];
export const BUYER_LABELS = [re("client|acheteur|destinataire|factur[ée]\\s+à|adress[ée]\\s+à|customer|bill(?:ed)?\\s+to|buyer|sold\\s+to|kunde|rechnungsempf[äa]nger|empf[äa]nger|auftraggeber")];

/** Title words: a credit note (381) or an invoice (380). */
export const CREDIT_TITLE = re("avoir|facture\\s+d'avoir|credit\\s+note|credit\\s+memo|gutschrift|rechnungskorrektur");
export const INVOICE_TITLE = re('facture|invoice|rechnung');
