/**
 * draftLetter from a debtor case: the claim comes from the law module (penalties to `on`), and it
 * refuses, naming the figure, when a rate or a fact is unknown — never a made-up figure.
 */
import { draftLetter, type DraftInput } from '../../src/core/letters/draft';
import { describeProblem } from '../../src/core/i18n';
import { DEFAULT_CADENCE, type DebtorCase, type InvoiceFacts, type Settings, type Stage } from '../../src/core/model';
import { company } from './fixtures';

const ev = { messageId: 'm1', excerpt: '', rule: 'test' };
const fact = <T>(value: T) => ({ value, source: ev });
const invoice = (number: string, amount: number | null, due: string | null): InvoiceFacts => ({
  number, total: amount === null ? null : fact(amount), amountDue: amount === null ? null : fact(amount), currency: fact('EUR'),
  issueDate: fact('2025-02-13'), dueDate: due ? fact(due) : null, mentions: [ev],
});
const debtorCase = (invoices: InvoiceFacts[], reminders: DebtorCase['reminders'] = []): DebtorCase => ({
  debtor: true, why: [], owner: 'compta@menuiserie-durand.example', counterparty: { name: 'Boulangerie Petit', address: 'compta@boulangerie-petit.example' },
  invoices, reminders, signals: [], lang: 'fr',
});
const stage = (nextStep: Stage['nextStep']): Stage => ({ nextStep, nextStepOn: null, daysOverdue: 47, remindersSent: 1, blockedBy: [] });
const settings: Settings = {
  company, paymentTermDays: 30, endOfMonthMethod: 'add-then-eom', contractualRate: null, cadence: DEFAULT_CADENCE, paymentDeadlineDays: 8,
  defaultDebtorKind: 'business', creditorKind: 'business', tones: { '@boulangerie-petit.example': 'key-account' }, lang: 'fr', ecbOverrides: {},
};
const reminder1 = { messageId: 'r1', day: '2025-03-20', tier: 1, invoices: [], source: ev };
const base = (over: Partial<DraftInput> = {}): DraftInput => ({
  case: debtorCase([invoice('FA-2025-0142', 120000, '2025-03-15')], [reminder1]), stage: stage('reminder-2'), settings, on: '2025-05-01', ...over,
});

test('reminder 2 with facts.md example 1 figures: 13,15 % on 1 200,00 € for 47 days, first reminder recalled, tone from the domain', () => {
  const r = draftLetter(base());
  if (!r.ok) throw new Error(describeProblem(r.error, 'en'));
  expect(r.value.tier).toBe('reminder-2');
  expect(r.value.subject.startsWith('[Relance 2 · FA-2025-0142]')).toBe(true);
  expect(r.value.text).toContain('1\u202f200,00\u00a0€');
  expect(r.value.text).toContain('13,15\u00a0%');
  expect(r.value.text).toContain('20 mars 2025');
  expect(r.value.text).toContain('Bien cordialement'); // key-account tone for @boulangerie-petit.example
  expect(r.value.mentions).toEqual([]);
});

test('reminder 3 prints the penalties to date: 20,32 € + 40,00 € (facts.md §8 example 1)', () => {
  const r = draftLetter(base({ tier: 'reminder-3', lang: 'en' }));
  if (!r.ok) throw new Error(r.error.code);
  expect(r.value.text).toMatch(/47 days at 13\.15%: €20\.32/);
  expect(r.value.text).toContain('TOTAL DUE: €1,260.32');
});

test('a consumer gets no 40 € and the legal rate announced from the formal notice', () => {
  const r = draftLetter(base({ tier: 'formal-notice', debtorKind: 'consumer', on: '2025-09-10' }));
  if (!r.ok) throw new Error(r.error.code);
  expect(r.value.text).not.toMatch(/40,00|indemnité/i);
  expect(r.value.text).toMatch(/2,76\s%/); // 2025 H2, "autres cas" column: the creditor is a business
  expect(r.value.mentions).toEqual([]);
});

test('an unknown half-year is refused, naming it, unless the user supplies the ECB rate', () => {
  const late = base({ tier: 'reminder-3', on: '2026-08-15', case: debtorCase([invoice('FA-9', 100000, '2026-06-15')]) });
  const r = draftLetter(late);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(describeProblem(r.error, 'fr')).toMatch(/semestre 2026/);
  const supplied = draftLetter({ ...late, settings: { ...settings, ecbOverrides: { '2026-H2': 215 } } });
  expect(supplied.ok).toBe(true);
});

test.each([
  ['amount', invoice('FA-7', null, '2025-03-15'), 'letter-missing-amount'],
  ['due date', invoice('FA-7', 50000, null), 'letter-missing-due-date'],
])('a missing %s is refused, naming the invoice', (_n, inv, code) => {
  const r = draftLetter(base({ case: debtorCase([inv]) }));
  expect(r.ok ? null : [r.error.code, r.error.params?.invoice]).toEqual([code, 'FA-7']);
});

test('facts supplied by the user complete the thread', () => {
  const r = draftLetter(base({ case: debtorCase([invoice('FA-7', null, null)]), facts: { invoices: { 'FA-7': { amountDue: 50000, dueDate: '2025-03-15' } } } }));
  if (!r.ok) throw new Error(r.error.code);
  expect(r.value.text).toContain('500,00\u00a0€');
});

test('nothing to send when the next step is to wait, unless a tier is chosen', () => {
  const r = draftLetter(base({ stage: stage('wait') }));
  expect(r.ok ? null : [r.error.code, r.error.params?.step]).toEqual(['letter-nothing-to-send', 'wait']);
  expect(draftLetter(base({ stage: stage('wait'), tier: 'reminder-1' })).ok).toBe(true);
});

test('paid and credited invoices are left out of the claim', () => {
  const credit = { ...invoice('AV-1', 10000, '2025-03-15'), typeCode: '381' };
  const r = draftLetter(base({ case: debtorCase([invoice('FA-1', 120000, '2025-03-15'), invoice('FA-2', 0, '2025-03-15'), credit]) }));
  if (!r.ok) throw new Error(r.error.code);
  expect(r.value.subject).toContain('FA-1]');
  expect(r.value.text).not.toMatch(/FA-2|AV-1/);
});

test('reminder 1 announces an enclosed copy only when the host attaches the invoice; otherwise it offers one', () => {
  for (const lang of ['fr', 'en'] as const) {
    const withCopy = draftLetter(base({ tier: 'reminder-1', lang }));
    const without = draftLetter(base({ tier: 'reminder-1', lang, invoiceAttached: false }));
    if (!withCopy.ok || !without.ok) throw new Error('draft refused');
    expect(withCopy.value.text).toMatch(lang === 'fr' ? /ci-joint une copie/ : /find enclosed a copy/);
    expect(without.value.text).not.toMatch(/ci-joint une copie|find enclosed/);
    expect(without.value.text).toMatch(lang === 'fr' ? /copie de cette facture sur simple demande/ : /copy of this invoice on request/);
    expect(without.value.mentions).toEqual([]);
  }
});
