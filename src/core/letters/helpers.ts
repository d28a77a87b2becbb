/**
 * The few helpers a letter template may use. Each template is compiled twice: for HTML (values
 * escaped by Handlebars) and for plain text (no escaping). The helpers give the same template its
 * HTML markup (inline styles only, for mail clients) or its plain-text layout. They only wrap what
 * Handlebars already escaped, so data never becomes markup.
 */
import type { HelperOptions } from 'handlebars';

export type Mode = 'html' | 'text';

/** What a helper needs from a Handlebars environment (runtime or full). */
export interface HelperEnv {
  registerHelper(name: string, fn: (...args: any[]) => unknown): void;
  escapeExpression(s: string): string;
  SafeString: new (s: string) => { toString(): string };
}

export const HELPER_NAMES = ['letter', 'p', 'b', 'h', 'small', 'lines', 'addr'] as const;

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1f2328';
// Only ASCII whitespace: the no-break spaces in '5 000,00 €' and '13,15 %' must survive.
const collapse = (s: string) => s.replace(/[ \t\r\n]+/g, ' ').trim();
const keepLines = (s: string) => s.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

/** Plain text: trimmed lines, at most one blank line in a row. */
export function tidyText(s: string): string {
  return s.split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

export function registerLetterHelpers(env: HelperEnv, mode: Mode): void {
  const html = mode === 'html';
  const safe = (s: string) => new env.SafeString(s);
  const block = (fn: (inner: string) => string) => function (this: unknown, options: HelperOptions) {
    return safe(fn(String(options.fn(this))));
  };
  env.registerHelper('letter', block((inner) => html
    ? `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%;border-collapse:collapse;${FONT}"><tr><td style="padding:16px 20px;${FONT}">${inner.trim()}</td></tr></table>`
    : tidyText(inner)));
  env.registerHelper('p', block((inner) => html ? `<p style="margin:0 0 12px 0">${collapse(inner)}</p>\n` : `\n${collapse(inner)}\n\n`));
  env.registerHelper('h', block((inner) => html
    ? `<p style="margin:0 0 16px 0;font-size:16px;font-weight:bold;letter-spacing:0.5px">${collapse(inner)}</p>\n`
    : `\n${collapse(inner).toUpperCase()}\n\n`));
  env.registerHelper('b', block((inner) => html ? `<strong>${inner}</strong>` : inner));
  env.registerHelper('small', block((inner) => html
    ? `<p style="margin:16px 0 0 0;padding-top:8px;border-top:1px solid #d0d7de;font-size:11px;color:#57606a">${keepLines(inner).join('<br>')}</p>\n`
    : `\n${keepLines(inner).join('\n')}\n\n`));
  // `{{#lines}}…{{/lines}}`: one output line per non-empty source line (multi-line values included).
  env.registerHelper('lines', block((inner) => html
    ? `<p style="margin:0 0 12px 0">${keepLines(inner).join('<br>')}</p>\n`
    : `\n${keepLines(inner).join('\n')}\n\n`));
  // The recipient's block of a printed letter (right half of the page).
  env.registerHelper('addr', block((inner) => html
    ? `<p style="margin:16px 0 16px 300px">${keepLines(inner).join('<br>')}</p>\n`
    : `\n${keepLines(inner).join('\n')}\n\n`));
}
