/** Shape of the precompiled templates module (src/core/letters/generated/templates.ts, written by scripts/build-templates.mjs). */
import type { Lang, LetterTier } from '../model';

/** A Handlebars precompiled template specification (opaque: handed to `env.template`). */
export type TemplateSpec = Record<string, unknown>;

export interface ModeSpecs {
  tiers: Record<LetterTier, TemplateSpec>;
  partials: Record<string, TemplateSpec>;
}

export type TemplateSpecs = Record<Lang, { subject: TemplateSpec; html: ModeSpecs; text: ModeSpecs }>;
