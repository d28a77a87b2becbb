/** The stage at a glance: invoices, amounts, due dates, delay, reminders sent, next step, signals with their evidence, penalties. */
import type { Lang } from '../core';
import type { Analysis, InvoiceView } from '../engine';
import { day, money, rate, shortDay } from './format';
import { describe, strings } from './strings';

function Penalties({ view, lang }: { view: InvoiceView; lang: Lang }) {
  const t = strings[lang];
  const p = view.penalties;
  if (!p) return null;
  if (!p.ok) return <p class="problem" role="note">{describe(p.error, lang)}</p>;
  const cur = view.facts.currency?.value ?? 'EUR';
  return (
    <details class="penalties" open>
      <summary>{t.penalties} <span class="muted">({t.toDate(day(p.value.on, lang))})</span></summary>
      <ul>
        {p.value.segments.map((s) => <li key={s.from}>{t.segment(day(s.from, lang), day(s.to, lang), s.days, rate(s.rate, lang))} → {money(s.interest, cur, lang)}</li>)}
      </ul>
      <dl class="facts">
        <dt>{t.interest}</dt><dd>{money(p.value.interest, cur, lang)}</dd>
        <dt>{t.indemnity}</dt><dd>{money(p.value.indemnity, cur, lang)}</dd>
        <dt class="strong">{t.total}</dt><dd class="strong">{money(p.value.total, cur, lang)}</dd>
      </dl>
    </details>
  );
}

function Invoice({ view, lang, overdue }: { view: InvoiceView; lang: Lang; overdue: number | null }) {
  const t = strings[lang];
  const f = view.facts;
  const byUser = (fact: { source: { rule: string } } | null | undefined) => (fact?.source.rule === 'user' ? <span class="muted small"> ({t.typedByYou})</span> : null);
  return (
    <article class="card invoice" aria-label={`${t.invoice} ${f.number}`}>
      <h3>{t.invoice} {f.number}</h3>
      <dl class="facts">
        <dt>{t.amountDue}</dt><dd id={`amount-${f.number}`}>{f.amountDue ? money(f.amountDue.value, f.currency?.value ?? 'EUR', lang) : '—'}{byUser(f.amountDue)}</dd>
        <dt>{t.dueDate}</dt><dd>{day(f.dueDate?.value, lang)}{byUser(f.dueDate)}</dd>
        {overdue !== null && <><dt>{t.daysOverdue}</dt><dd class={overdue > 0 ? 'late' : ''}>{overdue > 0 ? t.days(overdue) : t.notYetDue(-overdue)}</dd></>}
      </dl>
      <Penalties view={view} lang={lang} />
    </article>
  );
}

/** The line under the next step: when it is due, how long to wait, or why there is nothing to do. */
function when(stage: Analysis['stage'], paid: boolean, today: string, lang: Lang): string {
  const t = strings[lang];
  if (stage.nextStep === 'none') return paid ? t.paidNote : '';
  if (stage.nextStep === 'wait') return stage.nextStepOn ? t.waitUntil(day(stage.nextStepOn, lang)) : t.waitBecause;
  if (!stage.nextStepOn) return t.now;
  return stage.nextStepOn <= today ? t.dueSince(day(stage.nextStepOn, lang)) : t.on(day(stage.nextStepOn, lang));
}

export function CaseView({ analysis, lang, today }: { analysis: Analysis; lang: Lang; today: string }) {
  const t = strings[lang];
  const { stage } = analysis;
  const c = analysis.case;
  const stepLabel = t.steps[stage.nextStep] ?? stage.nextStep;
  return (
    <section aria-labelledby="stage-title" class="case">
      <div class={`stage stage-${stage.nextStep}`} id="stage" data-step={stage.nextStep}>
        <h2 id="stage-title">{t.nextStep} : {stepLabel}</h2>
        <p>{when(stage, c.signals.some((s) => s.kind === 'paid' && s.active), today, lang)}</p>
      </div>
      {analysis.invoices.map((v) => <Invoice key={v.facts.number} view={v} lang={lang} overdue={stage.daysOverdue} />)}
      <div class="card">
        <h3>{t.remindersSent} : {stage.remindersSent}</h3>
        {c.reminders.length === 0 ? <p class="muted">{t.noneSent}</p> : (
          <ol class="reminders">
            {c.reminders.map((r, i) => <li key={`${r.messageId}-${i}`}>{t.reminderOn(r.tier ? t.steps[r.tier === 4 ? 'formal-notice' : `reminder-${r.tier}`]! : t.unknownTier, day(r.day, lang))}</li>)}
          </ol>
        )}
      </div>
      {c.signals.length > 0 && (
        <div class="card">
          <h3>{t.signals}</h3>
          <ul class="signals">
            {c.signals.map((s, i) => (
              <li key={i} class={s.active ? 'active' : 'inactive'}>
                <strong>{t.signalKinds[s.kind]}</strong> : « {s.evidence.excerpt} »{s.day ? ` — ${shortDay(s.day)}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
