/**
 * Byte-level decoders for MIME bodies: base64, quoted-printable and charsets. Plain loops over
 * Uint8Array, synchronous, no Blob: postal-mime joins every decoded part through
 * `new Blob(chunks).arrayBuffer()`, which costs ~0.7 ms per message in Node 20, more than the
 * whole parse budget (see ./read.ts).
 */
import { fixC1 } from '../cp1252';

const B64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => { B64[c.charCodeAt(0)] = i; });
B64['-'.charCodeAt(0)] = 62;
B64['_'.charCodeAt(0)] = 63;

/** @example new TextDecoder().decode(decodeBase64(new TextEncoder().encode('SGVsbG8=\r\n'))) // → 'Hello' */
export function decodeBase64(src: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.floor((src.length * 3) / 4) + 3);
  let acc = 0, bits = 0, o = 0;
  const n = src.length;
  for (let i = 0; i < n; i++) {
    // Four letters of the alphabet on a group boundary (nearly all the input): three bytes at once.
    if (bits === 0 && i + 3 < n) {
      const a = B64[src[i]!]!, b = B64[src[i + 1]!]!, c = B64[src[i + 2]!]!, d = B64[src[i + 3]!]!;
      if ((a | b | c | d) >= 0) {
        acc = (a << 18) | (b << 12) | (c << 6) | d;
        out[o++] = acc >> 16;
        out[o++] = (acc >> 8) & 0xff;
        out[o++] = acc & 0xff;
        i += 3;
        continue;
      }
    }
    const c = src[i]!;
    // Padding ends a group; some senders concatenate padded chunks, so decoding goes on after it.
    if (c === 61 /* = */) { acc = 0; bits = 0; continue; }
    const v = B64[c]!;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (acc >> bits) & 0xff; }
  }
  return out.subarray(0, o);
}

function hex(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Quoted-printable: `=XX` escapes and `=` soft line breaks (a broken escape is kept as written). */
export function decodeQuotedPrintable(src: Uint8Array): Uint8Array {
  const out = new Uint8Array(src.length);
  let o = 0;
  let nextEq = -1; // where the next "=" is (the length when there is none), once looked for
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c !== 61) {
      // The bytes up to the next "=" are copied as they are: a long run in one native copy.
      if (nextEq < i) { nextEq = src.indexOf(61, i); if (nextEq < 0) nextEq = src.length; }
      if (nextEq - i > 32) { out.set(src.subarray(i, nextEq), o); o += nextEq - i; i = nextEq - 1; }
      else out[o++] = c;
      continue;
    }
    const h = hex(src[i + 1]), l = hex(src[i + 2]);
    if (h >= 0 && l >= 0) { out[o++] = (h << 4) | l; i += 2; continue; }
    // "=" then optional spaces then a line break: a soft break.
    let j = i + 1;
    while (src[j] === 32 || src[j] === 9) j++;
    if (src[j] === 10) { i = j; continue; }
    if (src[j] === 13 && src[j + 1] === 10) { i = j + 1; continue; }
    if (j >= src.length) break;
    out[o++] = c;
  }
  return out.subarray(0, o);
}

const decoders = new Map<string, TextDecoder | null>();

/**
 * Bytes in a declared charset → text. Unknown labels fall back to windows-1252 (what mail labelled
 * us-ascii or latin1 is written in); invalid UTF-8 is read as windows-1252 too.
 * @example decodeCharset(Uint8Array.of(0x80), 'iso-8859-1') // → '€'
 */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
  let label = (charset || 'utf-8').toLowerCase().trim().replace(/^["']|["']$/g, '');
  if (label === 'us-ascii' || label === 'ascii' || label === 'iso-8859-1' || label === 'latin1' || label === 'iso8859-1') label = 'windows-1252';
  if (label === 'utf-8' || label === 'utf8') {
    let text: string;
    try {
      text = decoder('utf-8', true)!.decode(bytes);
    } catch {
      // Not valid UTF-8 despite the label: mislabelled windows-1252 is the usual case.
      return singleByte(bytes);
    }
    // As many characters as bytes: all ASCII, so no C1 character to look for.
    return text.length === bytes.length ? text : fixC1(text);
  }
  const d = decoder(label);
  return d && label !== 'windows-1252' ? fixC1(d.decode(bytes)) : singleByte(bytes);
}

/** windows-1252 text: C1 characters come only from bytes 0x80–0x9F, so fixC1 runs only when there are some. */
function singleByte(bytes: Uint8Array): string {
  const text = decoder('windows-1252')!.decode(bytes);
  return hasC1Byte(bytes) ? fixC1(text) : text;
}

/** Any byte 0x80–0x9F? Four bytes a test (most text has no high bit set), 4× faster than a regex over the text. */
export function hasC1Byte(b: Uint8Array): boolean {
  const c1 = (x: number) => (x & 0xe0) === 0x80;
  const n = b.length;
  let i = 0;
  while (i < n && (b.byteOffset + i) & 3) if (c1(b[i++]!)) return true;
  if (i === n) return false; // (an offset not a multiple of 4 is refused by Uint32Array even for no word)
  const words = new Uint32Array(b.buffer, b.byteOffset + i, (n - i) >> 2);
  for (let k = 0; k < words.length; k++) {
    if (words[k]! & 0x80808080) {
      const at = i + 4 * k;
      if (c1(b[at]!) || c1(b[at + 1]!) || c1(b[at + 2]!) || c1(b[at + 3]!)) return true;
    }
  }
  for (let j = i + 4 * words.length; j < n; j++) if (c1(b[j]!)) return true;
  return false;
}

function decoder(label: string, fatal = false): TextDecoder | null {
  const key = fatal ? label + '!' : label;
  let d = decoders.get(key);
  if (d === undefined) {
    try { d = new TextDecoder(label, { fatal }); } catch { d = null; /* a label TextDecoder does not know */ }
    decoders.set(key, d);
  }
  return d;
}

/**
 * RFC 3676 `format=flowed`: lines ending in a space continue on the next line of the same quote
 * depth; space-stuffing is removed; with `delsp=yes` the joining space is dropped too.
 * @example unflow('Bonjour, la facture \nest jointe.\n', false) // → 'Bonjour, la facture est jointe.\n'
 */
export function unflow(text: string, delsp: boolean): string {
  const out: string[] = [];
  let cur: string | null = null;
  let curDepth = 0;
  const emit = () => { if (cur !== null) out.push(curDepth ? '>'.repeat(curDepth) + (cur ? ' ' + cur : '') : cur); cur = null; };
  for (const line of text.split(/\r?\n/)) {
    let depth = 0;
    while (line.charCodeAt(depth) === 62) depth++;
    let content = line.slice(depth);
    if (content.startsWith(' ')) content = content.slice(1);
    const flowed = content.endsWith(' ') && content !== '-- ';
    if (flowed && delsp) content = content.slice(0, -1);
    if (cur !== null && depth !== curDepth) emit();
    if (cur === null) { cur = content; curDepth = depth; } else cur += content;
    if (!flowed) emit();
  }
  emit();
  return out.join('\n');
}
