/**
 * The Office stand-in: a typed subset of the `Office` namespace (enums with the real runtime values,
 * onReady, requirements, context.mailbox) over a DemoHost. Used by the demo page and the tests;
 * never bundled into the production pane (test/outlook/bundle.test.ts checks).
 */
import type { DemoHost } from './host';
import { atLeast, composeItem, readItem } from './items';

export function createOfficeStandIn(host: DemoHost): typeof Office {
  const mailbox = {
    get item() {
      const cur = host.current();
      if (!cur) return null;
      return cur.mode === 'read' ? readItem(host, cur.message) : composeItem(host, cur.draft);
    },
    get userProfile() { return { emailAddress: host.userEmail(), displayName: '', timeZone: 'Romance Standard Time', accountType: 'enterprise' }; },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: 'relance-demo' },
  } as Record<string, unknown>;
  if (atLeast(host.mailboxVersion(), '1.5')) {
    mailbox.addHandlerAsync = (eventType: unknown, handler: (a: unknown) => void, ...rest: unknown[]) => {
      const cb = rest.find((r) => typeof r === 'function') as ((r: Office.AsyncResult<void>) => void) | undefined;
      if (eventType === 'olkItemSelectedChanged') host.onItemChanged(() => handler({ type: eventType }));
      if (cb) setTimeout(() => cb({ status: 'succeeded', value: undefined, asyncContext: undefined } as unknown as Office.AsyncResult<void>), 0);
    };
  }
  const context = {
    get displayLanguage() { return host.displayLanguage(); },
    requirements: { isSetSupported: (name: string, version?: string) => name === 'Mailbox' && atLeast(host.mailboxVersion(), version ?? '1.1') },
    mailbox,
  };
  const info = { host: 'Outlook', platform: 'OfficeOnline' };
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html', Ooxml: 'ooxml' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    HostType: { Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    SourceProperty: { Body: 'body', Subject: 'subject' },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
      AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud', Base64: 'base64' },
    },
    context,
    onReady: (cb?: (i: typeof info) => void) => new Promise((resolve) => setTimeout(() => { cb?.(info); resolve(info); }, 0)),
  };
  return office as unknown as typeof Office;
}
