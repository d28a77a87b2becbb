/**
 * Which units of a message a wording rule needs to read. Every phrase of such a rule contains one of a
 * few words (its gate: "factur" or "invoice" for an invoice being sent). One scan of the message's folded
 * units for the words of every gate marks, per gate, the units that hold one; a unit that holds none cannot
 * match, so the rule reads only the marked ones and answers as if it had read them all, in a fraction of
 * the time (a 200 KB newsletter has thousands of sentences and usually none of the words).
 *
 * A gate is sound when every match of its rule, in the unit as the rule reads it (folded, maybe with a
 * phrase replaced), contains one of the gate's words as they appear in the folded unit: plain lower-case
 * letters or ".", no space (a replaced phrase may leave spaces), none a piece of a replacement word
 * ("devis"). A `wordStart` gate's words must also begin a word in every match (the rule has \b or a
 * space before them): the scan then only tries word starts. Each rule's test shows its gate passes the
 * wording it is there for.
 * @example unitsMatching(['Bonjour.', 'Voici notre facture.'], SEND_GATE) // → [false, true]
 */

export interface Gate { readonly bit: number }

/** The gates each word opens: read anywhere, or only where it begins a word. */
interface Opens { anywhere: number; wordStart: number }
const words = new Map<string, Opens>();
let gates = 0;
let scan: { re: RegExp; byFirst: Map<number, [string, Opens][]>; all: number } | null = null;

/** Declares a gate (at module load, before any scan). */
export function defineGate(list: readonly string[], wordStart: boolean): Gate {
  if (gates >= 31) throw new Error('defineGate: at most 31 gates (one bit each)');
  const bit = 1 << gates++;
  for (const w of list) {
    const opens = words.get(w) ?? { anywhere: 0, wordStart: 0 };
    if (wordStart) opens.wordStart |= bit; else opens.anywhere |= bit;
    words.set(w, opens);
  }
  scan = null;
  return { bit };
}

/**
 * One regex for every gate: it stops wherever a word read anywhere starts, or a word read at a word start
 * starts a word; there the bits of every gate word found at that place are read off (several may be:
 * "factur" and "facture", "paye" and "payer"), each word by its first character.
 */
function scanOf(): NonNullable<typeof scan> {
  if (scan) return scan;
  const pattern = (kind: keyof Opens) => [...words].filter(([, o]) => o[kind]).map(([w]) => w)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/[.]/g, '\\.')).join('|');
  const anywhere = pattern('anywhere'), wordStart = pattern('wordStart');
  const re = new RegExp([anywhere, wordStart && `\\b(?:${wordStart})`].filter(Boolean).join('|') || '(?!)', 'gi');
  const byFirst = new Map<number, [string, Opens][]>();
  let all = 0;
  for (const [w, o] of words) {
    byFirst.set(w.charCodeAt(0), [...byFirst.get(w.charCodeAt(0)) ?? [], [w, o]]);
    all |= o.anywhere | o.wordStart;
  }
  return (scan = { re, byFirst, all });
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The units joined by "\n" and folded for the gates: accents off (as `fold`; its other changes touch only
 * spaces, quotes, dashes and the "." between digits, none in a gate word or next to one's start). Case is
 * left to the scan: its regex ignores case, which matches a word's letters exactly where lower-casing would
 * once accents are off (the only other characters lower-cased to ASCII, the Kelvin sign and "İ", decompose
 * to "K" and "I"). A unit never holds a "\n" and folding never makes one: unit i is the text after the
 * i-th line break.
 */
function gateText(units: readonly string[]): string {
  // NFD leaves ASCII as it is and never reorders across it (ASCII characters are starters): decomposing each
  // run of other characters is decomposing the whole text, at the cost of the runs alone.
  return units.join('\n').replace(NOT_ASCII_RUN, (run) => run.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}
const NOT_ASCII_RUN = /[^\x00-\x7f]+/g;

const masks = new WeakMap<readonly string[], Uint32Array>();

function scanUnits(units: readonly string[]): Uint32Array {
  const bits = new Uint32Array(units.length);
  const text = units.length ? gateText(units) : '';
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  if (starts.length !== units.length) return bits.fill(2 ** 32 - 1); // a unit with a line break: read them all
  const { re, byFirst, all } = scanOf();
  let unit = 0;
  re.lastIndex = 0;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    const at = hit.index;
    while (unit + 1 < starts.length && starts[unit + 1]! <= at) unit++;
    // \b before the word: the characters on either side of `at` are not both word characters or both not.
    const wordStart = isWordChar(at > 0 ? text.charCodeAt(at - 1) : -1) !== isWordChar(text.charCodeAt(at));
    for (const [w, o] of byFirst.get(text.charCodeAt(at) | 0x20)!) {
      if (text.slice(at, at + w.length).toLowerCase() === w) bits[unit]! |= o.anywhere | (wordStart ? o.wordStart : 0);
    }
    if ((bits[unit]! & all) === all) { // every gate is known for the unit: on to the next one
      if (unit + 1 >= starts.length) break;
      re.lastIndex = starts[unit + 1]!;
    } else re.lastIndex = at + 1; // words may overlap ("impaye" holds "paye")
  }
  return bits;
}

/** For each unit, whether it holds a word of the gate; false means the gate's rule cannot match the unit. */
export function unitsMatching(units: readonly string[], gate: Gate): boolean[] {
  let bits = masks.get(units);
  if (!bits) masks.set(units, (bits = scanUnits(units)));
  const out = new Array<boolean>(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = (bits[i]! & gate.bit) !== 0;
  return out;
}
