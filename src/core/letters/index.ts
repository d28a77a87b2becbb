/** Reminder letters: render the four tiers, check their mandatory mentions, draft from a case, check user overrides. */
export { draftLetter, toneFor, type DraftInput } from './draft';
export { renderLetter, MAX_HTML_BYTES, type TemplateOverride } from './render';
export { checkMentions, requiredMentions, htmlText } from './mentions';
export { checkOverride } from './override';
export { formatDay, formatDayShort, formatRate } from './format';
export { INDEMNITY_CENTS, type LetterInput } from './input';
