/** The demo mailbox page: inbox, reading pane with a reply area, and the real task pane in a frame over the Office stand-in. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DemoMessage } from '../stand-in/host';
import { PageHost } from './page-host';
import { seedDemoSettings } from './seed';

/** The demo's "today": its threads are written around it. */
export const DEMO_TODAY = '2026-03-20';
const VERSIONS = ['1.3', '1.5', '1.8', '1.9', '1.15'];
const fmt = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' });

function Demo({ host, gmail }: { host: PageHost; gmail: boolean }) {
  const [, setTick] = useState(0);
  const [paneKey, setPaneKey] = useState(0);
  const editor = useRef<HTMLDivElement>(null);
  useEffect(() => { host.editor = editor.current; }, []);
  const refresh = () => setTick((t) => t + 1);
  const reopenPane = () => { host.resetListeners(); setPaneKey((k) => k + 1); };
  const select = (i: number, mode: 'read' | 'compose') => { host.select(i, mode); if (!host.pinned) reopenPane(); refresh(); };
  const m: DemoMessage = host.threads[host.selected]!;
  return (
    <div class="demo">
      <header>
        <strong>Relance</strong> <span>boîte de démonstration — au {DEMO_TODAY.split('-').reverse().join('/')}</span>
        <nav aria-label="Clients de messagerie"><a aria-current="page" href="/">Outlook</a>{gmail && <a href="/gmail/" id="gmail-link">Gmail</a>}</nav>
        <label>Mailbox <select id="mailbox-version" value={host.version} onChange={(e) => { host.version = (e.target as HTMLSelectElement).value; reopenPane(); }}>
          {VERSIONS.map((v) => <option key={v} value={v}>{v}</option>)}</select></label>
        <label>Langue <select id="display-language" value={host.language} onChange={(e) => { host.language = (e.target as HTMLSelectElement).value; reopenPane(); }}>
          <option value="fr-FR">Français</option><option value="en-US">English</option></select></label>
        <label><input type="checkbox" id="pinned" checked={host.pinned} onChange={(e) => { host.pinned = (e.target as HTMLInputElement).checked; }} /> Volet épinglé</label>
      </header>
      <main class="layout">
        <nav class="inbox" aria-label="Boîte de réception">
          <ul>{host.threads.map((t, i) => (
            <li key={t.itemId}><button class="thread" aria-current={i === host.selected} data-index={i} onClick={() => select(i, 'read')}>
              <span class="who">{t.from.name || t.from.address}</span><span class="date">{fmt(t.date)}</span><span class="subj">{t.subject}</span></button></li>))}
          </ul>
        </nav>
        <section class="reader" aria-label="Message">
          <h1 id="reader-subject">{host.mode === 'compose' ? host.composeSubject() : m.subject}</h1>
          <p class="meta">De : {m.from.name} &lt;{m.from.address}&gt; · À : {m.to.map((a) => a.address).join(', ')} · {fmt(m.date)}</p>
          <div class="actions">
            <button id="reply" onClick={() => select(host.selected, 'compose')} disabled={host.mode === 'compose'}>Répondre (mode rédaction)</button>
            {host.mode === 'compose' && <button onClick={() => select(host.selected, 'read')}>Revenir à la lecture</button>}
          </div>
          <label class="compose-label" for="compose-body">{host.mode === 'compose' ? 'Votre réponse (le volet insère la relance au curseur)' : 'Réponse (la relance s’ajoute après votre texte)'}</label>
          <div id="compose-body" ref={editor} class="compose" contentEditable role="textbox" aria-multiline="true" aria-label="Réponse" />
          {host.attachments.length > 0 && <p class="attachments">Pièces jointes : {host.attachments.map((a) => a.name).join(', ')}</p>}
          {Object.keys(host.sentHeaders()).length > 0 && <p class="headers" id="draft-headers">En-têtes : {Object.entries(host.sentHeaders()).map(([k, v]) => `${k}: ${v}`).join(' · ')}</p>}
          <article class="original"><pre>{m.text}</pre></article>
        </section>
        <aside class="pane-host" aria-label="Volet Relance">
          <iframe key={paneKey} id="pane" title="Relance" src={`/demo/pane.html?on=${DEMO_TODAY}`} />
        </aside>
      </main>
    </div>
  );
}

async function start() {
  await seedDemoSettings();
  const [threads, config] = await Promise.all([fetch('/api/threads').then((r) => r.json() as Promise<DemoMessage[]>), fetch('/api/config').then((r) => r.json() as Promise<{ gmail: boolean }>)]);
  const app = document.getElementById('app')!;
  let rerender = () => {};
  const host = new PageHost(threads, () => rerender());
  (window as unknown as { relanceDemoHost: PageHost }).relanceDemoHost = host;
  rerender = () => render(<Demo host={host} gmail={config.gmail} />, app);
  app.textContent = '';
  rerender();
}

void start();
