/**
 * The ledger rows that concern one mail thread: those whose invoice number the thread mentions, and those
 * whose customer e-mail is the correspondent's (or shares its company domain, never a webmail one).
 * Invoice numbers compare on letters and digits only, case-insensitively ("FA 2025-0142" = "fa2025/0142").
 * @example matchLedger(rows, { invoiceNumbers: ['FA-2025-0142'], counterpartyAddress: 'compta@client.example' })
 */
import type { LedgerRow } from '../model';

export interface LedgerQuery {
  invoiceNumbers: string[];
  /** The debtor's address (`name@company.example`) or domain (`@company.example`); null when unknown. */
  counterpartyAddress?: string | null;
}

const WEBMAIL = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|web|proton|protonmail|orange|wanadoo|free|sfr|neuf|laposte|bbox|numericable|club-internet|aliceadsl|libertysurf|tiscali)\.[a-z.]+$/;

export function invoiceKey(ref: string): string {
  return ref.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

export function matchLedger(rows: LedgerRow[], query: LedgerQuery): LedgerRow[] {
  const keys = new Set(query.invoiceNumbers.map(invoiceKey).filter((k) => k !== ''));
  const address = query.counterpartyAddress?.trim().toLowerCase() || null;
  const domain = address ? address.slice(address.lastIndexOf('@') + 1) : null;
  const companyDomain = domain && !WEBMAIL.test(domain) ? domain : null;
  return rows.filter((row) => {
    if (keys.has(invoiceKey(row.invoice))) return true;
    if (!row.email || !address) return false;
    const email = row.email.toLowerCase();
    if (!address.startsWith('@') && email === address) return true;
    return companyDomain !== null && email.slice(email.lastIndexOf('@') + 1) === companyDomain;
  });
}
