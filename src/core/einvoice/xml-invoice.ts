/**
 * Raw e-invoice XML → facts: decodes the bytes (BOM, XML encoding declaration), checks the XML is well
 * formed, finds the invoice root (also inside a Peppol StandardBusinessDocument envelope) and hands it to
 * the CII or UBL reader.
 */
import type { Result } from '../model';
import { parseXml, kids, type XmlNode } from './xml-tree';
import { CII_ROOTS, readCii } from './cii';
import { UBL_ROOTS, readUbl } from './ubl';
import type { InvoiceFacts } from './facts';

export type Syntax = 'cii' | 'ubl';

/** Bytes → text, honouring a BOM or the `<?xml encoding="…"?>` declaration (UTF-8 otherwise). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/.exec(head.replace(/^\uFEFF|^ï»¿/, ''))?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown encoding label: UTF-8 is the e-invoice norm
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

/** True when the text looks like XML at all (after a BOM and blanks). */
export function looksLikeXml(text: string): boolean {
  return /^\s*</.test(text.replace(/^\uFEFF/, ''));
}

export function readInvoiceXml(text: string): Result<{ facts: InvoiceFacts; syntax: Syntax }> {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const found = findRoot(parsed.value);
  if (!found) {
    const root = Object.keys(parsed.value).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? '?';
    return { ok: false, error: { code: 'einvoice-not-invoice', params: { root } } };
  }
  const [name, node] = found;
  if (CII_ROOTS.includes(name)) return { ok: true, value: { facts: readCii(node), syntax: 'cii' } };
  return { ok: true, value: { facts: readUbl(node, name), syntax: 'ubl' } };
}

function findRoot(doc: Record<string, XmlNode[]>): [string, XmlNode] | null {
  for (const name of [...CII_ROOTS, ...UBL_ROOTS]) {
    const node = doc[name]?.[0];
    if (node !== undefined) return [name, node];
  }
  const envelope = doc['StandardBusinessDocument']?.[0];
  if (envelope !== undefined) {
    for (const name of UBL_ROOTS) {
      const node = kids(envelope, name)[0];
      if (node !== undefined) return [name, node];
    }
  }
  return null;
}
