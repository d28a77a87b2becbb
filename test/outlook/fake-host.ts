/** A DemoHost made of plain objects, for driving mailbox.ts through the Office stand-in in Node. */
import type { BodyType, DemoDraft, DemoHost, DemoMessage, ReplyRequest } from '../../src/hosts/demo/stand-in/host';
import { createOfficeStandIn } from '../../src/hosts/demo/stand-in/office';

export function message(over: Partial<DemoMessage> = {}): DemoMessage {
  return {
    itemId: 'item-1', conversationId: 'conv-1', internetMessageId: '<m1@example.test>', subject: 'Facture FA-1',
    from: { name: 'Client', address: 'Client@Debtor.example' }, to: [{ name: 'Moi', address: 'me@owner.example' }], cc: [],
    date: '2026-03-10T09:00:00.000Z', html: '<p>Bonjour</p>', text: 'Bonjour',
    rawHeaders: 'Subject: Facture FA-1\r\nX-Relance-Tier: 2\r\nReceived: from a\r\n  by b\r\nReceived: second',
    attachments: [{ id: 'a1', name: 'FA-1.pdf', contentType: 'application/pdf', size: 4, isInline: false, base64: 'JVBERg==' },
      { id: 'a2', name: 'logo.png', contentType: 'image/png', size: 4, isInline: true, base64: 'AAAA' }],
    ...over,
  };
}

export interface FakeDraft extends DemoDraft { user: string; inserted: string[]; cursor: boolean; selected: string; subject: string }

export function draft(user = 'Mon texte'): FakeDraft {
  const d: FakeDraft = {
    user, inserted: [], cursor: true, selected: '', subject: 'RE: Facture FA-1', conversationId: 'conv-1',
    getSubject: () => d.subject, setSubject: (s) => { d.subject = s; },
    from: { name: 'Moi', address: 'me@owner.example' }, to: [{ name: 'Client', address: 'client@debtor.example' }], cc: [],
    bodyType: 'html',
    getBody: (t: BodyType) => (t === 'html' ? `<p>${d.user}</p>${d.inserted.join('')}` : `${d.user}\n${d.inserted.join('\n')}`),
    getSelectedText: () => d.selected,
    insertAtCursor: (data) => { if (d.selected) d.user = d.user.replace(d.selected, data); else d.inserted.push(data); },
    prepend: (data) => { d.user = data + d.user; },
    headers: {},
    setHeaders: (h) => { Object.assign(d.headers, h); },
  };
  return d;
}

export interface FakeHost extends DemoHost { replies: ReplyRequest[]; fire(): void; state: { version: string; item: ReturnType<DemoHost['current']> } }

export function installHost(version: string, item: ReturnType<DemoHost['current']>): FakeHost {
  const listeners: (() => void)[] = [];
  const host: FakeHost = {
    state: { version, item }, replies: [],
    mailboxVersion: () => host.state.version, displayLanguage: () => 'fr-FR', userEmail: () => 'me@owner.example',
    current: () => host.state.item,
    openReply: (r) => { host.replies.push(r); return null; },
    onItemChanged: (l) => { listeners.push(l); },
    fire: () => listeners.forEach((l) => l()),
  };
  (globalThis as unknown as { Office: typeof Office }).Office = createOfficeStandIn(host);
  return host;
}
