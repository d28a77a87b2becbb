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

interface Scan { words: Map<string, number>; re: RegExp | null }
const scans = { wordStart: { words: new Map(), re: null } as Scan, anywhere: { words: new Map(), re: null } as Scan };
let gates = 0;

/** Declares a gate (at module load, before any scan). */
export function defineGate(words: readonly string[], wordStart: boolean): Gate {
  if (gates >= 31) throw new Error('defineGate: at most 31 gates (one bit each)');
  const bit = 1 << gates++;
  const scan = wordStart ? scans.wordStart : scans.anywhere;
  for (const w of words) scan.words.set(w, (scan.words.get(w) ?? 0) | bit);
  scan.re = null;
  return { bit };
}

// One regex per kind of gate: longest words first, so at a position the word found is the longest that
// matches there, and its bits include those of every gate word it starts with (they match there too).
function regexOf(scan: Scan, wordStart: boolean): RegExp {
  if (scan.re) return scan.re;
  const words = [...scan.words.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const w of words) for (const v of words) if (v !== w && w.startsWith(v)) scan.words.set(w, scan.words.get(w)! | scan.words.get(v)!);
  const alternatives = words.map((w) => w.replace(/[.]/g, '\\.')).join('|');
  return (scan.re = new RegExp(wordStart ? `\\b(?:${alternatives})` : alternatives, 'g'));
}

/**
 * The units joined by "\n" and folded for the gates: lower case, accents off (as `fold`; its other changes
 * touch only spaces, quotes, dashes and the "." between digits, none in a gate word or next to one's start).
 * A unit never holds a "\n" and folding never makes one: unit i is the text after the i-th line break.
 */
function gateText(units: readonly string[]): string {
  // NFD leaves ASCII as it is and never reorders across it (ASCII characters are starters): decomposing each
  // run of other characters is decomposing the whole text, at the cost of the runs alone.
  return units.join('\n').replace(NOT_ASCII_RUN, (run) => run.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
}
const NOT_ASCII_RUN = /[^\x00-\x7f]+/g;

const masks = new WeakMap<readonly string[], Uint32Array>();

function scanUnits(units: readonly string[]): Uint32Array {
  const bits = new Uint32Array(units.length);
  const text = units.length ? gateText(units) : '';
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  if (starts.length !== units.length) return bits.fill(2 ** 32 - 1); // a unit with a line break: read them all
  for (const [scan, wordStart] of [[scans.wordStart, true], [scans.anywhere, false]] as const) {
    if (!scan.words.size) continue;
    const re = regexOf(scan, wordStart);
    let all = 0;
    for (const b of scan.words.values()) all |= b;
    let unit = 0;
    re.lastIndex = 0;
    for (let hit = re.exec(text); hit; hit = re.exec(text)) {
      while (unit + 1 < starts.length && starts[unit + 1]! <= hit.index) unit++;
      bits[unit]! |= scan.words.get(hit[0])!;
      if ((bits[unit]! & all) === all) { // every gate of this scan is known for the unit: on to the next one
        if (unit + 1 >= starts.length) break;
        re.lastIndex = starts[unit + 1]!;
      } else re.lastIndex = hit.index + 1; // words may overlap ("impaye" holds "paye")
    }
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
