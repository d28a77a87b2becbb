/** Asks for the facts the thread does not give (amount due, due date): the pane never invents them. */
import { useState } from 'preact/hooks';
import type { Lang } from '../core';
import type { InvoiceView, UserFacts } from '../engine';
import { parseAmount, parseDay } from './format';
import { strings } from './strings';

export function MissingFacts({ invoices, lang, onApply }: { invoices: InvoiceView[]; lang: Lang; onApply: (f: UserFacts) => void }) {
  const t = strings[lang];
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const asking = invoices.filter((v) => v.missing.length > 0);
  if (asking.length === 0) return null;
  const submit = (e: Event) => {
    e.preventDefault();
    const facts: UserFacts = {};
    let typed = false;
    for (const v of asking) {
      const n = v.facts.number;
      const entry: UserFacts[string] = {};
      if (v.missing.includes('amountDue') && values[`${n}:amount`]) {
        const c = parseAmount(values[`${n}:amount`]!);
        if (c === null) { setError(t.badAmount(n, values[`${n}:amount`]!)); return; }
        entry.amountDue = c; typed = true;
      }
      if (v.missing.includes('dueDate') && values[`${n}:due`]) {
        const d = parseDay(values[`${n}:due`]!);
        if (d === null) { setError(t.badDay(n, values[`${n}:due`]!)); return; }
        entry.dueDate = d; typed = true;
      }
      facts[n] = entry;
    }
    if (!typed) { setError(t.nothingTyped); return; }
    setError(null);
    onApply(facts);
  };
  const field = (key: string, label: string, placeholder: string) => (
    <label class="field" key={key}>
      <span>{label}</span>
      <input name={key} value={values[key] ?? ''} placeholder={placeholder} inputMode={key.endsWith(':amount') ? 'decimal' : undefined}
        aria-invalid={error !== null && error.includes(values[key] ?? '\u0000') ? true : undefined} aria-describedby={error ? 'missing-error' : undefined}
        onInput={(e) => setValues({ ...values, [key]: (e.target as HTMLInputElement).value })} />
    </label>
  );
  return (
    <form class="card missing" onSubmit={submit} aria-labelledby="missing-title">
      <h3 id="missing-title">{t.missingTitle}</h3>
      <p class="muted">{t.missingHelp}</p>
      {asking.map((v) => (
        <fieldset key={v.facts.number}>
          <legend>{t.invoice} {v.facts.number}</legend>
          {v.missing.includes('amountDue') && field(`${v.facts.number}:amount`, t.amountDue, t.amountPlaceholder)}
          {v.missing.includes('dueDate') && field(`${v.facts.number}:due`, t.dueDate, lang === 'fr' ? 'JJ/MM/AAAA' : 'DD/MM/YYYY')}
        </fieldset>
      ))}
      {error && <p class="problem" role="alert" id="missing-error">{error}</p>}
      <button type="submit" class="secondary">{t.apply}</button>
    </form>
  );
}
