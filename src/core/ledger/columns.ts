/**
 * Which column holds what, from the header names accounting exports use in French and English
 * (N° facture / Pièce / Invoice, Client / Tiers / Customer, Échéance / Due date, Solde / Reste dû /
 * Amount due / Balance, Devise / Currency…). Matching is on lower-case, accent-free words.
 */
export type Field = 'invoice' | 'client' | 'email' | 'issueDate' | 'dueDate' | 'amount' | 'debit' | 'credit' | 'currency';

export type Columns = Partial<Record<Field, number>>;

/** Lower-case, accents removed, punctuation → spaces: "Date d'échéance" → "date d echeance". */
export function normaliseHeader(h: string): string {
  return h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const has = (h: string, ...words: string[]) => words.some((w) => new RegExp(`(?:^| )${w}(?: |$)`).test(h));

/** The field a header names, with a priority (higher wins when two columns claim one field), or null. */
export function classify(header: string): [Field, number] | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  if (has(h, 'e ?mail', 'mail', 'courriel', 'adresse electronique')) return ['email', 3];
  if (has(h, 'devise', 'currency', 'monnaie', 'ccy', 'cur')) return ['currency', 3];
  if (has(h, 'echeance', 'due date', 'date due', 'due on', 'date limite', 'date d exigibilite', 'due')) {
    if (!has(h, 'amount', 'montant', 'balance', 'total')) return ['dueDate', 3];
  }
  if (has(h, 'reste du', 'reste a payer', 'restant du', 'solde', 'montant du', 'montant restant', 'amount due', 'balance', 'outstanding', 'open amount', 'remaining', 'a encaisser', 'non regle')) return ['amount', 3];
  if (has(h, 'montant', 'amount', 'total', 'ttc', 'somme', 'valeur') && !has(h, 'ht', 'hors taxe', 'hors taxes', 'tva', 'vat', 'net', 'excl')) return ['amount', 2];
  if (h === 'debit' || h === 'montant debit') return ['debit', 2];
  if (h === 'credit' || h === 'montant credit') return ['credit', 2];
  if (has(h, 'date') && has(h, 'reglement', 'paiement', 'payment', 'relance', 'lettrage', 'echeance')) return null;
  if (has(h, 'date')) return ['issueDate', has(h, 'facture', 'piece', 'invoice', 'emission', 'issue', 'document') ? 3 : 2];
  if (has(h, 'facture', 'invoice', 'piece', 'document', 'doc')) {
    return ['invoice', has(h, 'n', 'no', 'num', 'numero', 'number', 'nr', 'ref', 'reference', 'id') || h === 'facture' || h === 'invoice' ? 3 : 2];
  }
  if (has(h, 'ref', 'reference', 'libelle')) return ['invoice', 1];
  if (has(h, 'client', 'customer', 'tiers', 'debiteur', 'debtor', 'raison sociale', 'societe', 'company', 'nom', 'name')) {
    return ['client', has(h, 'code', 'compte', 'account', 'id', 'n', 'no', 'num') ? 1 : 3];
  }
  return null;
}

/** The best column for each field; each column serves one field. */
export function findColumns(headers: string[]): Columns {
  const best: Partial<Record<Field, [number, number]>> = {};
  headers.forEach((header, i) => {
    const c = classify(header);
    if (!c) return;
    const [field, priority] = c;
    const current = best[field];
    if (!current || priority > current[1]) best[field] = [i, priority];
  });
  const out: Columns = {};
  for (const [field, v] of Object.entries(best)) out[field as Field] = v![0];
  return out;
}

/** A header row names at least an invoice column and an amount (or debit) column. */
export function isHeader(columns: Columns): boolean {
  return columns.invoice !== undefined && (columns.amount !== undefined || columns.debit !== undefined);
}
