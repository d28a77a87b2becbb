/**
 * Addresses as quoted headers and attributions write them: `Nom <a@b.fr>`, `"Nom" <a@b.fr>`,
 * `Nom [mailto:a@b.fr]`, `a@b.fr`, or a bare display name (Thunderbird: "Le …, Nom a écrit :").
 * Lists are split on `;` (Outlook) or on `,` between addresses.
 */
import type { Address } from '../model';

const EMAIL = /[A-Za-z0-9._%+'=-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/;

/**
 * One address; a bare name gives `{ name, address: '' }`, nothing usable gives null.
 * @example parseAddress('"Colin, Sandrine" <Compta@Durand.example>') // → { name: 'Colin, Sandrine', address: 'compta@durand.example' }
 */
export function parseAddress(input: string): Address | null {
  const s = input.replace(/\s+/g, ' ').trim();
  if (!s) return null;
  const m = EMAIL.exec(s);
  if (!m) {
    const name = cleanName(s);
    return name ? { name, address: '' } : null;
  }
  const address = m[0].toLowerCase();
  let name = s.slice(0, m.index).replace(/(?:<|\[|\(|mailto:)+\s*$/i, '');
  if (!cleanName(name)) name = s.slice(m.index + m[0].length).replace(/^[>\])]+/, '');
  name = cleanName(name);
  return { name: name.toLowerCase() === address ? '' : name, address };
}

/**
 * @example parseAddressList('A <a@x.fr>; "B, C" <b@x.fr>, d@x.fr') // → three addresses
 */
export function parseAddressList(input: string): Address[] {
  const s = input.replace(/\s+/g, ' ').trim();
  if (!s) return [];
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  let angle = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (c === '<' || c === '[') angle = true;
    else if (c === '>' || c === ']') angle = false;
    else if (!quoted && !angle && (c === ';' || (c === ',' && EMAIL.test(s.slice(start, i))))) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map(parseAddress).filter((a): a is Address => a !== null);
}

function cleanName(s: string): string {
  return s.replace(/^[\s"'<]+|[\s"',;:<>]+$/g, '').replace(/\\"/g, '"').trim();
}
