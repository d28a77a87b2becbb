/**
 * Detection: is this thread about money a correspondent owes the owner, and where does it stand?
 * @example const { case: c, stage } = analyse(thread, { me: '@menuiserie-durand.example', on: '2025-03-22' })
 */
import type { Cadence, DebtorCase, Stage, Thread } from '../model';
import { planStage } from '../stage';
import { detectCase } from './run';
import type { DetectOptions } from './context';

export { detectCase, mayBeDebtor } from './run';
export { mayConcernPayment } from './prefilter';
export type { DetectOptions, HistoryEntry } from './context';

/** Detects the case and plans its stage in one call (what the shells need). */
export function analyse(thread: Thread, options: DetectOptions & { cadence?: Cadence }): { case: DebtorCase; stage: Stage } {
  const c = detectCase(thread, options);
  return { case: c, stage: planStage(c, { on: options.on, cadence: options.cadence }) };
}
