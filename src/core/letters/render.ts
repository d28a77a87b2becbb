/**
 * Renders a letter from the precompiled templates with the Handlebars runtime only (no compiler
 * ships to the panes). One runtime environment per language and mode (HTML / plain text), each with
 * the letter helpers and that language's partials.
 * @example renderLetter(input) // → { ok: true, value: { subject: '[Relance 1 · FA-2025-0142] …', html, text, tier, lang, mentions: [] } }
 */
import HandlebarsRuntime from 'handlebars/runtime.js';
import type { Lang, Letter, LetterTier, Result } from '../model';
import { fail, ok } from '../model';
import { specs } from './generated/templates';
import { registerLetterHelpers, tidyText, type Mode } from './helpers';
import type { LetterInput } from './input';
import { checkMentions } from './mentions';
import type { TemplateSpec } from './specs';
import { letterView, type LetterView } from './view';

type Runtime = typeof import('handlebars');
type Template = (context: unknown) => string;
const Handlebars = HandlebarsRuntime as unknown as Runtime;

/** Lets an override use the same helpers and partials with a full (compiling) environment. */
export function setUpEnv(env: Runtime, lang: Lang, mode: Mode): void {
  registerLetterHelpers(env, mode);
  for (const [name, spec] of Object.entries(specs[lang][mode].partials)) env.registerPartial(name, env.template(spec as never));
}

const envs = new Map<string, { env: Runtime; tiers: Map<LetterTier, Template> }>();
function envFor(lang: Lang, mode: Mode) {
  const key = `${lang}/${mode}`;
  let e = envs.get(key);
  if (!e) {
    const env = Handlebars.create();
    setUpEnv(env, lang, mode);
    e = { env, tiers: new Map() };
    envs.set(key, e);
  }
  return e;
}

function template(lang: Lang, mode: Mode, tier: LetterTier): Template {
  const e = envFor(lang, mode);
  let t = e.tiers.get(tier);
  if (!t) { t = e.env.template(specs[lang][mode].tiers[tier] as never) as Template; e.tiers.set(tier, t); }
  return t;
}

let subjects: Partial<Record<Lang, Template>> = {};
function subjectTemplate(lang: Lang): Template {
  return (subjects[lang] ??= envFor(lang, 'text').env.template(specs[lang].subject as TemplateSpec as never) as Template);
}

/** Outlook's `displayReplyFormAsync` htmlBody limit. */
export const MAX_HTML_BYTES = 32 * 1024;

/** Templates that replace the built-in ones for a tier (see `checkOverride`). */
export interface TemplateOverride { html: Template; text: Template }

/** Renders the letter for `input` (with an optional checked override) and runs the mention check. */
export function renderLetter(input: LetterInput, override?: TemplateOverride): Result<Letter> {
  if (input.claim.lines.length === 0) return fail('letter-no-invoice');
  const view: LetterView = letterView(input);
  let html: string, text: string;
  try {
    html = (override?.html ?? template(input.lang, 'html', input.tier))(view);
    text = tidyText((override?.text ?? template(input.lang, 'text', input.tier))(view));
  } catch (e) {
    // Only a user's override can fail here (strict lookup of a field that does not exist); ours are tested.
    if (!override) throw e;
    return fail('override-render', { detail: (e instanceof Error ? e.message : String(e)).split('\n')[0]! });
  }
  const subject = subjectTemplate(input.lang)(view).replace(/\s+/g, ' ').trim();
  const letter: Letter = { subject, html, text, tier: input.tier, lang: input.lang, mentions: [] };
  letter.mentions = checkMentions(letter, input);
  if (override) {
    if (letter.mentions.length) return fail('letter-mentions-missing', { mentions: [...new Set(letter.mentions.map((m) => m.mention))].join(', ') });
    const size = new TextEncoder().encode(html).length;
    if (size > MAX_HTML_BYTES) return fail('letter-too-large', { size: Math.ceil(size / 1024) });
  }
  return ok(letter);
}
