import type { Catalog } from '../types';

/**
 * User-facing sentences for the law area's problem codes (French first, English too). Every sentence names
 * the figure at stake; params come in both forms (`rate: '6.18'`, `rateFr: '6,18'`, `semestre`/`half`).
 * The `rate-basis-*` codes explain where a segment's rate comes from (PenaltySegment.rateBasis).
 */
const P = '\u00a0%';

export const messages: Catalog = {
  'rate-unknown': {
    fr: `Le taux de référence de la BCE pour le {semestre} n'est pas encore connu : indiquez-le (taux BCE en vigueur le premier jour du semestre) pour calculer les pénalités ; aucun taux n'est deviné.`,
    en: `The ECB reference rate for {half} is not known yet: supply it (the ECB rate in force on the first day of that half-year) to compute the penalties; no rate is guessed.`,
  },
  'legal-rate-unknown': {
    fr: `Le taux de l'intérêt légal du {semestre} (colonne « {columnFr} ») n'est pas encore publié : indiquez-le pour calculer les intérêts ; aucun taux n'est deviné.`,
    en: `The French legal interest rate for {half} ({columnEn}) is not published yet: supply it to compute the interest; no rate is guessed.`,
  },
  'rate-below-floor': {
    fr: `Le taux contractuel de {rateFr}${P} est inférieur au plancher légal de {floorFr}${P} (3 × le taux d'intérêt légal du {semestre}, {legalRateFr}${P}) : il ne peut pas être appliqué (art. L441-10 C. com.).`,
    en: `The contractual rate of {rate}% is below the legal floor of {floor}% (3 × the French legal interest rate for {half}, {legalRate}%): it cannot be applied (C. com. L441-10).`,
  },
  'floor-unverified': {
    fr: `Le taux d'intérêt légal du {semestre} n'est pas encore publié : le plancher légal (3 × ce taux) n'a pas pu être vérifié pour le taux contractuel de {rateFr}${P}.`,
    en: `The French legal interest rate for {half} is not published yet: the legal floor (3 × that rate) could not be checked for the contractual rate of {rate}%.`,
  },
  'contractual-rate-ignored': {
    fr: `Le taux contractuel de {rateFr}${P} ne s'applique qu'à un débiteur professionnel (art. L441-10 C. com.) : pour ce débiteur ({debtorFr}), le taux prévu par la loi est appliqué.`,
    en: `The contractual rate of {rate}% only applies to a business debtor (C. com. L441-10): for this debtor ({debtorEn}), the statutory rate is applied.`,
  },
  'notice-date-required': {
    fr: `Pour un débiteur consommateur, les intérêts courent à compter de la mise en demeure (art. 1231-6 C. civ.) : indiquez sa date.`,
    en: `For a consumer debtor, interest runs from the formal notice (C. civ. 1231-6): give its date.`,
  },
  'bad-rate': {
    fr: `Taux illisible ou hors limites : « {input} » (attendu entre 0 et 100, par exemple 12.00).`,
    en: `Unreadable or out-of-range rate: "{input}" (expected 0 to 100, e.g. 12.00).`,
  },
  'principal-not-positive': {
    fr: `Le montant impayé doit être supérieur à zéro (reçu : {amount}).`,
    en: `The unpaid amount must be greater than zero (got {amount}).`,
  },
  'amount-too-large': {
    fr: `Montant trop élevé pour être calculé au centime près.`,
    en: `Amount too large to be computed to the cent.`,
  },
  'currency-not-eur': {
    fr: `Les pénalités de retard françaises se calculent en euros : la devise {currency} n'est pas prise en charge.`,
    en: `French late-payment penalties are computed in euros: currency {currency} is not supported.`,
  },
  'claim-empty': { fr: `Aucune facture à réclamer.`, en: `No invoice to claim.` },
  'issue-date-required': {
    fr: `La date de la facture (ou de réception) est nécessaire pour calculer l'échéance.`,
    en: `The invoice date (or receipt date) is needed to compute the due date.`,
  },
  'bad-term': { fr: `Délai de paiement illisible : {days} jours.`, en: `Unreadable payment term: {days} days.` },
  'term-beyond-60-days': {
    fr: `Délai de paiement de {days} jours : au-delà du maximum légal de {limit} jours à compter de la date de facture (art. L441-10 I C. com. ; amende jusqu'à 2 M€, art. L441-16).`,
    en: `Payment term of {days} days: beyond the legal maximum of {limit} days from the invoice date (C. com. L441-10 I; fine up to €2M, L441-16).`,
  },
  'term-beyond-45-days-eom': {
    fr: `Délai de {days} jours fin de mois : au-delà du maximum légal de {limit} jours fin de mois (art. L441-10 I C. com.).`,
    en: `Term of {days} days end of month: beyond the legal maximum of {limit} days end of month (C. com. L441-10 I).`,
  },
  'term-beyond-45-days-periodic': {
    fr: `Facture périodique : le délai ne peut dépasser {limit} jours à compter de la date d'émission (art. L441-10 I C. com.) ; délai prévu : {days} jours.`,
    en: `Periodic invoice: the term may not exceed {limit} days from the invoice date (C. com. L441-10 I); term given: {days} days.`,
  },
  'prescription-near': {
    fr: `Attention : l'action en paiement se prescrit le {lastDayFr} au soir ({years} ans, {article}), dans {daysLeft} jours. Une mise en demeure n'interrompt pas la prescription.`,
    en: `Warning: the right to sue for payment expires at the end of {lastDayEn} ({years} years, {article}), in {daysLeft} days. A formal notice does not interrupt it.`,
  },
  'prescription-passed': {
    fr: `L'action en paiement est prescrite depuis le {barredOnFr} ({years} ans, {article}), sauf interruption (reconnaissance de dette, action en justice).`,
    en: `The right to sue for payment has been time-barred since {barredOnEn} ({years} years, {article}), unless interrupted (acknowledgement of debt, court claim).`,
  },
  'rate-basis-ecb': {
    fr: `taux BCE de {ecbRateFr}${P} en vigueur le {referenceDateFr} + {points} points`,
    en: `ECB rate of {ecbRate}% in force on {referenceDateEn} + {points} points`,
  },
  'rate-basis-ecb-supplied': {
    fr: `taux BCE de {ecbRateFr}${P} au {referenceDateFr} (indiqué par l'utilisateur, non encore connu du logiciel) + {points} points`,
    en: `ECB rate of {ecbRate}% on {referenceDateEn} (supplied by the user, not yet known to the software) + {points} points`,
  },
  'rate-basis-contractual': { fr: `taux contractuel de {rateFr}${P}`, en: `contractual rate of {rate}%` },
  'rate-basis-legal': {
    fr: `taux de l'intérêt légal du {semestre} (colonne « {columnFr} ») : {rateFr}${P}`,
    en: `French legal interest rate for {half} ({columnEn}): {rate}%`,
  },
};
