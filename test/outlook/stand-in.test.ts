/** The stand-in keeps Office.js semantics: callbacks run later, AsyncResult carries status/value/error/asyncContext, members above the set are absent. */
import { draft, installHost, message } from './fake-host';

test('callbacks are asynchronous and echo asyncContext', async () => {
  installHost('1.8', { mode: 'read', message: message() });
  const item = Office.context.mailbox.item as Office.MessageRead;
  let sync = true;
  const r = await new Promise<Office.AsyncResult<string>>((resolve) => { item.body.getAsync(Office.CoercionType.Text, { asyncContext: 'ctx-7' }, resolve); sync = false; });
  expect(sync).toBe(false);
  expect([r.status, r.value, r.asyncContext]).toEqual([Office.AsyncResultStatus.Succeeded, 'Bonjour', 'ctx-7']);
});

test('a failing call reports status failed with an Office-like error', async () => {
  installHost('1.8', { mode: 'read', message: message() });
  const item = Office.context.mailbox.item as Office.MessageRead;
  const r = await new Promise<Office.AsyncResult<Office.AttachmentContent>>((resolve) => item.getAttachmentContentAsync('nope', resolve));
  expect([r.status, r.error.name]).toEqual([Office.AsyncResultStatus.Failed, 'AttachmentNotFound']);
});

test('requirement sets gate members and isSetSupported alike', () => {
  installHost('1.5', { mode: 'read', message: message() });
  const item = Office.context.mailbox.item as Partial<Office.MessageRead>;
  expect([typeof item.getAllInternetHeadersAsync, typeof item.displayReplyFormAsync, typeof item.displayReplyForm]).toEqual(['undefined', 'undefined', 'function']);
  expect([Office.context.requirements.isSetSupported('Mailbox', '1.5'), Office.context.requirements.isSetSupported('Mailbox', '1.8')]).toEqual([true, false]);
  installHost('1.15', { mode: 'read', message: message() });
  expect(Office.context.requirements.isSetSupported('Mailbox', '1.10')).toBe(true);
});

test('body.setAsync, which would erase the user’s text, is refused', () => {
  installHost('1.8', { mode: 'compose', draft: draft() });
  const item = Office.context.mailbox.item as Office.MessageCompose;
  expect(() => item.body.setAsync('x')).toThrow(/never call body.setAsync/);
});
