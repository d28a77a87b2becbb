/**
 * The demo page as an Outlook client for the stand-in: the selected thread is the open item (read mode),
 * or the reply being written (compose mode) in a contenteditable area whose cursor is remembered.
 */
import type { BodyType, DemoDraft, DemoHost, DemoMessage, ReplyRequest } from '../stand-in/host';

export const DEMO_USER = 'compta@atelier-martin.example';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const who = (a: { name: string; address: string }) => (a.name ? `${a.name} <${a.address}>` : a.address);

/** "De : … / Envoyé : lundi 2 février 2026 16:45 / À : … / Objet : …", the block French Outlook writes above a quoted message. */
function quoteHeader(m: DemoMessage): string[] {
  const sent = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' })
    .format(new Date(m.date)).replace(' à ', ' ');
  return [`De : ${who(m.from)}`, `Envoyé : ${sent}`, `À : ${m.to.map(who).join('; ')}`, `Objet : ${m.subject}`];
}

export class PageHost implements DemoHost {
  version = '1.9';
  language = 'fr-FR';
  selected = 0;
  mode: 'read' | 'compose' = 'read';
  pinned = true;
  attachments: { name: string; base64: string }[] = [];
  private listeners: (() => void)[] = [];
  private range: Range | null = null;
  private subject = '';
  private headers: Record<string, string> = {};
  editor: HTMLElement | null = null;

  constructor(public threads: DemoMessage[], private changed: () => void) {
    document.addEventListener('selectionchange', () => {
      const sel = document.getSelection();
      if (this.editor && sel && sel.rangeCount > 0 && this.editor.contains(sel.getRangeAt(0).commonAncestorContainer)) this.range = sel.getRangeAt(0).cloneRange();
    });
  }

  mailboxVersion(): string { return this.version; }
  displayLanguage(): string { return this.language; }
  userEmail(): string { return DEMO_USER; }
  onItemChanged(listener: () => void): void { this.listeners.push(listener); }
  resetListeners(): void { this.listeners = []; }

  /** Selects another item: a pinned pane gets ItemChanged, an unpinned one is closed and reopened by the page. */
  select(index: number, mode: 'read' | 'compose'): void {
    if (index !== this.selected && this.editor) { this.editor.innerHTML = ''; this.attachments = []; this.range = null; this.headers = {}; }
    this.selected = index; this.mode = mode;
    const m = this.threads[index]!;
    if (mode === 'compose') this.subject = /^re\s*:/i.test(m.subject) ? m.subject : `RE: ${m.subject}`;
    if (this.pinned) for (const l of this.listeners) setTimeout(l, 0);
    this.changed();
  }

  current(): ReturnType<DemoHost['current']> {
    const m = this.threads[this.selected];
    if (!m) return null;
    return this.mode === 'read' ? { mode: 'read', message: m } : { mode: 'compose', draft: this.draft(m) };
  }

  openReply(request: ReplyRequest): string | null {
    if (!this.editor) return 'no compose area';
    this.editor.insertAdjacentHTML('beforeend', request.htmlBody);
    this.attachments = request.attachments;
    this.changed();
    return null;
  }

  sentHeaders(): Record<string, string> { return this.headers; }
  composeSubject(): string { return this.subject; }

  private fragment(data: string, type: BodyType): DocumentFragment {
    const t = document.createElement('template');
    if (type === 'html') t.innerHTML = data; else t.content.append(...data.split('\n').flatMap((l, i) => (i ? [document.createElement('br'), l] : [l])));
    return t.content;
  }

  private draft(m: DemoMessage): DemoDraft {
    const editor = () => this.editor!;
    return {
      conversationId: m.conversationId,
      getSubject: () => this.subject,
      setSubject: (s) => { this.subject = s; this.changed(); },
      from: { name: 'Claire Martin', address: DEMO_USER },
      to: [m.from], cc: m.cc,
      bodyType: 'html',
      // The reply's body: what the user wrote, then the original under an Outlook header block (as Outlook quotes it).
      getBody: (type) => {
        const head = quoteHeader(m);
        return type === 'html' ? `${editor().innerHTML}<hr><div>${head.map(escapeHtml).join('<br>')}</div><br>${m.html}` : `${editor().innerText}\n\n${head.join('\n')}\n\n${m.text}`;
      },
      getSelectedText: () => this.range?.toString() ?? '',
      insertAtCursor: (data, type) => {
        const r = this.range;
        if (!r) { editor().prepend(this.fragment(data, type)); return; }
        r.deleteContents();
        const frag = this.fragment(data, type); const last = frag.lastChild;
        r.insertNode(frag);
        if (last) { r.setStartAfter(last); r.collapse(true); }
        this.changed();
      },
      prepend: (data, type) => { editor().prepend(this.fragment(data, type)); this.changed(); },
      headers: this.headers,
      setHeaders: (h) => { Object.assign(this.headers, h); this.changed(); },
    };
  }
}
