/** Every sentence the task pane shows, in French (first) and English. Problem codes of this shell are at the end. */
import { describeProblem, type Lang, type Problem } from '../core';

const fr = {
  loading: 'Lecture du message…',
  notInOutlook: 'Ouvrez Relance depuis Outlook : ce volet a besoin d’un message ouvert.',
  noItem: 'Sélectionnez un message pour voir où en est la facture.',
  tabCase: 'Relance', tabSettings: 'Réglages', tabData: 'Données',
  notDebtor: 'Ce message ne parle pas d’une facture due à votre entreprise.',
  paid: 'Le client indique avoir payé : rien à relancer.',
  invoice: 'Facture', amountDue: 'Reste dû', dueDate: 'Échéance', daysOverdue: 'Retard',
  days: (n: number) => (n === 1 ? '1 jour' : `${n} jours`), notYetDue: (n: number) => `échéance dans ${n} j`,
  remindersSent: 'Relances envoyées', noneSent: 'aucune', reminderOn: (t: string, d: string) => `${t} — ${d}`,
  nextStep: 'Prochaine étape', on: (d: string) => `le ${d}`, waitUntil: (d: string) => `jusqu’au ${d}, puis reprendre les relances`,
  waitBecause: 'Le client a répondu : voyez les signaux ci-dessous.', paidNote: 'Le client indique avoir payé : vérifiez l’encaissement avant toute relance.',
  draftAnyway: 'Préparer une lettre quand même', unknownTier: 'Relance', now: 'dès maintenant', dueSince: (d: string) => `dès maintenant (prévue le ${d})`,
  steps: { 'reminder-1': 'Relance n°1', 'reminder-2': 'Relance n°2', 'reminder-3': 'Relance n°3', 'formal-notice': 'Mise en demeure', wait: 'Attendre', none: 'Rien à faire' } as Record<string, string>,
  signals: 'Signaux', signalKinds: { promise: 'Promesse de paiement', paid: 'Paiement annoncé', dispute: 'Contestation', 'payment-plan': 'Demande d’échéancier' } as Record<string, string>,
  penalties: 'Pénalités de retard', interest: 'Intérêts', indemnity: 'Indemnité forfaitaire (D441-5)', total: 'Total dû à ce jour',
  toDate: (d: string) => `calculées au ${d}`, segment: (from: string, to: string, days: number, rate: string) => `du ${from} au ${to} : ${days} j à ${rate} %`,
  missingTitle: 'À compléter', missingHelp: 'Ces informations ne figurent pas dans le message. Indiquez-les : rien n’est inventé.',
  apply: 'Appliquer', amountPlaceholder: 'ex. 1 240,00',
  badAmount: (n: string, v: string) => `Facture ${n} : « ${v} » n’est pas un montant lisible. Écrivez-le par exemple 1 234,56 (rien n’a été effacé).`,
  badDay: (n: string, v: string) => `Facture ${n} : « ${v} » n’est pas une date lisible. Écrivez-la par exemple 15/03/2026 (rien n’a été effacé).`,
  nothingTyped: 'Indiquez au moins une valeur avant d’appliquer.',
  typedByYou: 'indiqué par vous',
  preparing: 'Préparation de la lettre…', letter: 'Lettre', tier: 'Niveau', preview: 'Aperçu modifiable de la lettre', subject: 'Objet',
  mentionsOk: 'Toutes les mentions obligatoires sont présentes.', mentionsMissing: 'Mentions manquantes :',
  insert: (label: string) => `Insérer la ${label.toLowerCase()}`, insertNotice: 'Insérer la mise en demeure',
  inserting: 'Insertion…', replyOpened: 'La réponse est ouverte avec la lettre. Relisez-la puis envoyez.',
  insertedDone: 'Lettre insérée dans votre message, votre texte est intact.', attached: (n: number) => (n ? ` Facture jointe (${n}).` : ''),
  limits: { 'no-headers': 'Votre version d’Outlook ne donne pas les en-têtes : seules les marques visibles sont lues.', 'no-attachments': 'Les pièces jointes ne sont pas lisibles ici.', 'no-html-body': 'Corps HTML indisponible : lecture du texte seul.' } as Record<string, string>,
  settingsIntro: 'Avant la première relance, présentez votre entreprise : ces informations figurent dans chaque lettre.',
  company: 'Entreprise', name: 'Raison sociale', siren: 'SIREN', address: 'Adresse', iban: 'IBAN', bic: 'BIC', email: 'E-mail', phone: 'Téléphone', signature: 'Signature',
  terms: 'Conditions de paiement', termDays: 'Délai de paiement (jours)', contractualRate: 'Taux contractuel (%) — vide = taux légal',
  cadence: 'Calendrier des relances (jours après l’échéance)', deadline: 'Délai accordé dans la lettre (jours)',
  tones: 'Ton par client (adresse ou @domaine = ton)', toneNames: { 'new-client': 'nouveau client', regular: 'habituel', 'late-payer': 'retardataire', 'key-account': 'grand compte' } as Record<string, string>,
  language: 'Langue de cette lettre', defaultLetterLang: 'Langue des lettres par défaut',
  letterLangChoices: { thread: 'celle du fil (recommandé)', fr: 'toujours en français', en: 'toujours en anglais' } as Record<string, string>,
  ecbOverride: 'Taux BCE d’un semestre inconnu (ex. 2026-H2 = 2,15)',
  save: 'Enregistrer', saved: 'Réglages enregistrés.',
  ledger: 'Balance âgée (CSV)', ledgerHelp: 'Importez la liste de vos factures ouvertes : elle complète ce que les messages ne disent pas.',
  ledgerLoaded: (n: number, f: string) => `${n} facture(s) lue(s) dans ${f}.`, ledgerProblems: (n: number) => `${n} ligne(s) non lue(s) :`, line: (n: number) => `Ligne ${n}`,
  pickCsv: 'Choisir le fichier CSV…', exportData: 'Exporter toutes mes données (JSON)', importData: 'Importer des données (JSON)', imported: 'Données importées.',
  history: 'Relances insérées depuis ce poste',
  error: 'Une erreur est survenue :', retry: 'Réessayer',
};

export type Strings = typeof fr;

const en: Strings = {
  loading: 'Reading the message…',
  notInOutlook: 'Open Relance from Outlook: this pane needs an open message.',
  noItem: 'Select a message to see where its invoice stands.',
  tabCase: 'Reminder', tabSettings: 'Settings', tabData: 'Data',
  notDebtor: 'This message is not about an invoice owed to your company.',
  paid: 'The client says it has paid: nothing to chase.',
  invoice: 'Invoice', amountDue: 'Still due', dueDate: 'Due date', daysOverdue: 'Overdue',
  days: (n) => (n === 1 ? '1 day' : `${n} days`), notYetDue: (n) => `due in ${n} d`,
  remindersSent: 'Reminders sent', noneSent: 'none', reminderOn: (t, d) => `${t} — ${d}`,
  nextStep: 'Next step', on: (d) => `on ${d}`, waitUntil: (d) => `until ${d}, then resume the reminders`,
  waitBecause: 'The client has replied: see the signals below.', paidNote: 'The client says it has paid: check the payment before any reminder.',
  draftAnyway: 'Prepare a letter anyway', unknownTier: 'Reminder', now: 'now', dueSince: (d) => `now (planned for ${d})`,
  steps: { 'reminder-1': 'Reminder 1', 'reminder-2': 'Reminder 2', 'reminder-3': 'Reminder 3', 'formal-notice': 'Formal notice', wait: 'Wait', none: 'Nothing to do' },
  signals: 'Signals', signalKinds: { promise: 'Payment promised', paid: 'Payment announced', dispute: 'Dispute', 'payment-plan': 'Payment plan requested' },
  penalties: 'Late-payment penalties', interest: 'Interest', indemnity: 'Fixed indemnity (D441-5)', total: 'Total due today',
  toDate: (d) => `computed to ${d}`, segment: (from, to, days, rate) => `${from} to ${to}: ${days} d at ${rate} %`,
  missingTitle: 'To complete', missingHelp: 'The message does not say. Please fill these in: nothing is invented.',
  apply: 'Apply', amountPlaceholder: 'e.g. 1,240.00',
  badAmount: (n, v) => `Invoice ${n}: "${v}" is not a readable amount. Write it like 1,234.56 (nothing was erased).`,
  badDay: (n, v) => `Invoice ${n}: "${v}" is not a readable date. Write it like 15/03/2026 (nothing was erased).`,
  nothingTyped: 'Fill in at least one value before applying.',
  typedByYou: 'typed by you',
  preparing: 'Preparing the letter…', letter: 'Letter', tier: 'Level', preview: 'Editable preview of the letter', subject: 'Subject',
  mentionsOk: 'Every mandatory mention is present.', mentionsMissing: 'Missing mentions:',
  insert: (label) => `Insert ${label.toLowerCase()}`, insertNotice: 'Insert the formal notice',
  inserting: 'Inserting…', replyOpened: 'A reply is open with the letter. Read it over, then send.',
  insertedDone: 'Letter inserted into your message; your text is untouched.', attached: (n) => (n ? ` Invoice attached (${n}).` : ''),
  limits: { 'no-headers': 'Your Outlook does not give the headers: only visible markers are read.', 'no-attachments': 'Attachments cannot be read here.', 'no-html-body': 'No HTML body: reading the text only.' },
  settingsIntro: 'Before the first reminder, tell us about your company: every letter carries these details.',
  company: 'Company', name: 'Company name', siren: 'SIREN', address: 'Address', iban: 'IBAN', bic: 'BIC', email: 'E-mail', phone: 'Phone', signature: 'Signature',
  terms: 'Payment terms', termDays: 'Payment term (days)', contractualRate: 'Contractual rate (%) — empty = legal rate',
  cadence: 'Reminder schedule (days after the due date)', deadline: 'Days given to pay in the letter',
  tones: 'Tone per client (address or @domain = tone)', toneNames: { 'new-client': 'new client', regular: 'regular', 'late-payer': 'late payer', 'key-account': 'key account' },
  language: 'Language of this letter', defaultLetterLang: 'Default letter language',
  letterLangChoices: { thread: 'the thread’s (recommended)', fr: 'always French', en: 'always English' },
  ecbOverride: 'ECB rate for an unknown half-year (e.g. 2026-H2 = 2.15)',
  save: 'Save', saved: 'Settings saved.',
  ledger: 'Aged receivables (CSV)', ledgerHelp: 'Import the list of your open invoices: it completes what the messages do not say.',
  ledgerLoaded: (n, f) => `${n} invoice(s) read from ${f}.`, ledgerProblems: (n) => `${n} line(s) not read:`, line: (n) => `Line ${n}`,
  pickCsv: 'Choose the CSV file…', exportData: 'Export all my data (JSON)', importData: 'Import data (JSON)', imported: 'Data imported.',
  history: 'Reminders inserted from this computer',
  error: 'Something went wrong:', retry: 'Try again',
};

export const strings: Record<Lang, Strings> = { fr, en };

/** Sentences for this shell's own problem codes; the core's codes go through describeProblem. */
const problems: Record<string, Record<Lang, string>> = {
  'outlook-no-item': { fr: 'Aucun message n’est ouvert.', en: 'No message is open.' },
  'outlook-call-failed': { fr: 'Outlook n’a pas pu {action}. Réessayez ; si cela se reproduit, fermez puis rouvrez le message.', en: 'Outlook could not {action}. Try again; if it happens again, close and reopen the message.' },
  'letter-too-long': { fr: 'La lettre dépasse la taille qu’Outlook accepte dans une réponse ({limit} octets). Raccourcissez-la.', en: 'The letter is longer than Outlook accepts in a reply ({limit} bytes). Please shorten it.' },
  'local-data-unreadable': { fr: 'Ce fichier n’est pas un export de Relance : rien n’a été modifié.', en: 'This file is not a Relance export: nothing was changed.' },
  'ledger-missing-invoice': { fr: 'Numéro de facture absent.', en: 'Invoice number missing.' },
  'bad-rate': { fr: 'Taux illisible : « {input} » (attendu par exemple 2,15).', en: 'Unreadable rate: "{input}" (expected e.g. 2.15).' },
};

/** What each Office call does, in the user's words (Office's own error text is English and technical: never shown). */
const actions: Record<string, Record<Lang, string>> = {
  read: { fr: 'lire le message', en: 'read the message' },
  displayReplyFormAsync: { fr: 'ouvrir la réponse', en: 'open the reply' },
  displayReplyForm: { fr: 'ouvrir la réponse', en: 'open the reply' },
  'body.prependAsync': { fr: 'insérer la lettre dans votre message', en: 'insert the letter into your message' },
  'body.setSelectedDataAsync': { fr: 'insérer la lettre dans votre message', en: 'insert the letter into your message' },
};

export function describe(problem: Problem, lang: Lang): string {
  const entry = problems[problem.code];
  if (!entry) return describeProblem(problem, lang);
  const call = String(problem.params?.call ?? '');
  const action = (actions[call] ?? actions.read!)[lang];
  return entry[lang].replace(/\{(\w+)\}/g, (w, k: string) => (k === 'action' ? action : String(problem.params?.[k] ?? w)));
}
