import type { DebtorCase, InvoiceFacts, ReminderSent, Signal } from '../model';
import { planStage } from '.';

const src = { messageId: 'm', excerpt: '', rule: 't' };
const invoice = (due: string | null): InvoiceFacts => ({ number: 'FA-1', total: null, amountDue: { value: 100, source: src }, currency: null,
  issueDate: null, dueDate: due ? { value: due, source: src } : null, mentions: [] });
const reminder = (day: string, tier: number | null = null): ReminderSent => ({ messageId: day, day, tier, invoices: [], source: src });
const sig = (kind: Signal['kind'], o: Partial<Signal> = {}): Signal => ({ kind, messageId: 'x', day: '2025-03-20', active: true, evidence: src, ...o });
const kase = (o: Partial<DebtorCase> = {}): DebtorCase => ({ debtor: true, why: [], owner: '@a.fr', counterparty: null,
  invoices: [invoice('2025-03-15')], reminders: [], signals: [], lang: 'fr', ...o });

describe('planStage', () => {
  test('the tier after the reminders sent, on the cadence day', () => {
    expect(planStage(kase(), { on: '2025-03-16' })).toMatchObject({ nextStep: 'reminder-1', nextStepOn: '2025-03-20', daysOverdue: 1, remindersSent: 0 });
    expect(planStage(kase({ reminders: [reminder('2025-03-21')] }), { on: '2025-03-22' })).toMatchObject({ nextStep: 'reminder-2', nextStepOn: '2025-03-31' });
    expect(planStage(kase({ reminders: [reminder('2025-03-21'), reminder('2025-04-01'), reminder('2025-04-20')] }), { on: '2025-04-21' }))
      .toMatchObject({ nextStep: 'formal-notice', nextStepOn: '2025-05-05' });
  });
  test('a late reminder pushes the next one by the cadence gap', () => {
    // reminder 1 sent at D+25: reminder 2 comes 10 days later, not at D+15
    expect(planStage(kase({ reminders: [reminder('2025-04-09')] }), { on: '2025-04-10' }).nextStepOn).toBe('2025-04-19');
  });
  test('a configurable cadence', () => {
    const cadence = { reminder1: 1, reminder2: 8, reminder3: 15, formalNotice: 30 };
    expect(planStage(kase(), { on: '2025-03-16', cadence }).nextStepOn).toBe('2025-03-16');
  });
  test('wording that names the tier counts the earlier reminders the thread does not show', () => {
    expect(planStage(kase({ reminders: [reminder('2025-04-01', 2)] }), { on: '2025-04-02' }).nextStep).toBe('reminder-3');
  });
  test('wait on a promise (until its date + grace) or a dispute (no date)', () => {
    const p = planStage(kase({ signals: [sig('promise', { promisedFor: '2025-03-28' })] }), { on: '2025-03-22' });
    expect(p).toMatchObject({ nextStep: 'wait', nextStepOn: '2025-03-31' });
    expect(p.blockedBy.map((s) => s.kind)).toEqual(['promise']);
    expect(planStage(kase({ signals: [sig('dispute'), sig('promise', { promisedFor: '2025-03-28' })] }), { on: '2025-03-22' }))
      .toMatchObject({ nextStep: 'wait', nextStepOn: null });
    expect(planStage(kase({ signals: [sig('promise', { active: false })] }), { on: '2025-03-22' }).nextStep).toBe('reminder-1');
  });
  test('none when paid or not a debtor thread', () => {
    expect(planStage(kase({ signals: [sig('paid')] }), { on: '2025-03-22' }).nextStep).toBe('none');
    expect(planStage(kase({ debtor: false }), { on: '2025-03-22' })).toMatchObject({ nextStep: 'none', nextStepOn: null, remindersSent: 0 });
  });
  test('unknown due date: no cadence day', () => {
    expect(planStage(kase({ invoices: [invoice(null)] }), { on: '2025-03-22' })).toMatchObject({ nextStep: 'reminder-1', nextStepOn: null, daysOverdue: null });
  });
});
