/** Reads the demo threads (*.eml) into the shape the Office stand-in serves as the open item. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import type { DemoAddress, DemoMessage } from '../stand-in/host';

const addr = (a: { name?: string; address?: string } | undefined): DemoAddress => ({ name: a?.name ?? '', address: (a?.address ?? '').toLowerCase() });

function rawHeaderBlock(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  return end < 0 ? raw : raw.slice(0, end);
}

export async function loadThread(file: string, index: number): Promise<DemoMessage> {
  const bytes = readFileSync(file);
  const mail = await PostalMime.parse(bytes);
  const text = mail.text ?? '';
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = mail.html ?? `<div>${esc(text).split('\n').map((l) => l || '<br>').join('<br>')}</div>`;
  return {
    itemId: `demo-item-${index + 1}`,
    conversationId: `demo-conversation-${index + 1}`,
    internetMessageId: mail.messageId ?? `<demo-${index + 1}@relance.example>`,
    subject: mail.subject ?? '',
    from: addr(mail.from as { name?: string; address?: string } | undefined),
    to: (mail.to ?? []).map((a) => addr(a as { name?: string; address?: string })),
    cc: (mail.cc ?? []).map((a) => addr(a as { name?: string; address?: string })),
    date: mail.date ? new Date(mail.date).toISOString() : new Date(0).toISOString(),
    html, text,
    rawHeaders: rawHeaderBlock(bytes.toString('utf8')),
    attachments: (mail.attachments ?? []).map((a, i) => {
      const content = typeof a.content === 'string' ? Buffer.from(a.content) : Buffer.from(a.content as ArrayBuffer);
      return { id: `att-${index + 1}-${i + 1}`, name: a.filename ?? `piece-${i + 1}`, contentType: a.mimeType, size: content.length, isInline: a.disposition === 'inline', base64: content.toString('base64') };
    }),
  };
}

export async function loadThreads(dir: string): Promise<DemoMessage[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(files.map((f, i) => loadThread(join(dir, f), i)));
}
