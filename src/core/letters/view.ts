/**
 * LetterInput → the flat, pre-formatted values the templates print. Templates do no arithmetic and
 * no formatting: every amount, date and rate is written here, once, so the mention check can look
 * for exactly the same strings.
 */
import { addDays, daysBetween, formatMoney } from '../util';
import { footerReference, subjectMarker, type MarkerTier } from '../markers';
import { catalog, describeProblem } from '../i18n';
import type { DebtorKind, Lang, LetterTier, PenaltySegment } from '../model';
import { formatDay, formatDayShort, formatRate, reminderLabel } from './format';
import { INDEMNITY_CENTS, type LetterInput } from './input';

export const TIER_NUMBER: Record<LetterTier, MarkerTier> = { 'reminder-1': 1, 'reminder-2': 2, 'reminder-3': 3, 'formal-notice': 4 };

/** The sentence that says where a penalty rate comes from. */
export function basisText(segment: Pick<PenaltySegment, 'rateBasis'>, kind: DebtorKind, lang: Lang): string {
  if (catalog[segment.rateBasis.code]) return describeProblem(segment.rateBasis, lang);
  const fr = { business: 'taux BCE majoré de 10 points', consumer: "taux de l'intérêt légal", public: 'taux BCE majoré de 8 points' };
  const en = { business: 'ECB rate plus 10 points', consumer: 'statutory interest rate', public: 'ECB rate plus 8 points' };
  return (lang === 'fr' ? fr : en)[kind];
}

export function letterView(input: LetterInput) {
  const { lang, claim, tier, on } = input;
  const money = (c: number) => formatMoney(c, claim.currency, lang);
  const numbers = claim.lines.map((l) => l.invoice);
  const rates: { rate: string; basis: string }[] = [];
  const addRate = (rate: string, basis: string) => { if (!rates.some((r) => r.rate === rate && r.basis === basis)) rates.push({ rate, basis }); };
  const invoices = claim.lines.map((line) => {
    const p = line.penalties;
    const segments = (p?.segments ?? []).map((s) => {
      addRate(formatRate(s.rate, lang), basisText(s, input.debtorKind, lang));
      return { from: formatDay(s.from, lang), to: formatDay(s.to, lang), days: s.days, rate: formatRate(s.rate, lang), interest: money(s.interest) };
    });
    const issue = input.issueDates?.[line.invoice] ?? null;
    return {
      number: line.invoice,
      issueDate: issue ? formatDayShort(issue, lang) : null,
      dueDate: formatDayShort(line.dueDate, lang),
      amount: money(line.principal),
      daysLate: p?.daysLate ?? Math.max(0, daysBetween(line.dueDate, on)),
      segments,
      hasIndemnity: (p?.indemnity ?? 0) > 0,
      indemnity: money(p?.indemnity ?? 0),
    };
  });
  for (const r of input.announcedRates ?? []) addRate(formatRate(r.rate, lang), r.basis);
  const earlier = input.earlier.map((e, i) => ({ label: reminderLabel(i + 1, lang), date: e.day ? formatDay(e.day, lang) : null }));
  const n = TIER_NUMBER[tier];
  const c = input.company;
  return {
    lang,
    today: formatDay(on, lang),
    tier: { r1: n === 1, r2: n === 2, r3: n === 3, notice: n === 4 },
    tone: { newClient: input.tone === 'new-client', regular: input.tone === 'regular', latePayer: input.tone === 'late-payer', keyAccount: input.tone === 'key-account' },
    kind: { business: input.debtorKind === 'business', consumer: input.debtorKind === 'consumer', public: input.debtorKind === 'public' },
    debtor: { name: input.debtor.name, address: input.debtor.address, email: input.debtor.email },
    sender: { name: c.name, siren: c.siren, address: c.address, iban: c.iban, bic: c.bic, email: c.email, phone: c.phone, signature: c.signature },
    invoices,
    several: invoices.length > 1,
    attached: input.invoiceAttached !== false,
    numbers: numbers.join(', '),
    totals: { principal: money(claim.principal), interest: money(claim.interest), indemnity: money(claim.indemnity), total: money(claim.total), hasInterest: claim.interest > 0, hasIndemnity: claim.indemnity > 0 },
    rates,
    hasRates: rates.length > 0,
    indemnityUnit: money(INDEMNITY_CENTS),
    deadline: { days: input.deadlineDays, date: formatDay(addDays(on, input.deadlineDays), lang) },
    earlier,
    hasEarlier: earlier.length > 0,
    firstReminder: earlier[0] ?? null,
    marker: subjectMarker(n, numbers, lang),
    reference: footerReference(n, numbers, on, lang),
  };
}

export type LetterView = ReturnType<typeof letterView>;
