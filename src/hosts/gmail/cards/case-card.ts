/**
 * The contextual card for an open message: invoices with amount due, due date and days overdue,
 * reminders sent with dates, next step and date, client signals with their evidence, penalties and the
 * 40 EUR indemnity to date, a form for the facts Relance could not find, the tier and the create button.
 * Pure: data in, card JSON out.
 */
import type { IsoDate, Lang, StepId } from '../../../core';
import { daysBetween, formatMoney } from '../../../core';
import type { CaseView } from '../analysis';
import { FACT_FIELDS } from '../analysis';
import { formatDay, formatRate, t } from '../ui-text';
import type { ActionRef, Card, Section, Widget } from './widgets';
import { button, buttons, decorated, divider, dropdown, header, paragraph, textInput } from './widgets';

export interface CaseCardLinks {
  create: ActionRef; changeTier: ActionRef; recompute: ActionRef; settings: ActionRef;
  /** In compose the button inserts into the draft instead of creating one. */
  mode: 'create' | 'insert';
}

const STEP_KEY: Record<Exclude<StepId, 'wait' | 'none'>, 'step_reminder1' | 'step_reminder2' | 'step_reminder3' | 'step_notice'> = {
  'reminder-1': 'step_reminder1', 'reminder-2': 'step_reminder2', 'reminder-3': 'step_reminder3', 'formal-notice': 'step_notice',
};

export function stepLabel(step: StepId, lang: Lang): string {
  if (step === 'wait') return t(lang, 'waitStep');
  if (step === 'none') return t(lang, 'noneStep');
  return t(lang, STEP_KEY[step]);
}

function invoiceWidgets(v: CaseView, lang: Lang, on: IsoDate): Widget[] {
  return v.case.invoices.map((inv) => {
    const cur = inv.currency?.value ?? 'EUR';
    const amount = inv.amountDue ? formatMoney(inv.amountDue.value, cur, lang) : t(lang, 'unknown');
    let bottom = '';
    if (inv.dueDate) {
      const late = daysBetween(inv.dueDate.value, on);
      const lateText = late > 0 ? t(lang, 'overdue', { days: late }) : late === 0 ? t(lang, 'dueToday') : t(lang, 'notYetDue', { days: -late });
      bottom = `${t(lang, 'dueOn', { date: formatDay(inv.dueDate.value, lang) })} · ${lateText}`;
    }
    return decorated({ top: `${inv.number} · ${t(lang, 'amountDue')}`, text: amount, bottom, icon: 'DESCRIPTION' });
  });
}

function reminderWidgets(v: CaseView, lang: Lang): Widget[] {
  if (v.case.reminders.length === 0) return [paragraph(t(lang, 'noReminder'))];
  return v.case.reminders.map((r) => {
    const date = r.day ? formatDay(r.day, lang) : t(lang, 'unknown');
    const text = r.tier ? t(lang, 'reminderOn', { tier: r.tier, date }) : t(lang, 'reminderUnknownTier', { date });
    return decorated({ text, bottom: r.source.rule === 'history' ? t(lang, 'createdHere') : r.source.excerpt.slice(0, 140) });
  });
}

function nextStepWidget(v: CaseView, lang: Lang, on: IsoDate): Widget {
  const s = v.stage;
  const label = stepLabel(s.nextStep, lang);
  const text = s.nextStepOn && s.nextStepOn > on ? t(lang, 'nextOn', { step: label, date: formatDay(s.nextStepOn, lang) })
    : s.nextStep === 'wait' || s.nextStep === 'none' ? label : t(lang, 'nextNow', { step: label });
  const blocked = s.blockedBy.map((b) => t(lang, b.kind)).join(', ').replace(/^./, (c) => c.toLowerCase());
  return decorated({ text, bottom: blocked ? t(lang, 'blocked', { why: blocked }) : undefined, icon: 'CLOCK' });
}

function signalWidgets(v: CaseView, lang: Lang): Widget[] {
  return v.case.signals.map((s) => {
    const extra = [s.promisedFor ? t(lang, 'promisedFor', { date: formatDay(s.promisedFor, lang) }) : '', s.active ? '' : t(lang, 'inactive')].filter(Boolean).join(' · ');
    return decorated({ top: s.day ? formatDay(s.day, lang) : undefined, text: `${t(lang, s.kind)}${extra ? ` (${extra})` : ''}`, bottom: `« ${s.evidence.excerpt.slice(0, 200)} »` });
  });
}

function penaltyWidgets(v: CaseView, lang: Lang): Widget[] {
  const out: Widget[] = [];
  for (const { invoice, value: p } of v.penalties) {
    const segs = p.segments.map((s) => t(lang, 'penaltyLine', { days: s.days, rate: formatRate(s.rate, lang) })).join(' + ');
    out.push(decorated({ top: `${invoice} · ${t(lang, 'interest')}`, text: formatMoney(p.interest, 'EUR', lang), bottom: segs }));
    out.push(decorated({ top: t(lang, 'indemnity'), text: formatMoney(p.indemnity, 'EUR', lang) }));
    out.push(decorated({ top: t(lang, 'total'), text: formatMoney(p.total, 'EUR', lang), bottom: p.articles.join(', ') }));
  }
  return out;
}

function factsForm(v: CaseView, lang: Lang, links: CaseCardLinks): Section {
  const w: Widget[] = [paragraph(t(lang, 'missingHint'))];
  for (const bad of v.badFacts) w.push(paragraph(t(lang, 'badFact', { value: bad })));
  if (v.missing.includes('number')) w.push(textInput({ name: FACT_FIELDS.number, label: t(lang, 'invoiceNumber') }));
  if (v.missing.includes('amount')) w.push(textInput({ name: FACT_FIELDS.amount, label: t(lang, 'amount') }));
  if (v.missing.includes('dueDate')) w.push(textInput({ name: FACT_FIELDS.dueDate, label: t(lang, 'dueDate') }));
  w.push(buttons(button(t(lang, 'recompute'), links.recompute)));
  return { header: t(lang, 'missing'), widgets: w };
}

export function tierLabel(tier: number, lang: Lang, mode: 'create' | 'insert'): string {
  if (tier === 4) return t(lang, mode === 'create' ? 'createNotice' : 'insertNotice');
  return t(lang, mode === 'create' ? 'create' : 'insert', { tier });
}

export function caseCard(v: CaseView, o: { lang: Lang; on: IsoDate; links: CaseCardLinks; tier?: number }): Card {
  const { lang, on, links } = o;
  const tier = o.tier ?? v.tier;
  const sections: Section[] = [];
  if (!v.case.debtor) sections.push({ widgets: [paragraph(t(lang, 'notDebtor')), paragraph(t(lang, 'notDebtorHint'))] });
  if (v.case.invoices.length) sections.push({ header: t(lang, 'invoices'), widgets: invoiceWidgets(v, lang, on) });
  sections.push({ header: t(lang, 'remindersSent'), widgets: reminderWidgets(v, lang) });
  if (v.case.debtor) sections.push({ header: t(lang, 'nextStep'), widgets: [nextStepWidget(v, lang, on)] });
  if (v.case.signals.length) sections.push({ header: t(lang, 'signals'), collapsible: v.case.signals.length > 2, uncollapsibleWidgetsCount: 2, widgets: signalWidgets(v, lang) });
  // A payment the client announces: the amount to claim is not what to show first (the bank account is).
  const paid = v.case.signals.some((x) => x.kind === 'paid' && x.active);
  if (paid) sections.push({ widgets: [paragraph(t(lang, 'paidHint'))] });
  else if (v.penalties.length) sections.push({ header: t(lang, 'penalties'), widgets: penaltyWidgets(v, lang) });
  if (v.missing.length || v.badFacts.length) sections.push(factsForm(v, lang, links));
  const canAct = v.missing.length === 0;
  if (canAct) {
    const items = [1, 2, 3, 4].map((n) => ({ text: n === 4 ? t(lang, 'step_notice') : t(lang, `step_reminder${n as 1 | 2 | 3}`), value: String(n), selected: n === tier }));
    sections.push({ widgets: [dropdown({ name: FACT_FIELDS.tier, label: t(lang, 'tier'), items, onChange: links.changeTier }), divider(),
      buttons(button(t(lang, 'settings'), links.settings))] });
  }
  const sub = v.case.debtor ? nextStepTitle(v, lang, on) : undefined;
  return {
    name: 'case',
    header: header(t(lang, 'appName'), sub),
    sections,
    ...(canAct ? { fixedFooter: { primaryButton: button(tierLabel(tier, lang, links.mode), { ...links.create, params: { ...links.create.params, tier: String(tier) } }, true) } } : {}),
  };
}

function nextStepTitle(v: CaseView, lang: Lang, on: IsoDate): string {
  const s = v.stage;
  const label = stepLabel(s.nextStep, lang);
  return s.nextStepOn && s.nextStepOn > on ? t(lang, 'nextOn', { step: label, date: formatDay(s.nextStepOn, lang) }) : label;
}
