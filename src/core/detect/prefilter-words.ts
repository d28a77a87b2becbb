/**
 * The prefilter's words (prefilter.ts): what the detection rules key on, as raw-text patterns that allow
 * every way a mail may write them (accents in any encoding, tags and entities between words).
 */

/** An "e", plain or accented, however written: ASCII, Latin-1, UTF-8 (combining mark too), QP, HTML entity. */
export const E = String.raw`(?:e(?:[\x80-\xff\u0300-\u036f]{1,3})?|[\x80-\xff]{1,3}|=[0-9a-f]{2}(?:=[0-9a-f]{2}){0,2}|&[a-z]{2,8};)`;
/** Space between two words of a phrase: blanks, no-break and thin spaces, entities, tags, folded lines (and file-name separators). */
export const S = String.raw`(?:[\s\xa0_.+-]|\xc2\xa0|\xe2\x80[\x80-\xaf]|=20|=a0|=\r?\n|&[a-z]{2,8};|<[^<>]{0,300}>)+`;

/**
 * Words as the rules read them at a word start (an ASCII letter after a non-letter: "manufacture" is no
 * invoice), in two sets. GATE: the detector's gate (text/units.ts `mayMatter`), and Relance's own
 * formal-notice marker (read in any text): one of them anywhere lets the message through.
 */
export const GATE_START = [
  'factur', 'invoice', 'rechnung', 'relanc', 'impay', 'unpaid', 'overdue', 'remind', 'paiement', 'payment', 'demeure',
  String.raw`fact\.`, String.raw`inv\.`, 'honoraires',
  // relance-marker ("[Formal notice · …]"); the other markers say "Relance", "Reminder" or "Mise en demeure"
  `formal${S}notice`,
];

/**
 * SUBJECT: payment-request wording outside the gate. A thread where no gate word appears anywhere is cut
 * into no sentences (detect/context.ts `relevant`): its rules then read subjects only (and markers,
 * which all carry a gate word but "Formal notice"). So one of these words lets the message through when
 * it stands in a subject (the message's own header block, or after a "Subject:"/"Objet :"/"Sujet :" label
 * of a quoted or attached message), or when a gate word appears anywhere, even inside another word
 * ("manufacturer" opens the gate as `mayMatter` reads it).
 */
export const SUBJECT_START = [
  'rappel', `pay${E}(?:es?|s)?(?![a-z])`, `honor${E}(?:es?|s)?(?![a-z])`, 'virement', 'remittance',
  'kindly', `rien${S}(?:re|vu)`, `(?:payable|due)(?<=tai(?:en)?t${S}(?:payable|due))`,
  `settle${S}(?:the|this|your|our)`, `past${S}due`, `fell${S}due`, `final${S}notice`, 'transfer(?![-\\s]?encoding)',
  // phrases found by their last word, which starts a word too (every way of writing S ends in a non-letter)
  `(?:outstanding|open)(?<=(?:remains?|still|is)${S}(?:outstanding|open))`,
  `expect(?<=(?:can|could|should)${S}expect)`, `paid(?<=(?:been|yet)${S}paid)`, `(?:vois|voyons)(?<=ne${S}(?:vois|voyons))`,
];

/**
 * Stems found inside a word ("règlement", "régulariser", "échue", "débiteur", "réglée" however their
 * accent is written): the first group is the gate's (r[èée]glement, r[ée]gulari), the rest SUBJECT words.
 */
export const INSIDE = new RegExp(`(glement|gulari)|chue|biteur|gl(?<=r${E}gl)`, 'iy');

/**
 * The gate as `mayMatter` reads it (anywhere, inside words too), on raw or undone text: checked where a
 * window of its first four characters ends (GATE_FIRST4), three characters back.
 */
export const GATE_AT = /factur|invoice|rechnung|\bfact\.|\binv\.|honoraires|relanc|impay|unpaid|overdue|remind|paiement|payment|demeure|glement|gulari/iy;
export const GATE_FIRST4 = ['fact', 'invo', 'rech', 'inv.', 'hono', 'rela', 'impa', 'unpa', 'over', 'remi', 'paie', 'paym', 'deme', 'glem', 'gula'];
