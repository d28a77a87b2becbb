/** Parses the raw header block `getAllInternetHeadersAsync` returns into lower-cased name → value (folded lines joined). */
export function parseRawHeaders(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    // Repeated headers (Received…) keep the first, as the newest hop is first.
    if (!(name in out)) out[name] = value;
  }
  return out;
}

/** The reply form takes at most 32 KB of HTML (Office.js ReplyFormData.htmlBody). */
export const REPLY_HTML_LIMIT = 32 * 1024;

export function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Plain text as minimal HTML, escaped: the fallback when a letter's HTML exceeds the reply form's limit. */
export function textAsHtml(text: string): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return esc.split(/\n{2,}/).map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('');
}
