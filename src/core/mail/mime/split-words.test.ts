import { parseEml } from '../index';
import { joinSplitBWords } from './split-words';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('base64 encoded-words split in the middle of a character', () => {
  const text = "Facture FA-12 : n'a pas été réglée";
  const bytes = new TextEncoder().encode(text);
  const cut = bytes.indexOf(0xc3) + 1; // inside the first "é"
  const subject = `=?utf-8?B?${b64(bytes.subarray(0, cut))}?=\r\n =?UTF-8?b?${b64(bytes.subarray(cut))}?=`;

  test('the subject reads back whole, accents included (charset and encoding letters in any case)', async () => {
    const raw = `From: a@b.example\r\nTo: c@d.example\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\nMessage-ID: <x@y>\r\nSubject: ${subject}\r\n\r\nBonjour\r\n`;
    const r = await parseEml(raw);
    expect(r.ok && r.value.messages.at(-1)!.subject).toBe(text);
  });
  test('only adjacent B words of one charset are joined; others and broken base64 are left as written', () => {
    expect(joinSplitBWords('=?utf-8?B?YQ==?= =?utf-8?B?Yg==?=')).toBe('=?utf-8?B?YWI=?=');
    expect(joinSplitBWords('=?utf-8?B?YQ==?= =?iso-8859-1?B?Yg==?=')).toBe('=?utf-8?B?YQ==?= =?iso-8859-1?B?Yg==?=');
    expect(joinSplitBWords('=?utf-8?B?YQ==?= x =?utf-8?B?Yg==?=')).toBe('=?utf-8?B?YQ==?= x =?utf-8?B?Yg==?=');
    expect(joinSplitBWords('=?utf-8?B?Y===?= =?utf-8?B?Yg==?=')).toBe('=?utf-8?B?Y===?= =?utf-8?B?Yg==?=');
    expect(joinSplitBWords('plain subject')).toBe('plain subject');
  });
});
