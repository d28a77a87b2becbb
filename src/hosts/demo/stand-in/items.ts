/**
 * Read and compose items of the stand-in, shaped after @types/office-js (MessageRead, MessageCompose).
 * A member above the simulated client's Mailbox version is absent, as on an older real client.
 */
import { errors, respond } from './async-result';
import type { BodyType, DemoDraft, DemoHost, DemoMessage } from './host';

export function atLeast(version: string, wanted: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [c = 0, d = 0] = wanted.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

const details = (a: { name: string; address: string }): Office.EmailAddressDetails =>
  ({ displayName: a.name, emailAddress: a.address, recipientType: 'externalUser' } as unknown as Office.EmailAddressDetails);
const coercion = (c: unknown): BodyType => (c === 'html' ? 'html' : 'text');
const REPLY_LIMIT = 32 * 1024;

type ReadShape = Pick<Office.MessageRead, 'itemId' | 'conversationId' | 'internetMessageId' | 'subject' | 'from' | 'to' | 'cc'
  | 'dateTimeCreated' | 'attachments' | 'body' | 'displayReplyForm'>
  & Partial<Pick<Office.MessageRead, 'displayReplyFormAsync' | 'getAllInternetHeadersAsync' | 'getAttachmentContentAsync'>>;

export function readItem(host: DemoHost, m: DemoMessage): ReadShape {
  const v = host.mailboxVersion();
  const body = {
    getAsync: (...args: unknown[]) => respond(args, () => (coercion(args[0]) === 'html' ? m.html : m.text)),
  } as unknown as Office.Body;
  const reply = (form: string | Office.ReplyFormData): string | null => {
    const data = typeof form === 'string' ? { htmlBody: form } : form;
    const htmlBody = data.htmlBody ?? '';
    if (new TextEncoder().encode(htmlBody).length > REPLY_LIMIT) throw errors.dataExceedsMaximumSize();
    const attachments = (data.attachments ?? []).map((a) => {
      if (String(a.type) !== 'base64' || !atLeast(v, '1.15')) throw errors.invalidArgument(`attachment type ${String(a.type)} not supported here`);
      return { name: a.name, base64: a.base64file ?? '' };
    });
    return host.openReply({ htmlBody, attachments });
  };
  const item: ReadShape = {
    itemId: m.itemId, conversationId: m.conversationId, internetMessageId: m.internetMessageId, subject: m.subject,
    from: details(m.from), to: m.to.map(details), cc: m.cc.map(details), dateTimeCreated: new Date(m.date),
    attachments: m.attachments.map((a) => ({ id: a.id, name: a.name, contentType: a.contentType, size: a.size, isInline: a.isInline,
      attachmentType: 'file' } as unknown as Office.AttachmentDetails)),
    body,
    displayReplyForm: (form: string | Office.ReplyFormData) => { reply(form); },
  };
  if (atLeast(v, '1.8')) {
    item.getAllInternetHeadersAsync = ((...args: unknown[]) => respond(args, () => m.rawHeaders)) as ReadShape['getAllInternetHeadersAsync'];
    item.getAttachmentContentAsync = ((...args: unknown[]) => respond(args, () => {
      const a = m.attachments.find((x) => x.id === args[0]);
      if (!a) throw errors.itemNotFound();
      return { format: 'base64', content: a.base64 };
    })) as ReadShape['getAttachmentContentAsync'];
  }
  if (atLeast(v, '1.9')) {
    item.displayReplyFormAsync = ((...args: unknown[]) => respond(args, () => {
      const failure = reply(args[0] as Office.ReplyFormData);
      if (failure) throw errors.invalidArgument(failure);
    })) as ReadShape['displayReplyFormAsync'];
  }
  return item;
}

type ComposeShape = Pick<Office.MessageCompose, 'conversationId' | 'subject' | 'to' | 'cc' | 'body'>
  & Partial<Pick<Office.MessageCompose, 'from' | 'internetHeaders' | 'getSelectedDataAsync'>>;

export function composeItem(host: DemoHost, d: DemoDraft): ComposeShape {
  const v = host.mailboxVersion();
  const recipients = (list: () => { name: string; address: string }[]) =>
    ({ getAsync: (...args: unknown[]) => respond(args, () => list().map(details)) } as unknown as Office.Recipients);
  const options = (args: unknown[]) => (args[1] && typeof args[1] === 'object' ? args[1] as { coercionType?: unknown } : {});
  const body = {
    getAsync: (...args: unknown[]) => respond(args, () => d.getBody(coercion(args[0]))),
    getTypeAsync: (...args: unknown[]) => respond(args, () => d.bodyType),
    prependAsync: (...args: unknown[]) => respond(args, () => d.prepend(String(args[0]), coercion(options(args).coercionType ?? 'text'))),
    setSelectedDataAsync: (...args: unknown[]) => respond(args, () => {
      if (!atLeast(v, '1.2')) throw errors.invalidArgument('setSelectedDataAsync needs Mailbox 1.2');
      d.insertAtCursor(String(args[0]), coercion(options(args).coercionType ?? 'text'));
    }),
    setAsync: () => { throw new Error('Relance must never call body.setAsync: it replaces what the user wrote.'); },
  } as unknown as Office.Body;
  const item: ComposeShape = {
    conversationId: d.conversationId,
    subject: { getAsync: (...a: unknown[]) => respond(a, () => d.getSubject()), setAsync: (...a: unknown[]) => respond(a, () => d.setSubject(String(a[0]))) } as unknown as Office.Subject,
    to: recipients(() => d.to), cc: recipients(() => d.cc), body,
  };
  if (atLeast(v, '1.2')) {
    item.getSelectedDataAsync = ((...args: unknown[]) => respond(args, () => ({ data: d.getSelectedText(), sourceProperty: 'body' }))) as ComposeShape['getSelectedDataAsync'];
  }
  if (atLeast(v, '1.7')) item.from = { getAsync: (...a: unknown[]) => respond(a, () => details(d.from)) } as unknown as Office.From;
  if (atLeast(v, '1.8')) {
    item.internetHeaders = {
      setAsync: (...a: unknown[]) => respond(a, () => d.setHeaders(a[0] as Record<string, string>)),
      getAsync: (...a: unknown[]) => respond(a, () => Object.fromEntries((a[0] as string[]).filter((n) => n in d.headers).map((n) => [n, d.headers[n]]))),
      removeAsync: (...a: unknown[]) => respond(a, () => { for (const n of a[0] as string[]) delete d.headers[n]; }),
    } as unknown as Office.InternetHeaders;
  }
  return item;
}
