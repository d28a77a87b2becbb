/**
 * Which units of a message a wording rule needs to read. Every phrase of such a rule contains one of a
 * few words (its gate: "factur" or "invoice" for an invoice being sent). One scan of the message's folded
 * units for those words marks the units that hold one; a unit that holds none cannot match, so the rule
 * reads only the marked ones and answers as if it had read them all, in a fraction of the time (a 200 KB
 * newsletter has thousands of sentences and usually none of the words).
 *
 * A gate is sound when every match of the rule, in the unit as the rule reads it (folded, maybe with
 * words replaced by others), contains one of the gate's words as they appear in the folded unit: plain
 * letters (no spaces: a rule may read text with a phrase blanked out), none of them a piece of a
 * replacement word ("devis"). Each rule's test shows its gate passes the wording it is there for.
 * @example unitsMatching(['Bonjour.', 'Voici notre facture.'], /factur|invoice/g) // → [false, true]
 */
import { foldText } from './units';

interface Folded { text: string; starts: number[] }

const folded = new WeakMap<readonly string[], Folded | null>();
const masks = new WeakMap<readonly string[], Map<RegExp, boolean[]>>();

// The units folded once, joined by "\n" (a unit never holds one, folding never makes one): unit i is the
// text between the i-th and i+1-th line break. Null when a unit does hold one (not made by toUnits).
function foldedOf(units: readonly string[]): Folded | null {
  let f = folded.get(units);
  if (f !== undefined) return f;
  const text = foldText(units.join('\n'));
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  f = starts.length === units.length ? { text, starts } : null;
  folded.set(units, f);
  return f;
}

/**
 * For each unit, whether it holds a word of the gate (a global regex of plain words, case as folded).
 * False means the rule the gate belongs to cannot match the unit. Worked out once per units and gate.
 */
export function unitsMatching(units: readonly string[], gate: RegExp): boolean[] {
  let byGate = masks.get(units);
  if (!byGate) masks.set(units, (byGate = new Map()));
  const known = byGate.get(gate);
  if (known) return known;
  const mask = new Array<boolean>(units.length).fill(false);
  const f = units.length ? foldedOf(units) : null;
  if (!f) mask.fill(true);
  else {
    gate.lastIndex = 0;
    let unit = 0;
    for (let hit = gate.exec(f.text); hit; hit = gate.exec(f.text)) {
      while (unit + 1 < f.starts.length && f.starts[unit + 1]! <= hit.index) unit++;
      mask[unit] = true;
      if (unit + 1 >= f.starts.length) break;
      gate.lastIndex = f.starts[unit + 1]!; // one word is enough: on to the next unit
    }
  }
  byGate.set(gate, mask);
  return mask;
}
