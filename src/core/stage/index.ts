/**
 * Where a debtor case stands and what comes next. The cadence counts days after the (earliest unpaid)
 * due date: reminder 1 at D+5, reminder 2 at D+15, reminder 3 at D+30, formal notice at D+45 by default.
 * The next step is the tier after the reminders already sent; its date is the cadence day, and never
 * sooner after the last reminder than the cadence's own gap between the two tiers.
 * `wait` when the debtor promised (until the promised date + PROMISE_GRACE_DAYS: then the promise
 * lapses and reminders resume) or asked for a plan (same), or contests the invoice (no date: a person
 * must answer). `none` when it is not a debtor thread or the debtor paid.
 * @example planStage(detected, { on: '2025-03-22' }) // → { nextStep: 'reminder-2', nextStepOn: '2025-03-31', … }
 */
import type { Cadence, DebtorCase, IsoDate, Stage, StepId } from '../model';
import { DEFAULT_CADENCE } from '../model';
import { addDays, daysBetween } from '../util';

export const WAIT_GRACE_DAYS = 3;

const STEPS: StepId[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];

export function remindersSentOf(c: DebtorCase): number {
  const tiers = c.reminders.map((r) => Math.min(r.tier ?? 0, 3));
  return Math.max(c.reminders.length, 0, ...tiers);
}

export function planStage(c: DebtorCase, options: { on: IsoDate; cadence?: Cadence }): Stage {
  const cadence = options.cadence ?? DEFAULT_CADENCE;
  const remindersSent = c.debtor ? remindersSentOf(c) : 0;
  const dues = c.invoices.map((i) => i.dueDate?.value).filter((d): d is IsoDate => !!d).sort();
  const due = dues[0] ?? null;
  const daysOverdue = due ? daysBetween(due, options.on) : null;
  const base = { daysOverdue, remindersSent, blockedBy: [] as Stage['blockedBy'] };
  // Spelled out (a spread of `base` cost more than the rest of this function for ordinary mail).
  if (!c.debtor || c.signals.some((s) => s.kind === 'paid' && s.active)) return { daysOverdue, remindersSent, blockedBy: base.blockedBy, nextStep: 'none', nextStepOn: null };
  const blocking = c.signals.filter((s) => s.active && s.kind !== 'paid');
  if (blocking.length) {
    const dispute = blocking.some((s) => s.kind === 'dispute');
    const dates = blocking.map((s) => s.promisedFor).filter((d): d is IsoDate => !!d).sort();
    const last = dates[dates.length - 1];
    return { ...base, blockedBy: blocking, nextStep: 'wait', nextStepOn: !dispute && last ? addDays(last, WAIT_GRACE_DAYS) : null };
  }
  const k = Math.min(remindersSent, 3);
  const offsets = [cadence.reminder1, cadence.reminder2, cadence.reminder3, cadence.formalNotice];
  const lastDay = c.reminders.map((r) => r.day).filter((d): d is IsoDate => !!d).sort().pop() ?? null;
  let nextStepOn: IsoDate | null = due ? addDays(due, offsets[k]!) : null;
  if (lastDay && k > 0) {
    const gap = addDays(lastDay, offsets[k]! - offsets[k - 1]!);
    if (!nextStepOn || gap > nextStepOn) nextStepOn = gap;
  }
  return { ...base, nextStep: STEPS[k]!, nextStepOn };
}
