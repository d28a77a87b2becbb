/**
 * A realistic sample letter (two invoices of a business debtor, a delay across 1 July 2025, earlier
 * reminders) on which a user's template override is tried before it is accepted. Figures come from
 * the law module, on dates whose rates are known.
 */
import { buildClaim } from '../law';
import type { Lang, LetterTier } from '../model';
import type { LetterInput } from './input';

const TIERS: LetterTier[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];

export function sampleInput(tier: LetterTier, lang: Lang): LetterInput {
  const on = '2025-07-15';
  const claim = buildClaim([
    { invoice: 'FA-2025-0142', dueDate: '2025-06-15', principal: 500000 },
    { invoice: 'FA-2025-0157', dueDate: '2025-06-30', principal: 120000 },
  ], { on, debtor: 'business', currency: 'EUR' });
  if (!claim.ok) throw new Error(`sample claim refused: ${claim.error.code}`); // known 2025 rates: a bug if it happens
  return {
    tier, lang, tone: 'regular', debtorKind: 'business', on, claim: claim.value,
    issueDates: { 'FA-2025-0142': '2025-05-16', 'FA-2025-0157': '2025-05-31' },
    debtor: { name: 'Exemple SAS', address: '1 rue de l’Exemple\n75001 Paris', email: 'compta@exemple.example' },
    company: { name: 'Votre Société SARL', siren: '123 456 789', address: '2 avenue du Modèle\n69001 Lyon', iban: 'FR76 0000 0000 0000 0000 0000 000', bic: 'XXXXFRPP', email: 'compta@societe.example', phone: '01 02 03 04 05', signature: 'Le service comptable' },
    deadlineDays: 8,
    earlier: TIERS.slice(0, TIERS.indexOf(tier)).map((_, i) => ({ day: ['2025-06-20', '2025-06-30', '2025-07-08'][i]! })),
  };
}
