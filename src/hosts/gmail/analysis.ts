/**
 * From a thread to what the side panel shows: run the core on the thread with the user's settings, the
 * facts the user typed in the card (when the thread lacks them) and the local history of reminders
 * created here; then penalties per overdue invoice and the tier to offer.
 */
import type { DebtorCase, ExtractedInvoice, IsoDate, Lang, Penalties, ReminderSent, Settings, Stage, StepId, Thread } from '../../core';
import { isIsoDate, parseDecimal } from '../../core';
import * as engine from './core-adapter';
import type { AddonEvent } from './event';
import { formValue as formInput, parameter } from './event';
import type { ReminderRecord } from './store/types';

export const FACT_FIELDS = { number: 'fact_invoice', amount: 'fact_amount', dueDate: 'fact_due', tier: 'tier' } as const;

export interface UserFacts { number?: string; amount?: number; dueDate?: IsoDate }

export interface CaseView {
  case: DebtorCase;
  stage: Stage;
  penalties: Array<{ invoice: string; value: Penalties }>;
  /** The tier the card offers by default: 1–3 reminders, 4 formal notice. */
  tier: number;
  /** Which facts the user still has to supply. */
  missing: Array<'number' | 'amount' | 'dueDate'>;
  /** Form values that could not be read (echoed back with an error). */
  badFacts: string[];
}

/** Reads the facts form: dates as DD/MM/YYYY or YYYY-MM-DD, amounts as 1 240,00 or 1240.00. */
export function factsFromForm(event: AddonEvent): { facts: UserFacts; bad: string[]; typed: Record<string, string> } {
  const facts: UserFacts = {};
  const bad: string[] = [];
  // Typed in the card's form, or carried by the button of a card drawn after they were typed (cards keep no state).
  const typed: Record<string, string> = {};
  const formValue = (e: AddonEvent, name: string) => {
    const v = formInput(e, name) || parameter(e, name).trim();
    if (v) typed[name] = v.slice(0, 100);
    return v;
  };
  const number = formValue(event, FACT_FIELDS.number).slice(0, 60);
  if (number) facts.number = number;
  const amount = formValue(event, FACT_FIELDS.amount);
  if (amount) {
    const norm = amount.replace(/[\s\u00a0\u202f€]|EUR/gi, '').replace(/\.(?=\d{3}(?:[,.]|$))/g, '').replace(',', '.');
    const r = parseDecimal(norm);
    if (r.ok && r.value > 0) facts.amount = r.value; else bad.push(amount);
  }
  const due = formValue(event, FACT_FIELDS.dueDate);
  if (due) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(due);
    const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : due;
    if (isIsoDate(iso)) facts.dueDate = iso; else bad.push(due);
  }
  return { facts, bad, typed };
}

function historyAsReminders(history: ReminderRecord[]): ReminderSent[] {
  return history.map((h) => ({
    messageId: h.messageId, day: h.day, tier: h.tier, invoices: h.invoices,
    source: { messageId: null, excerpt: `Relance ${h.tier} (${h.day})`, rule: 'local-history' },
  }));
}

function applyFacts(c: DebtorCase, f: UserFacts): DebtorCase {
  if (!f.number && f.amount === undefined && !f.dueDate) return c;
  const src = (excerpt: string) => ({ messageId: null, excerpt, rule: 'user' });
  const base = c.invoices[0] ?? { number: f.number ?? '', total: null, amountDue: null, currency: null, issueDate: null, dueDate: null, mentions: [] };
  const inv = {
    ...base,
    number: f.number ?? base.number,
    amountDue: f.amount !== undefined ? { value: f.amount, source: src('user') } : base.amountDue,
    currency: base.currency ?? { value: 'EUR', source: src('user') },
    dueDate: f.dueDate ? { value: f.dueDate, source: src(f.dueDate) } : base.dueDate,
  };
  return { ...c, debtor: c.debtor || !!inv.number, invoices: [inv, ...c.invoices.slice(1)] };
}

const TIER_OF: Record<StepId, number | null> = { 'reminder-1': 1, 'reminder-2': 2, 'reminder-3': 3, 'formal-notice': 4, wait: null, none: null };

export function analyseThread(o: {
  thread: Thread; me: string; on: IsoDate; settings: Settings; history: ReminderRecord[];
  documents: ExtractedInvoice[]; facts: UserFacts; bad: string[];
}): CaseView {
  const first = engine.analyse(o.thread, { me: o.me, on: o.on, settings: o.settings, history: historyAsReminders(o.history), documents: o.documents });
  const c = applyFacts(first.case, o.facts);
  const stage = c === first.case ? first.stage : engine.planStage(c, o.on, o.settings);
  const penalties: CaseView['penalties'] = [];
  for (const inv of c.invoices) {
    if (!inv.amountDue || !inv.dueDate || inv.dueDate.value >= o.on) continue;
    const p = engine.penalties(inv.amountDue.value, inv.dueDate.value, o.on, o.settings);
    if (p.ok) penalties.push({ invoice: inv.number, value: p.value });
  }
  const inv = c.invoices[0];
  const missing: CaseView['missing'] = [];
  if (!inv?.number) missing.push('number');
  if (!inv?.amountDue) missing.push('amount');
  if (!inv?.dueDate) missing.push('dueDate');
  const tier = TIER_OF[stage.nextStep] ?? Math.min(4, stage.remindersSent + 1);
  return { case: c, stage, penalties, tier, missing, badFacts: o.bad };
}

/** The user's choice when it is a language; else (`thread`, or never chosen) the thread's own, else the panel's. */
export const letterLang = (settings: Settings, c: DebtorCase, ui: Lang): Lang =>
  settings.letterLang === 'fr' || settings.letterLang === 'en' ? settings.letterLang : c.lang ?? ui;
