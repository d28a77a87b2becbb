/** Card builders are pure: debtor-controlled text lands escaped, and the card stays within Google's format. */
import Ajv from 'ajv';
import { cardSchema } from './card-schema';
import { caseCard } from '../../src/hosts/gmail/cards/case-card';
import { pushCard } from '../../src/hosts/gmail/cards/widgets';
import type { CaseView } from '../../src/hosts/gmail/analysis';

const evil = '<img src=x onerror="alert(1)">';
const ev = (excerpt: string) => ({ messageId: 'm1', excerpt, rule: 'test' });
const view: CaseView = {
  case: {
    debtor: true, why: [], owner: 'me@a.example', counterparty: { name: evil, address: 'x@b.example' }, lang: 'fr',
    invoices: [{ number: `FA-1${evil}`, total: null, amountDue: { value: 123456, source: ev('1 234,56') }, currency: { value: 'EUR', source: ev('EUR') },
      issueDate: null, dueDate: { value: '2025-03-15', source: ev('15/03/2025') }, mentions: [] }],
    reminders: [{ messageId: 'm2', day: '2025-03-25', tier: null, invoices: [], source: ev(`Relance ${evil}`) }],
    signals: [{ kind: 'promise', messageId: 'm3', day: '2025-03-28', promisedFor: '2025-04-05', active: true, evidence: ev(`Je paie vendredi ${evil}`) }],
  },
  stage: { nextStep: 'wait', nextStepOn: '2025-04-05', daysOverdue: 17, remindersSent: 1, blockedBy: [] },
  penalties: [], tier: 2, missing: [], badFacts: [evil],
};
const links = { mode: 'create' as const, create: { url: 'https://r.example/actions/create-draft' }, changeTier: { url: 'https://r.example/a' },
  recompute: { url: 'https://r.example/b' }, settings: { url: 'https://r.example/c' } };

const validate = new Ajv().compile(cardSchema);
const valid = (card: ReturnType<typeof caseCard>) => {
  expect(validate(pushCard(card)) ? [] : validate.errors).toEqual([]);
  return card;
};

test('debtor text is escaped wherever it lands', () => {
  const json = JSON.stringify(valid(caseCard(view, { lang: 'fr', on: '2025-04-01', links })));
  expect(json).not.toContain('<img');
  expect(json).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
});

test('the card shows amount, due date, days overdue, the reminder date and the promise with its evidence', () => {
  const json = JSON.stringify(valid(caseCard(view, { lang: 'fr', on: '2025-04-01', links })));
  for (const s of ['1\u202f234,56\u00a0€', '15/03/2025', '17 jours de retard', '25/03/2025', 'Promesse de paiement', 'pour le 05/04/2025', 'Je paie vendredi'])
    expect([s, json.includes(s)]).toEqual([s, true]);
  const en = JSON.stringify(valid(caseCard(view, { lang: 'en', on: '2025-04-01', links })));
  expect(en).toContain('€1,234.56');
  expect(en).toContain('17 days overdue');
});

test('the chosen tier drives the button, and the card is valid card JSON', () => {
  for (const tier of [1, 2, 3, 4]) {
    const card = caseCard(view, { lang: 'fr', on: '2025-04-01', links, tier });
    expect(validate(pushCard(card))).toBe(true);
    const footer = JSON.stringify(card.fixedFooter);
    expect(footer).toContain(tier === 4 ? 'mise en demeure' : `relance n°${tier}`);
  }
});

test('a payment the client announces: the card says to check the bank, and shows no amount to claim', () => {
  const paid = { ...view, case: { ...view.case, signals: [{ kind: 'paid' as const, messageId: 'm3', day: '2025-03-28', promisedFor: null, active: true, evidence: ev('Nous avons payé ce jour') }] },
    penalties: [{ invoice: 'FA-1', value: { interest: 100, indemnity: 4000, total: 127556, segments: [], articles: ['L441-10'] } as never }] };
  const json = JSON.stringify(valid(caseCard(paid, { lang: 'fr', on: '2025-04-01', links })));
  expect(json).toContain('vérifiez sa réception');
  expect(json).not.toContain('Total exigible');
  const unpaid = JSON.stringify(valid(caseCard({ ...paid, case: view.case }, { lang: 'fr', on: '2025-04-01', links })));
  expect(unpaid).toContain('Total exigible');
});
