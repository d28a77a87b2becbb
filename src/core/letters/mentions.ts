/**
 * The mention check: which mandatory mentions a rendered letter lacks for its tier. Run on every
 * letter (built-in or user override) before it is offered; the panes show its findings.
 * Required: the subject marker and the footer reference line; every invoice number, amount due and
 * due date; from reminder 2 the rate(s) and their basis, the articles for the debtor kind and the
 * 40 EUR indemnity for professional and public debtors; reminder 2 the days given and the first
 * reminder's date; from reminder 3 the penalties to date, the total and the deadline; reminder 3 the
 * announced formal notice; the formal notice its own words, the earlier reminders' dates, the
 * registered letter, the injonction de payer and the sender's identity.
 * @example checkMentions(letter, input) // → [] or [{ mention: 'articles', where: 'text', expected: 'L441-10' }]
 */
import type { Letter, MentionFinding } from '../model';
import type { LetterInput } from './input';
import { formatDay } from './format';
import { letterView, TIER_NUMBER } from './view';

interface Required { mention: string; where: ('subject' | 'html' | 'text')[]; anyOf: string[] }

const ARTICLES = { business: ['L441-10', 'D441-5'], consumer: ['1231-6', '1344-1'], public: ['L2192-13', 'R2192-31', 'D2192-35'] };

/** Lower case, one kind of space: '1 240,00 €' matches whatever spaces the renderer used. */
const norm = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').toLowerCase();

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** The visible text of mail HTML: tags dropped, entities decoded (tags first, so escaped data stays text). */
export function htmlText(html: string): string {
  return html
    .replace(/<(style|script|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
      if (e[0] === '#') { const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10); return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole; }
      return NAMED[e.toLowerCase()] ?? whole;
    });
}

export function requiredMentions(input: LetterInput): Required[] {
  const v = letterView(input);
  const n = TIER_NUMBER[input.tier];
  const body = ['html', 'text'] as ('html' | 'text')[];
  const req: Required[] = [
    { mention: 'marker', where: ['subject'], anyOf: [v.marker] },
    { mention: 'reference', where: body, anyOf: [v.reference] },
  ];
  const add = (mention: string, ...anyOf: string[]) => {
    if (!req.some((r) => r.mention === mention && r.anyOf[0] === anyOf[0])) req.push({ mention, where: body, anyOf });
  };
  v.invoices.forEach((inv, i) => {
    add('invoice-number', inv.number);
    add('amount', inv.amount);
    add('due-date', inv.dueDate, formatDay(input.claim.lines[i]!.dueDate, input.lang));
  });
  if (n >= 2) {
    for (const r of v.rates) { add('rate', r.rate); add('rate-basis', r.basis); }
    for (const a of ARTICLES[input.debtorKind]) add('articles', a);
    if (input.debtorKind !== 'consumer') add('indemnity', v.indemnityUnit);
  }
  if (n === 2) {
    add('deadline-days', input.lang === 'fr' ? `${v.deadline.days} jours` : `${v.deadline.days} days`);
    if (v.firstReminder?.date) add('earlier-reminder', v.firstReminder.date);
  }
  if (n >= 3) {
    add('deadline', v.deadline.date);
    add('total', v.totals.total);
    if (v.totals.hasInterest) add('interest', v.totals.interest);
    for (const inv of v.invoices) for (const s of inv.segments) add('penalty-part', s.interest);
  }
  if (n === 3) add('notice-warning', input.lang === 'fr' ? 'mise en demeure' : 'formal notice');
  if (n === 4) {
    add('formal-notice-words', input.lang === 'fr' ? 'mise en demeure' : 'formal notice');
    for (const e of v.earlier) if (e.date) add('earlier-reminder', e.date);
    add('legal-route', 'injonction de payer');
    add('registered-letter', input.lang === 'fr' ? 'lettre recommandée' : 'registered letter');
    add('sender', input.company.name);
    if (input.company.siren) add('sender-siren', input.company.siren);
  }
  return req;
}

/** Which mandatory mentions are missing from `letter` (subject, HTML, text) for its tier. */
export function checkMentions(letter: Pick<Letter, 'subject' | 'html' | 'text'>, context: LetterInput): MentionFinding[] {
  const hay = { subject: norm(letter.subject), html: norm(htmlText(letter.html)), text: norm(letter.text) };
  const findings: MentionFinding[] = [];
  for (const r of requiredMentions(context)) {
    for (const where of r.where) {
      if (!r.anyOf.some((x) => x.trim() === '' || hay[where].includes(norm(x)))) findings.push({ mention: r.mention, where, expected: r.anyOf[0]! });
    }
  }
  return findings;
}
