/** Local data: the ledger CSV (every unreadable line listed, none dropped silently), the history, and one-file export/import. */
import { useState } from 'preact/hooks';
import type { Lang } from '../core';
import type { LedgerImport, LocalData } from '../store';
import { day } from './format';
import { describe, strings } from './strings';

export function DataPanel({ data, lang, onLedger, onExport, onImport }: {
  data: LocalData; lang: Lang; onLedger: (name: string, text: string) => void; onExport: () => Promise<string>; onImport: (text: string) => Promise<string | null>;
}) {
  const t = strings[lang];
  const [note, setNote] = useState<string | null>(null);
  const [href, setHref] = useState<string | null>(null);
  const read = (e: Event, then: (name: string, text: string) => void) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void file.text().then((text) => then(file.name, text));
  };
  const ledger: LedgerImport | null = data.ledger;
  return (
    <section class="data" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t.ledger}</h2>
      <p class="muted">{t.ledgerHelp}</p>
      {/* The native file button speaks the browser's language ("Choose File"): a label in the user's words stands in for it. */}
      <label class="file-pick"><span aria-hidden="true">{t.pickCsv}</span>
        <input type="file" id="ledger-file" class="sr-only" accept=".csv,text/csv" aria-label={t.ledger} onChange={(e) => read(e, onLedger)} /></label>
      {ledger && (
        <div role="status" id="ledger-status">
          <p>{t.ledgerLoaded(ledger.rows.length, ledger.filename)}</p>
          {ledger.problems.length > 0 && (
            <div class="problem">
              <p>{t.ledgerProblems(ledger.problems.length)}</p>
              <ul id="ledger-problems">{ledger.problems.map((p) => <li key={p.line}>{t.line(p.line)} : {describe(p.problem, lang)}</li>)}</ul>
            </div>
          )}
        </div>
      )}
      <h2>{t.history}</h2>
      {data.history.length === 0 ? <p class="muted">—</p> : (
        <ul class="history">{data.history.map((h, i) => <li key={i}>{day(h.day, lang)} · {h.invoice} · {t.steps[h.tier === 4 ? 'formal-notice' : `reminder-${h.tier}`]}</li>)}</ul>
      )}
      <div class="row">
        <button type="button" class="secondary" id="export" onClick={() => void onExport().then((json) => setHref(URL.createObjectURL(new Blob([json], { type: 'application/json' }))))}>{t.exportData}</button>
        {href && <a href={href} download="relance-donnees.json" id="export-link">relance-donnees.json</a>}
      </div>
      <label class="file-pick"><span aria-hidden="true">{t.importData}</span>
        <input type="file" id="import-file" class="sr-only" accept=".json,application/json" aria-label={t.importData} onChange={(e) => read(e, (_n, text) => void onImport(text).then(setNote))} /></label>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
