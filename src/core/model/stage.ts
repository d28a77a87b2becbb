/** Where a debtor case stands and what comes next. */
import type { IsoDate } from './common';
import type { Signal } from './case';

export type StepId = 'reminder-1' | 'reminder-2' | 'reminder-3' | 'formal-notice' | 'wait' | 'none';

/** Days after the due date at which each step becomes due (configurable). */
export interface Cadence {
  reminder1: number;
  reminder2: number;
  reminder3: number;
  formalNotice: number;
}

export const DEFAULT_CADENCE: Cadence = { reminder1: 5, reminder2: 15, reminder3: 30, formalNotice: 45 };

export interface Stage {
  nextStep: StepId;
  nextStepOn: IsoDate | null;
  /** Days since the earliest unpaid due date (negative = not yet due); null when unknown. */
  daysOverdue: number | null;
  remindersSent: number;
  /** The signals that make us wait (active promise, open dispute, payment-plan request). */
  blockedBy: Signal[];
}
