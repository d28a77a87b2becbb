/**
 * Node 20's TextDecoder decodes `windows-1252` as ISO-8859-1, so bytes 0x80–0x9F (€ ’ – “ ” …)
 * come out of postal-mime as C1 control characters; browsers decode them right. C1 controls never
 * belong in mail text, and mail labelled ISO-8859-1 is written in windows-1252 in practice (the
 * WHATWG Encoding Standard treats the two labels as one), so mapping them back is always correct.
 */
const TABLE: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};
const C1 = /[\u0080-\u009f]/g;

/** @example fixC1('1 000,00 \u0080') // → '1 000,00 €' */
export function fixC1(s: string): string;
export function fixC1(s: string | undefined): string | undefined;
export function fixC1(s: string | undefined): string | undefined {
  if (s === undefined || !/[\u0080-\u009f]/.test(s)) return s;
  return s.replace(C1, (c) => TABLE[c.charCodeAt(0)] ?? '');
}
