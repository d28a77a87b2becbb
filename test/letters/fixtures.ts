/**
 * Realistic letter inputs built by hand (no law module needed): the figures are facts.md §8's worked
 * examples (5 000,00 € due 2025-06-15 on 2025-07-15: 27,02 € at 13,15 % + 24,97 € at 12,15 %) and one
 * more computed by hand (1 200,00 € due 2025-06-30: 15 days at 12,15 % = 5,99 €).
 */
import type { Claim, ClaimLine, CompanyIdentity, DebtorKind, LetterTier, Penalties, Tone } from '../../src/core/model';
import type { LetterInput } from '../../src/core/letters/input';
import { buildClaim } from '../../src/core/law';

export const TIERS: LetterTier[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];
export const TONES: Tone[] = ['new-client', 'regular', 'late-payer', 'key-account'];
export const KINDS: DebtorKind[] = ['business', 'consumer', 'public'];

export const company: CompanyIdentity = {
  name: 'Menuiserie Durand SARL',
  siren: '532 418 907',
  address: '14 rue des Artisans\n69003 Lyon',
  iban: 'FR76 3000 4000 0312 3456 7890 143',
  bic: 'BNPAFRPPXXX',
  email: 'compta@menuiserie-durand.example',
  phone: '04 72 00 00 00',
  signature: 'Claire Durand\nResponsable administrative et financière',
};

const basis = (ecb: number, from: string) => ({ code: 'rate-ecb-plus-10', params: { ecb, from } });

function penalties(principal: number, dueDate: string, segments: Penalties['segments'], debtor: DebtorKind, indemnity: number): Penalties {
  const interest = segments.reduce((s, x) => s + x.interest, 0);
  return { principal, dueDate, on: '2025-07-15', daysLate: segments.reduce((s, x) => s + x.days, 0), debtor, segments, interest, indemnity, total: principal + interest + indemnity, articles: ['L441-10', 'D441-5'] };
}

export function businessClaim(): Claim {
  const lines: ClaimLine[] = [
    { invoice: 'FA-2025-0142', dueDate: '2025-06-15', principal: 500000, penalties: penalties(500000, '2025-06-15', [
      { from: '2025-06-16', to: '2025-06-30', days: 15, rate: 1315, interest: 2702, rateBasis: basis(315, '2025-01-01') },
      { from: '2025-07-01', to: '2025-07-15', days: 15, rate: 1215, interest: 2497, rateBasis: basis(215, '2025-07-01') },
    ], 'business', 4000) },
    { invoice: 'FA-2025-0157', dueDate: '2025-06-30', principal: 120000, penalties: penalties(120000, '2025-06-30', [
      { from: '2025-07-01', to: '2025-07-15', days: 15, rate: 1215, interest: 599, rateBasis: basis(215, '2025-07-01') },
    ], 'business', 4000) },
  ];
  return sum(lines);
}

/** A public buyer: one fixed rate per invoice, ECB on the first day of the half-year interest starts + 8 (law module). */
export function publicClaim(): Claim {
  const r = buildClaim(businessClaim().lines.map((l) => ({ invoice: l.invoice, dueDate: l.dueDate, principal: l.principal })), { on: '2025-07-15', debtor: 'public', currency: 'EUR' });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

/** A consumer owes no 40 EUR and no interest before the formal notice. */
export function consumerClaim(): Claim {
  return sum([{ invoice: 'F2025/118', dueDate: '2025-06-15', principal: 80000, penalties: { ...penalties(80000, '2025-06-15', [], 'consumer', 0), daysLate: 30, articles: ['1231-6', '1344-1'] } }]);
}

function sum(lines: ClaimLine[]): Claim {
  const t = (f: (p: Penalties) => number) => lines.reduce((s, l) => s + (l.penalties ? f(l.penalties) : 0), 0);
  const principal = lines.reduce((s, l) => s + l.principal, 0);
  const interest = t((p) => p.interest);
  const indemnity = t((p) => p.indemnity);
  return { lines, principal, interest, indemnity, total: principal + interest + indemnity, currency: 'EUR' };
}

export function input(tier: LetterTier, lang: 'fr' | 'en', over: Partial<LetterInput> = {}): LetterInput {
  const kind = over.debtorKind ?? 'business';
  return {
    tier, lang, tone: 'regular', debtorKind: kind, on: '2025-07-15',
    claim: kind === 'consumer' ? consumerClaim() : kind === 'public' ? publicClaim() : businessClaim(),
    issueDates: { 'FA-2025-0142': '2025-05-16', 'FA-2025-0157': '2025-05-31' },
    debtor: { name: 'Boulangerie Petit SAS', address: '3 place du Marché\n69100 Villeurbanne', email: 'contact@boulangerie-petit.example' },
    company, deadlineDays: 8,
    earlier: TIERS.slice(0, TIERS.indexOf(tier)).map((_, i) => ({ day: ['2025-06-20', '2025-06-30', '2025-07-08'][i]! })),
    announcedRates: kind === 'consumer' ? [{ rate: 276, basis: lang === 'fr' ? "taux de l'intérêt légal du 2nd semestre 2025 : 2,76\u00a0%" : 'French legal interest rate for 2025 H2: 2.76%' }] : undefined,
    ...over,
  };
}
