/** The task pane: reads the open item, shows its stage, asks for what is missing, inserts the next letter. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExtractedInvoice, IsoDate, Lang, LetterTier, Settings } from '../core';
import { analyse, readDocuments, tierNumber, type PaneContext, type UserFacts } from '../engine';
import { displayLanguage, insertLetter, onItemChanged, readOpenItem, supports, userAddress } from '../mailbox';
import type { LetterToInsert, OpenItem } from '../open-item';
import { defaultSettings, settingsComplete } from '../store/defaults';
import type { LocalData, LocalStore } from '../store';
import { CaseView } from './case-view';
import { DataPanel } from './data-panel';
import { LetterPanel } from './letter-panel';
import { MissingFacts } from './missing-facts';
import { SettingsForm } from './settings-form';
import { describe, strings } from './strings';

type Tab = 'case' | 'settings' | 'data';
type Phase = { kind: 'loading' } | { kind: 'outside' } | { kind: 'error'; message: string } | { kind: 'ready'; item: OpenItem };

export function App({ inOffice, store, today }: { inOffice: boolean; store: LocalStore; today: () => IsoDate }) {
  const lang: Lang = inOffice ? displayLanguage() : /^fr/i.test(navigator.language) ? 'fr' : 'en';
  const t = strings[lang];
  const [data, setData] = useState<LocalData | null>(null);
  const [phase, setPhase] = useState<Phase>(inOffice ? { kind: 'loading' } : { kind: 'outside' });
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState<Tab>('case');
  const [facts, setFacts] = useState<UserFacts>({});
  const [documents, setDocuments] = useState<ExtractedInvoice[]>([]);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => { void store.load().then(setData); if (inOffice) onItemChanged(() => setVersion((v) => v + 1)); }, []);
  useEffect(() => {
    if (!inOffice) return;
    setPhase({ kind: 'loading' }); setFacts({}); setNote(null); setDocuments([]);
    void readOpenItem(`${today()}T12:00:00.000Z`).then(async (r) => {
      if (!r.ok) { setPhase({ kind: 'error', message: describe(r.error, lang) }); return; }
      setPhase({ kind: 'ready', item: r.value });
      const docs = await readDocuments(r.value).catch(() => []);
      if (docs.length) setDocuments(docs);
    });
  }, [version]);

  const settings: Settings = data?.settings ?? defaultSettings(lang);
  const ctx = useMemo<PaneContext>(() => ({ settings, history: data?.history ?? [], ledger: data?.ledger?.rows ?? [], on: today(), me: userAddress() ?? settings.company.email }), [data]);
  const analysis = useMemo(() => (phase.kind === 'ready' && data ? analyse(phase.item, ctx, facts, documents) : null), [phase, ctx, facts, documents]);
  useEffect(() => { if (analysis) performance.mark('relance:stage-shown'); }, [analysis]);

  const saveSettings = async (s: Settings) => { await store.saveSettings(s); setData({ ...data!, settings: s }); setNote({ text: t.saved, error: false }); setTab('case'); };
  const insert = async (letter: LetterToInsert, tier: LetterTier) => {
    if (phase.kind !== 'ready' || !analysis) return;
    setBusy(true);
    const r = await insertLetter({ ...letter, attachments: phase.item.part.attachments ?? [] });
    setBusy(false);
    if (!r.ok) { setNote({ text: describe(r.error, lang), error: true }); return; }
    let history = data!.history;
    for (const inv of analysis.case.invoices) history = await store.addReminder({ invoice: inv.number, tier: tierNumber(tier), day: ctx.on, subject: letter.subject, conversationId: phase.item.conversationId });
    setData({ ...data!, history });
    setNote({ text: r.value.kind === 'reply-opened' ? t.replyOpened + t.attached(r.value.attached) : t.insertedDone, error: false });
  };
  const importLedger = async (name: string, text: string) => {
    const { parseLedgerCsv } = await import('../../../core/ledger'); // papaparse: loaded only when a CSV is imported
    const parsed = parseLedgerCsv(text);
    const ledger = { filename: name, importedOn: today(), rows: parsed.rows, problems: parsed.problems };
    await store.saveLedger(ledger); setData({ ...data!, ledger });
  };
  const importData = async (text: string) => {
    const r = await store.importJson(text);
    if (!r.ok) return describe(r.error, lang);
    setData(r.value); return t.imported;
  };

  const letter = analysis && <LetterPanel analysis={analysis} ctx={ctx} lang={lang} busy={busy}
    invoiceAttached={phase.kind === 'ready' && phase.item.mode === 'read' && supports('1.15') && (phase.item.part.attachments ?? []).length > 0} onInsert={(l, tier) => void insert(l, tier)} />;
  const tabs: [Tab, string][] = [['case', t.tabCase], ['settings', t.tabSettings], ['data', t.tabData]];
  // Tabs as the ARIA pattern has them: one tab stop, arrows move between tabs.
  const onTabKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(tabs.findIndex(([id]) => id === tab) + step + tabs.length) % tabs.length]![0];
    setTab(next); e.preventDefault();
    setTimeout(() => document.getElementById(`tab-${next}`)?.focus(), 0);
  };
  return (
    <main class="pane" lang={lang}>
      <div role="tablist" class="tabs" aria-label="Relance" onKeyDown={onTabKey}>
        {tabs.map(([id, label]) => <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls="tabpanel"
          tabIndex={tab === id ? 0 : -1} onClick={() => setTab(id)}>{label}</button>)}
      </div>
      {note && <p class={note.error ? 'problem' : 'ok'} role={note.error ? 'alert' : 'status'} id="note">{note.text}</p>}
      <div role="tabpanel" id="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'settings' && data && <SettingsForm settings={settings} lang={lang} firstRun={false} onSave={saveSettings} />}
        {tab === 'data' && data && <DataPanel data={data} lang={lang} onLedger={importLedger} onExport={() => store.exportJson()} onImport={importData} />}
        {tab === 'case' && <>
          {phase.kind === 'outside' && <p class="empty">{t.notInOutlook}</p>}
          {phase.kind === 'loading' && <p class="loading" role="status" aria-busy="true">{t.loading}</p>}
          {phase.kind === 'error' && <div class="problem" role="alert"><p>{t.error} {phase.message}</p>
            <button class="secondary" onClick={() => setVersion((v) => v + 1)}>{t.retry}</button></div>}
          {phase.kind === 'ready' && phase.item.limits.map((l) => <p key={l} class="muted small">{t.limits[l]}</p>)}
          {analysis && !analysis.case.debtor && <p class="empty" id="stage" data-step="none">{analysis.case.signals.some((s) => s.kind === 'paid') ? t.paid : t.notDebtor}</p>}
          {analysis && analysis.case.debtor && <>
            <CaseView analysis={analysis} lang={lang} today={ctx.on} />
            <MissingFacts invoices={analysis.invoices} lang={lang} onApply={(f) => setFacts({ ...facts, ...f })} />
            {!settingsComplete(data?.settings ?? null) ? <SettingsForm settings={settings} lang={lang} firstRun onSave={saveSettings} />
              // Nothing to do (e.g. the client says it paid): the letter stays one click away, not pushed.
              : analysis.stage.nextStep === 'none' ? <details class="anyway"><summary>{t.draftAnyway}</summary>{letter}</details>
              : letter}
          </>}
        </>}
      </div>
    </main>
  );
}
