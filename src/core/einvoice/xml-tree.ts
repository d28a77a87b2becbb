/**
 * A namespace-blind view of an XML document: every element is an array of nodes keyed by its local
 * name, so `cbc:ID`, `ram:ID` and a default-namespace `ID` read the same. Built on fast-xml-parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Result } from '../model';

export type XmlNode = { [name: string]: XmlNode[] | string | undefined } | string;

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** Parses XML text; a malformed document is a `einvoice-bad-xml` problem with its line. */
export function parseXml(text: string): Result<Record<string, XmlNode[]>> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, error: { code: 'einvoice-bad-xml', params: { line: valid.err.line } } };
  try {
    return { ok: true, value: parser.parse(text) as Record<string, XmlNode[]> };
  } catch {
    // Well-formed but refused by the parser's own limits (entity expansion…): hostile or broken input.
    return { ok: false, error: { code: 'einvoice-bad-xml', params: { line: '?' } } };
  }
}

/** The child elements called `name` (local name) of `node`, in document order. */
export function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  if (!node || typeof node === 'string') return [];
  const v = node[name];
  return Array.isArray(v) ? v : [];
}

/** Follows a path of local names, taking the first match at each step. */
export function at(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let cur = node;
  for (const name of path) cur = kids(cur, name)[0];
  return cur;
}

/** Every node reached by a path of local names, through all repetitions. */
export function all(node: XmlNode | undefined, ...path: string[]): XmlNode[] {
  let cur: XmlNode[] = node ? [node] : [];
  for (const name of path) cur = cur.flatMap((n) => kids(n, name));
  return cur;
}

/** The trimmed text of a node, or null when empty or absent. */
export function text(node: XmlNode | undefined): string | null {
  if (node === undefined) return null;
  const t = typeof node === 'string' ? node : node['#text'];
  if (typeof t !== 'string') return null;
  const s = t.trim();
  return s === '' ? null : s;
}

export function attr(node: XmlNode | undefined, name: string): string | null {
  if (!node || typeof node === 'string') return null;
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v : null;
}

/** The text at a path, or null. */
export function textAt(node: XmlNode | undefined, ...path: string[]): string | null {
  return text(at(node, ...path));
}

/** The first non-null text among several paths (alternatives between syntax versions). */
export function firstText(node: XmlNode | undefined, paths: string[][]): string | null {
  for (const p of paths) {
    for (const n of all(node, ...p)) {
      const t = text(n);
      if (t !== null) return t;
    }
  }
  return null;
}
