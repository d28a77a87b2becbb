/**
 * A user's own template for a tier, checked before it is ever used: compiled in a sandbox (known
 * helpers only, strict lookups, no `{{{ }}}` / `{{& }}`, no partials but ours, no inline partials or
 * decorators), rendered on a sample letter, and refused unless that letter is mail-safe (no script,
 * style sheet, image or remote resource), under 32 KB and passes the mention check.
 * The Handlebars compiler is loaded only here, on demand, so the panes' bundle keeps the runtime only.
 * @example await checkOverride(source, 'reminder-1', 'fr') // → { ok: true, value: { html, text } } or a Problem
 */
import type { Lang, LetterTier, Result } from '../model';
import { fail, ok } from '../model';
import { HELPER_NAMES } from './helpers';
import { specs } from './generated/templates';
import { renderLetter, setUpEnv, type TemplateOverride } from './render';
import { sampleInput } from './sample';

type HB = typeof import('handlebars');
type Node = { type: string; [k: string]: any };

const BLOCKS = new Set(['if', 'unless', 'each', 'with', ...HELPER_NAMES]);
const UNSAFE_HTML: [RegExp, string][] = [
  [/<\s*(script|iframe|object|embed|form|link|meta|base|img|image|svg|video|audio|source|style)\b/i, 'element'],
  [/\son[a-z]+\s*=/i, 'event attribute'],
  [/\b(src|href|background|srcset|action)\s*=\s*["']?\s*(javascript:|data:|https?:|\/\/)/i, 'remote resource'],
  [/url\s*\(|@import|expression\s*\(/i, 'style resource'],
];

/** The first construct of the template that is not allowed, as a Problem; null when it is clean. */
function forbidden(node: Node | null | undefined, partials: Set<string>): ReturnType<typeof fail> | null {
  if (!node || typeof node !== 'object') return null;
  switch (node.type) {
    case 'MustacheStatement':
      if (node.escaped === false) return fail('override-unescaped', { expression: String(node.path?.original ?? '?') });
      break;
    case 'BlockStatement':
      if (node.path?.type !== 'PathExpression' || !BLOCKS.has(node.path.original)) return fail('override-forbidden', { construct: `{{#${node.path?.original ?? '?'}}}` });
      break;
    case 'PartialStatement':
      if (node.name?.type !== 'PathExpression' || !partials.has(node.name.original)) return fail('override-unknown-partial', { name: String(node.name?.original ?? '(dynamic)') });
      break;
    case 'PartialBlockStatement': case 'DecoratorBlock': case 'Decorator':
      return fail('override-forbidden', { construct: node.type });
  }
  for (const key of ['body', 'program', 'inverse', 'params', 'path']) {
    const child = node[key];
    for (const c of Array.isArray(child) ? child : [child]) {
      const bad = forbidden(c as Node, partials);
      if (bad) return bad;
    }
  }
  if (node.hash) for (const pair of node.hash.pairs ?? []) { const bad = forbidden(pair.value, partials); if (bad) return bad; }
  return null;
}

export async function checkOverride(source: string, tier: LetterTier, lang: Lang): Promise<Result<TemplateOverride>> {
  const hb: HB = ((await import('handlebars')) as unknown as { default: HB }).default;
  let ast: Node;
  try {
    ast = hb.parse(source) as unknown as Node;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fail('override-syntax', { line: Number(/line (\d+)/.exec(message)?.[1] ?? 1), detail: message.split('\n')[0]! });
  }
  const bad = forbidden(ast, new Set(Object.keys(specs[lang].html.partials)));
  if (bad) return bad;
  const knownHelpers = Object.fromEntries(HELPER_NAMES.map((h) => [h, true]));
  try {
    hb.precompile(source, { strict: true, knownHelpers, knownHelpersOnly: true }); // compile now: an unknown helper is refused here
  } catch (e) {
    return fail('override-forbidden', { construct: (e instanceof Error ? e.message : String(e)).split('\n')[0]! });
  }
  const compiled: Partial<TemplateOverride> = {};
  for (const mode of ['html', 'text'] as const) {
    const env = hb.create();
    setUpEnv(env, lang, mode);
    const fn = env.compile(source, { strict: true, knownHelpers, knownHelpersOnly: true, noEscape: mode === 'text' });
    compiled[mode] = (ctx: unknown) => fn(ctx);
  }
  const override = compiled as TemplateOverride;
  const sample = sampleInput(tier, lang);
  const letter = renderLetter(sample, override);
  if (!letter.ok) return letter; // syntax fine but fails on a real letter, or leaves out a mandatory mention
  for (const [re, what] of UNSAFE_HTML) if (re.test(letter.value.html)) return fail('override-unsafe-html', { what });
  return ok(override);
}
