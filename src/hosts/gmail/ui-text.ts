/**
 * What the Gmail side panel says, in French first and English. Problem codes from the core go through
 * `describeProblem`; these are the panel's own labels. `{name}` placeholders are filled by `t`.
 */
import type { IsoDate, Lang } from '../../core';

const fr = {
  appName: 'Relance',
  homeTitle: 'Relance — vos impayés, relancés au bon moment',
  homeIntro: 'Ouvrez un e-mail de facture ou de relance : Relance y lit la facture, l’échéance, les relances déjà envoyées et les réponses du client, puis prépare la relance suivante avec les pénalités de retard et l’indemnité de 40 € calculées au centime.',
  homeSettingsMissing: 'Renseignez d’abord l’identité de votre société : elle signe les lettres.',
  settings: 'Paramètres', save: 'Enregistrer', saved: 'Paramètres enregistrés.', back: 'Retour',
  company: 'Société', companyName: 'Raison sociale', siren: 'SIREN', address: 'Adresse', iban: 'IBAN', bic: 'BIC',
  email: 'E-mail', phone: 'Téléphone', signature: 'Signature',
  terms: 'Conditions', termDays: 'Délai de paiement par défaut (jours)', deadlineDays: 'Délai accordé dans les relances (jours)',
  rate: 'Taux de pénalité contractuel (%) — vide : taux légal', cadence: 'Calendrier des relances (jours après l’échéance)',
  r1: 'Relance 1', r2: 'Relance 2', r3: 'Relance 3', notice: 'Mise en demeure', letterLang: 'Langue des lettres', threadLang: 'Celle du fil',
  toneAndRate: 'Ton et taux de référence',
  tones: 'Ton par client, une ligne chacun : adresse ou @domaine = nouveau client, régulier, mauvais payeur ou grand compte',
  ecb: 'Taux BCE de référence que Relance ne connaît pas encore, une ligne par semestre (ex. 2026-S2 = 2,15)',
  invalidField: 'Valeur invalide : « {field} ». Corrigez-la puis enregistrez.',
  notDebtor: 'Ce fil ne ressemble pas à une facture impayée.', notDebtorHint: 'Si c’en est une, indiquez ci-dessous ce qui manque.',
  invoices: 'Facture(s)', amountDue: 'Reste dû', dueOn: 'Échéance le {date}', overdue: '{days} jours de retard', notYetDue: 'Échue dans {days} jours',
  dueToday: 'Échue aujourd’hui', unknown: 'inconnu', remindersSent: 'Relances envoyées', noReminder: 'Aucune relance envoyée pour l’instant.',
  reminderOn: 'Relance {tier} — {date}', reminderUnknownTier: 'Relance — {date}', createdHere: 'créée avec Relance',
  nextStep: 'Prochaine étape', nextOn: '{step} le {date}', nextNow: '{step} — à envoyer maintenant', waitStep: 'Attendre', noneStep: 'Rien à faire',
  signals: 'Réponses du client', promise: 'Promesse de paiement', paid: 'Paiement annoncé', dispute: 'Contestation', 'payment-plan': 'Demande d’échéancier',
  promisedFor: 'pour le {date}', inactive: 'plus d’actualité',
  penalties: 'Pénalités à ce jour', interest: 'Intérêts de retard', indemnity: 'Indemnité forfaitaire (art. D441-5)', total: 'Total exigible',
  penaltyLine: '{days} j. à {rate} %',
  missing: 'Informations manquantes', missingHint: 'Relance ne les a pas trouvées dans le fil : complétez pour calculer.',
  invoiceNumber: 'N° de facture', amount: 'Montant TTC restant dû (ex. 1240,00)', dueDate: 'Date d’échéance (JJ/MM/AAAA)',
  recompute: 'Recalculer', tier: 'Lettre', create: 'Créer la relance n°{tier}', createNotice: 'Créer la mise en demeure',
  insert: 'Insérer la relance n°{tier}', insertNotice: 'Insérer la mise en demeure',
  composeTitle: 'Insérer une relance', composeHint: 'La lettre est insérée à l’endroit du curseur ; ce que vous avez écrit reste.',
  draftCreated: 'Brouillon créé dans le fil.', blocked: 'En attente : {why}.', paidHint: 'Le client annonce un paiement : vérifiez sa réception avant toute relance.',
  badFact: 'Valeur illisible : « {value} ».', noThread: 'Ce message n’a pas pu être lu. Réessayez.',
  step_reminder1: 'Relance 1', step_reminder2: 'Relance 2', step_reminder3: 'Relance 3', step_notice: 'Mise en demeure',
  why: 'Pourquoi', error: 'Relance n’a pas pu terminer : {reason}',
};

type Key = keyof typeof fr;

const en: Record<Key, string> = {
  appName: 'Relance',
  homeTitle: 'Relance — unpaid invoices chased at the right time',
  homeIntro: 'Open an invoice or reminder e-mail: Relance reads the invoice, due date, reminders already sent and the client’s replies, then prepares the next reminder with late-payment interest and the 40 € indemnity computed to the cent.',
  homeSettingsMissing: 'First fill in your company’s identity: it signs the letters.',
  settings: 'Settings', save: 'Save', saved: 'Settings saved.', back: 'Back',
  company: 'Company', companyName: 'Company name', siren: 'SIREN', address: 'Address', iban: 'IBAN', bic: 'BIC',
  email: 'E-mail', phone: 'Phone', signature: 'Signature',
  terms: 'Terms', termDays: 'Default payment term (days)', deadlineDays: 'Days given to pay in reminders',
  rate: 'Contractual penalty rate (%) — empty: legal rate', cadence: 'Reminder schedule (days after the due date)',
  r1: 'Reminder 1', r2: 'Reminder 2', r3: 'Reminder 3', notice: 'Formal notice', letterLang: 'Letter language', threadLang: 'The thread’s',
  toneAndRate: 'Tone and reference rate',
  tones: 'Tone per client, one line each: address or @domain = new client, regular, late payer or key account',
  ecb: 'ECB reference rates Relance does not know yet, one line per half-year (e.g. 2026-H2 = 2.15)',
  invalidField: 'Invalid value: "{field}". Correct it and save.',
  notDebtor: 'This thread does not look like an unpaid invoice.', notDebtorHint: 'If it is one, fill in what is missing below.',
  invoices: 'Invoice(s)', amountDue: 'Still due', dueOn: 'Due on {date}', overdue: '{days} days overdue', notYetDue: 'Due in {days} days',
  dueToday: 'Due today', unknown: 'unknown', remindersSent: 'Reminders sent', noReminder: 'No reminder sent yet.',
  reminderOn: 'Reminder {tier} — {date}', reminderUnknownTier: 'Reminder — {date}', createdHere: 'created with Relance',
  nextStep: 'Next step', nextOn: '{step} on {date}', nextNow: '{step} — due now', waitStep: 'Wait', noneStep: 'Nothing to do',
  signals: 'Client replies', promise: 'Payment promised', paid: 'Payment announced', dispute: 'Dispute', 'payment-plan': 'Payment plan requested',
  promisedFor: 'for {date}', inactive: 'no longer current',
  penalties: 'Penalties to date', interest: 'Late-payment interest', indemnity: 'Fixed indemnity (art. D441-5)', total: 'Total claimable',
  penaltyLine: '{days} d. at {rate} %',
  missing: 'Missing facts', missingHint: 'Relance did not find them in the thread: fill them in to compute.',
  invoiceNumber: 'Invoice number', amount: 'Amount still due incl. VAT (e.g. 1240.00)', dueDate: 'Due date (DD/MM/YYYY)',
  recompute: 'Recompute', tier: 'Letter', create: 'Create reminder no. {tier}', createNotice: 'Create the formal notice',
  insert: 'Insert reminder no. {tier}', insertNotice: 'Insert the formal notice',
  composeTitle: 'Insert a reminder', composeHint: 'The letter goes where the cursor is; what you typed stays.',
  draftCreated: 'Draft created in the thread.', blocked: 'On hold: {why}.', paidHint: 'The client says it has paid: check your bank account before any reminder.',
  badFact: 'Unreadable value: "{value}".', noThread: 'This message could not be read. Try again.',
  step_reminder1: 'Reminder 1', step_reminder2: 'Reminder 2', step_reminder3: 'Reminder 3', step_notice: 'Formal notice',
  why: 'Why', error: 'Relance could not finish: {reason}',
};

const TABLE: Record<Lang, Record<Key, string>> = { fr, en };

export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}

/** `fr`, `fr-FR`, `fr_CA` → fr; any other locale → en; none → fr (our users are French first). */
export function langFromLocale(locale: string | undefined): Lang {
  if (!locale) return 'fr';
  return /^fr\b|^fr[-_]/i.test(locale) ? 'fr' : 'en';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2025-03-15 → 15/03/2025 (fr) or 15 Mar 2025 (en). */
export function formatDay(day: IsoDate, lang: Lang): string {
  const [y, m, d] = day.split('-');
  return lang === 'fr' ? `${d}/${m}/${y}` : `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** Rate in hundredths of a point → "13,15" (fr) or "13.15" (en). */
export function formatRate(hundredths: number, lang: Lang): string {
  const s = `${Math.trunc(hundredths / 100)}.${String(Math.abs(hundredths % 100)).padStart(2, '0')}`;
  return lang === 'fr' ? s.replace('.', ',') : s;
}

export type TextKey = Key;

const PROBLEMS: Record<string, Record<Lang, string>> = {
  'gmail-read-failed': { fr: 'Gmail n’a pas permis de lire ce fil. Rouvrez le message puis réessayez.', en: 'Gmail did not let Relance read this thread. Reopen the message and try again.' },
  'gmail-draft-failed': { fr: 'Gmail n’a pas accepté le brouillon. Réessayez dans un instant.', en: 'Gmail did not accept the draft. Try again in a moment.' },
  'gmail-no-message': { fr: 'Aucun message ouvert : ouvrez l’e-mail de la facture.', en: 'No open message: open the invoice e-mail.' },
  'gmail-thread-empty': { fr: 'Ce fil ne contient aucun message lisible.', en: 'This thread holds no readable message.' },
  'no-invoice': { fr: 'Aucune facture identifiée : indiquez son numéro.', en: 'No invoice identified: give its number.' },
};

/** A problem code as one sentence: the panel's own codes first, then the core's catalog. */
export function problemText(problem: { code: string; params?: Record<string, string | number> }, lang: Lang, describe: (p: typeof problem, l: Lang) => string): string {
  return PROBLEMS[problem.code]?.[lang] ?? describe(problem, lang);
}
