/**
 * Joins base64 encoded-words that a sender split in the middle of a character. RFC 2047 wants each
 * word to stand alone, but some clients cut a long UTF-8 subject at a byte count and pad each half
 * (`=?utf-8?B?…==?= =?utf-8?B?…?=`); decoded one by one, "réglée" becomes "r��glée". postal-mime
 * only joins B words without padding, so adjacent B words of the same charset are merged here, bytes
 * first, before it decodes them.
 * @example joinSplitBWords('=?utf-8?B?csOp?= =?utf-8?B?Z2zDqWU=?=') // one word: "réglée"
 */

const RUN = /=\?([^?\s]+)\?[bB]\?[A-Za-z0-9+/=]*\?=(?:[ \t\r\n]+=\?\1\?[bB]\?[A-Za-z0-9+/=]*\?=)+/gi;
const WORD = /=\?[^?\s]+\?[bB]\?([A-Za-z0-9+/=]*)\?=/g;

export function joinSplitBWords(value: string): string {
  if (value.indexOf('?=') < 0) return value;
  return value.replace(RUN, (run, charset: string) => {
    try {
      let bytes = '';
      for (const m of run.matchAll(WORD)) bytes += atob(m[1]!);
      return `=?${charset}?B?${btoa(bytes)}?=`;
    } catch {
      return run; // not valid base64: leave it to the decoder as it is
    }
  });
}
