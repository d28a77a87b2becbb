/**
 * The demo page for the Gmail side panel: a thread list, a reading/compose pane and the add-on panel,
 * whose cards are drawn by a small renderer for the widgets the service uses. Every card text is decoded
 * as inert HTML and set as textContent; letter HTML inserted into the compose box goes through an
 * allowlist. Embedded as strings so the bundled demo server needs no files beside it.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Relance — Gmail (démo)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
*{box-sizing:border-box} body{margin:0;font:14px/1.4 system-ui,Segoe UI,Roboto,Arial,sans-serif;color:#1f1f1f;background:#f6f8fc}
header{display:flex;align-items:center;gap:12px;padding:10px 16px;background:#fff;border-bottom:1px solid #e0e3e7}
header h1{font-size:18px;margin:0;font-weight:500} header .sp{flex:1} header select,header button{font:inherit}
main{display:grid;grid-template-columns:280px 1fr 360px;height:calc(100vh - 50px)}
#list{overflow:auto;border-right:1px solid #e0e3e7;background:#fff} #list button{display:block;width:100%;text-align:left;border:0;border-bottom:1px solid #eee;background:none;padding:10px 12px;cursor:pointer;font:inherit}
#list button.on{background:#d3e3fd} #list .from{font-weight:600} #list .subj{color:#444;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#read{overflow:auto;padding:16px} #read h2{font-size:18px;font-weight:500;margin:0 0 8px} .meta{color:#555;font-size:12px;margin:2px 0}
#compose{min-height:220px;border:1px solid #c4c7c5;border-radius:8px;background:#fff;padding:12px;margin-top:8px}
iframe{width:100%;min-height:360px;border:1px solid #e0e3e7;border-radius:8px;background:#fff}
#panel{border-left:1px solid #e0e3e7;background:#fff;display:flex;flex-direction:column;min-height:0}
#panel .bar{display:flex;align-items:center;gap:8px;padding:8px 12px;border-bottom:1px solid #eee} #panel .bar strong{flex:1}
#card{overflow:auto;flex:1;padding:0 0 12px} .card-h{padding:12px 16px} .card-h .t{font-size:16px;font-weight:500} .card-h .s{color:#555;font-size:12px}
.sec{border-top:1px solid #eee;padding:8px 16px} .sec-h{font-size:12px;font-weight:600;color:#0b57d0;margin:4px 0 6px;text-transform:uppercase;letter-spacing:.02em}
.w{margin:6px 0} .dt .top,.dt .bot{font-size:12px;color:#555} .dt .txt{font-size:14px}
.w label{display:block;font-size:12px;color:#555;margin-bottom:2px} .w input,.w textarea,.w select{width:100%;font:inherit;padding:6px;border:1px solid #c4c7c5;border-radius:4px}
.btn{font:inherit;border:1px solid #c4c7c5;background:#fff;color:#0b57d0;border-radius:18px;padding:6px 14px;cursor:pointer;margin:2px 6px 2px 0}
.btn.fill{background:#0b57d0;color:#fff;border-color:#0b57d0} hr{border:0;border-top:1px solid #eee}
.footer{border-top:1px solid #e0e3e7;padding:10px 16px} #toast{position:fixed;bottom:16px;left:50%;transform:translateX(-50%);background:#323232;color:#fff;padding:10px 16px;border-radius:6px;display:none}
</style></head>
<body>
<header><h1>Relance — Gmail <small style="color:#666">(démo)</small></h1><span class="sp"></span>
<label>Langue de Gmail <select id="locale"><option value="fr">Français</option><option value="en">English</option></select></label>
<button class="btn" id="home">Accueil Relance</button><button class="btn" id="new">Nouveau message</button></header>
<main><nav id="list" aria-label="Fils"></nav><section id="read" aria-live="polite"></section>
<aside id="panel" aria-label="Relance"><div class="bar"><button class="btn" id="back" hidden>←</button><strong>Relance</strong></div><div id="card"></div><div class="footer" id="foot" hidden></div></aside></main>
<div id="toast" role="status"></div>
<script src="renderer.js"></script>
</body></html>`;

export const RENDERER_JS = String.raw`(() => {
'use strict';
const $ = (id) => document.getElementById(id);
const state = { threads: [], current: null, mode: 'home', stack: [], range: null };
const parser = new DOMParser();
// Card text is escaped HTML: decode it in an inert document and keep only its text.
const txt = (s) => parser.parseFromString('<body>' + (s || ''), 'text/html').body.textContent || '';
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; };
const toast = (t) => { const e = $('toast'); e.textContent = t; e.style.display = 'block'; setTimeout(() => { e.style.display = 'none'; }, 3000); };

function baseEvent() {
  const ev = { commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', userLocale: $('locale').value, timeZone: { id: 'Europe/Paris', offset: 3600000 } } };
  if (state.mode === 'message' && state.current) ev.gmail = { messageId: state.current + '-m1', threadId: state.current };
  if (state.mode === 'compose') ev.gmail = state.current ? { threadId: state.current } : {};
  return ev;
}
async function post(route, ev) {
  const r = await fetch('addon' + route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ev) });
  if (!r.ok) { toast('Erreur ' + r.status); return null; }
  return r.json();
}
function formInputs() {
  const out = {};
  for (const i of $('card').querySelectorAll('[data-name]')) out[i.dataset.name] = { stringInputs: { value: [i.value] } };
  return out;
}
async function runAction(a) {
  const ev = baseEvent();
  ev.commonEventObject.formInputs = formInputs();
  ev.commonEventObject.parameters = Object.fromEntries((a.parameters || []).map((p) => [p.key, p.value]));
  handle(await post(new URL(a.function).pathname, ev));
}
function button(b) {
  const e = el('button', 'btn' + (b.color ? ' fill' : ''), txt(b.text));
  e.onclick = () => b.onClick && b.onClick.action && runAction(b.onClick.action);
  return e;
}
function widget(w) {
  const d = el('div', 'w');
  if (w.textParagraph) d.append(el('div', '', txt(w.textParagraph.text)));
  else if (w.decoratedText) {
    const t = w.decoratedText; d.classList.add('dt');
    if (t.topLabel) d.append(el('div', 'top', txt(t.topLabel)));
    d.append(el('div', 'txt', txt(t.text)));
    if (t.bottomLabel) d.append(el('div', 'bot', txt(t.bottomLabel)));
  } else if (w.buttonList) w.buttonList.buttons.forEach((b) => d.append(button(b)));
  else if (w.divider) d.append(el('hr'));
  else if (w.textInput) {
    const t = w.textInput; d.append(el('label', '', txt(t.label)));
    const i = el(t.type === 'MULTIPLE_LINE' ? 'textarea' : 'input'); i.value = t.value || ''; i.dataset.name = t.name;
    if (t.hintText) i.placeholder = txt(t.hintText); d.append(i);
  } else if (w.selectionInput) {
    const s = w.selectionInput; d.append(el('label', '', txt(s.label)));
    const sel = el('select'); sel.dataset.name = s.name;
    for (const it of s.items) { const o = el('option', '', txt(it.text)); o.value = it.value; o.selected = !!it.selected; sel.append(o); }
    if (s.onChangeAction) sel.onchange = () => runAction(s.onChangeAction);
    d.append(sel);
  }
  return d;
}
function render() {
  const card = state.stack[state.stack.length - 1];
  const root = $('card'); root.replaceChildren();
  $('back').hidden = state.stack.length < 2;
  const foot = $('foot'); foot.replaceChildren(); foot.hidden = true;
  if (!card) return;
  if (card.header) { const h = el('div', 'card-h'); h.append(el('div', 't', txt(card.header.title))); if (card.header.subtitle) h.append(el('div', 's', txt(card.header.subtitle))); root.append(h); }
  for (const s of card.sections || []) {
    const sec = el('div', 'sec');
    if (s.header) sec.append(el('div', 'sec-h', txt(s.header)));
    (s.widgets || []).forEach((w) => sec.append(widget(w)));
    root.append(sec);
  }
  if (card.fixedFooter && card.fixedFooter.primaryButton) { foot.append(button(card.fixedFooter.primaryButton)); foot.hidden = false; }
}
const ALLOWED = new Set(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'DIV', 'SPAN', 'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'A', 'HR', 'SMALL']);
function sanitize(html) {
  const doc = parser.parseFromString('<body>' + html, 'text/html');
  const walk = (n) => { for (const c of [...n.children]) {
    if (!ALLOWED.has(c.tagName)) { c.replaceWith(doc.createTextNode(c.textContent || '')); continue; }
    for (const a of [...c.attributes]) if (!(a.name === 'style' || (a.name === 'href' && /^(https?:|mailto:)/i.test(a.value)))) c.removeAttribute(a.name);
    walk(c);
  } };
  walk(doc.body);
  const f = document.createDocumentFragment(); f.append(...doc.body.childNodes); return f;
}
async function showDraft(id) {
  const r = await fetch('api/drafts/' + encodeURIComponent(id)); if (!r.ok) return;
  const d = await r.json(); const read = $('read'); read.replaceChildren();
  read.append(el('h2', '', d.subject), el('div', 'meta', 'Brouillon — À : ' + d.to), el('div', 'meta', 'In-Reply-To : ' + d.inReplyTo),
    el('div', 'meta', 'X-Relance : relance ' + d.relance.tier + ' · ' + d.relance.invoices + ' · ' + d.relance.date),
    el('div', 'meta', 'Pièces jointes : ' + (d.attachments.map((a) => a.filename + ' (' + a.size + ' o)').join(', ') || '—')));
  const f = document.createElement('iframe'); f.setAttribute('sandbox', ''); f.srcdoc = d.html; f.title = 'Brouillon'; read.append(f);
}
function insertAtCursor(html) {
  const box = $('compose'); if (!box) return;
  box.focus();
  const sel = window.getSelection(); const range = state.range && box.contains(state.range.startContainer) ? state.range : null;
  const frag = sanitize(html);
  if (range) { range.deleteContents(); range.insertNode(frag); } else box.append(frag);
  sel.removeAllRanges();
}
function handle(resp) {
  if (!resp) return;
  const act = resp.action || (resp.renderActions && resp.renderActions.action);
  const host = resp.renderActions && resp.renderActions.hostAppAction && resp.renderActions.hostAppAction.gmailAction;
  if (act && act.navigations) for (const n of act.navigations) {
    if (n.pushCard) state.stack.push(n.pushCard);
    else if (n.updateCard) state.stack[Math.max(0, state.stack.length - 1)] = n.updateCard;
    else if (n.pop) state.stack.pop();
    else if (n.popToRoot) state.stack.length = 1;
  }
  if (act && act.notification) toast(txt(act.notification.text));
  if (host && host.openCreatedDraftActionMarkup) showDraft(host.openCreatedDraftActionMarkup.draftId);
  if (host && host.updateDraftActionMarkup) insertAtCursor(host.updateDraftActionMarkup.updateBody.insertContents.map((c) => c.content).join(''));
  render();
}
async function trigger(route) { state.stack = []; handle(await post(route, baseEvent())); }
function openThread(id) {
  state.current = id; state.mode = 'message';
  for (const b of $('list').children) b.classList.toggle('on', b.dataset.id === id);
  const t = state.threads.find((x) => x.id === id); const read = $('read'); read.replaceChildren();
  const reply = el('button', 'btn', 'Répondre (composer)'); reply.onclick = () => compose(id);
  read.append(el('h2', '', t.subject), el('div', 'meta', t.from + ' — ' + t.day), reply);
  trigger('/contextual');
}
function compose(threadId) {
  state.mode = 'compose'; state.current = threadId || null;
  const read = $('read'); read.replaceChildren();
  read.append(el('h2', '', threadId ? 'Réponse' : 'Nouveau message'));
  const box = el('div'); box.id = 'compose'; box.contentEditable = 'true'; box.textContent = 'Bonjour,\n\n';
  const keep = () => { const s = window.getSelection(); if (s.rangeCount) state.range = s.getRangeAt(0).cloneRange(); };
  box.addEventListener('keyup', keep); box.addEventListener('mouseup', keep); box.addEventListener('blur', keep);
  read.append(box);
  trigger('/compose');
}
$('back').onclick = () => { state.stack.pop(); render(); };
$('home').onclick = () => { state.mode = 'home'; state.current = null; trigger('/homepage'); };
$('new').onclick = () => compose(null);
$('locale').onchange = () => { state.mode === 'message' ? trigger('/contextual') : state.mode === 'compose' ? trigger('/compose') : trigger('/homepage'); };
fetch('api/threads').then((r) => r.json()).then((d) => {
  state.threads = d.threads;
  for (const t of d.threads) {
    const b = el('button'); b.dataset.id = t.id; b.append(el('div', 'from', t.from), el('div', 'subj', t.subject)); b.onclick = () => openThread(t.id);
    $('list').append(b);
  }
  $('read').append(el('p', 'meta', 'Boîte de ' + d.me + ' — aujourd’hui : ' + d.on));
  trigger('/homepage');
});
})();`;
