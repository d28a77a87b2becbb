/**
 * The next letter: tier picker, an editable preview in a sandboxed frame (no scripts run there, so
 * debtor text inside the letter cannot act), the mention check, and the one insert button.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { htmlToText, type Lang, type LetterTier } from '../core';
import { proposedTier, TIERS, toInsert, type Analysis, type PaneContext } from '../engine';
import type { draft as Draft } from '../engine/letter';
import { describe, strings } from './strings';

export interface InsertRequest { tier: LetterTier; html: string; text: string; subject: string }

export function LetterPanel({ analysis, ctx, lang, busy, invoiceAttached, onInsert }: {
  analysis: Analysis; ctx: PaneContext; lang: Lang; busy: boolean; invoiceAttached: boolean; onInsert: (r: ReturnType<typeof toInsert>, tier: LetterTier) => void;
}) {
  const t = strings[lang];
  const [tier, setTier] = useState<LetterTier>(proposedTier(analysis.stage));
  useEffect(() => setTier(proposedTier(analysis.stage)), [analysis]);
  // The letter speaks the thread's language by default (an English client gets an English letter)
  // unless the settings say "always French/English"; the accountant can switch this one letter here.
  const pref = ctx.settings.letterLang ?? 'thread';
  const startLang: Lang = pref === 'thread' ? analysis.case.lang : pref;
  const [letterLang, setLetterLang] = useState<Lang>(startLang);
  useEffect(() => setLetterLang(startLang), [analysis, startLang]);
  const [draft, setDraft] = useState<typeof Draft | null>(null);
  useEffect(() => { void import('../engine/letter').then((m) => setDraft(() => m.draft)); }, []);
  const letter = useMemo(() => (draft ? draft(analysis, ctx, tier, letterLang, invoiceAttached) : null), [draft, analysis, ctx, tier, letterLang, invoiceAttached]);
  const frame = useRef<HTMLIFrameElement>(null);
  const onLoad = () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    doc.designMode = 'on';
    // An editable document takes Tab as a character: without this, keyboard users are trapped in the preview.
    doc.addEventListener('keydown', (e) => {
      if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
      e.preventDefault();
      document.getElementById(e.shiftKey ? 'letter-lang' : 'insert')?.focus();
    });
  };
  if (!letter) return <p class="loading" role="status">{t.preparing}</p>;
  if (!letter.ok) return <p class="problem" role="alert">{describe(letter.error, lang)}</p>;
  const insert = () => {
    const body = frame.current?.contentDocument?.body;
    const html = body ? body.innerHTML : letter.value.html;
    const text = body ? htmlToText(html) : letter.value.text;
    onInsert(toInsert(letter.value, analysis, ctx, html, text, letterLang), tier);
  };
  const label = t.steps[tier]!;
  const srcdoc = `<!doctype html><meta charset="utf-8"><style>body{font:14px/1.45 "Segoe UI",system-ui,sans-serif;margin:8px;color:#242424;overflow-wrap:anywhere}body *{max-width:100%!important;box-sizing:border-box}table{width:100%!important}th,td{font-size:11px!important;padding:3px!important}th{overflow-wrap:normal}td:first-child{white-space:nowrap}</style><body>${letter.value.html}</body>`;
  return (
    <section class="letter" aria-labelledby="letter-title">
      <h2 id="letter-title">{t.letter}</h2>
      <label class="field">
        <span>{t.tier}</span>
        <select id="tier" value={tier} onChange={(e) => setTier((e.target as HTMLSelectElement).value as LetterTier)}>
          {TIERS.map((k) => <option key={k} value={k}>{t.steps[k]}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t.language}</span>
        <select id="letter-lang" value={letterLang} onChange={(e) => setLetterLang((e.target as HTMLSelectElement).value as Lang)}>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <p class="subject"><span class="muted">{t.subject} :</span> <span id="letter-subject">{letter.value.subject}</span></p>
      <iframe ref={frame} key={`${tier}-${letterLang}`} class="preview" title={t.preview} sandbox="allow-same-origin" srcdoc={srcdoc} onLoad={onLoad} />
      {letter.value.mentions.length === 0 ? <p class="ok" id="mentions">{t.mentionsOk}</p> : (
        <div class="problem" id="mentions" role="note">
          <p>{t.mentionsMissing}</p>
          <ul>{letter.value.mentions.map((m, i) => <li key={i}>{m.mention} ({m.where}) : « {m.expected} »</li>)}</ul>
        </div>
      )}
      <button type="button" class="primary" id="insert" disabled={busy} onClick={insert}>
        {busy ? t.inserting : tier === 'formal-notice' ? t.insertNotice : t.insert(label)}
      </button>
    </section>
  );
}
