/** The letter drafting, in its own chunk (Handlebars runtime + precompiled templates): loaded after the stage is shown. */
import { draftLetter } from '../../../core/letters/draft';
import type { Lang, Letter, LetterTier, Result } from '../core';
import type { Analysis, PaneContext } from './index';

/** `invoiceAttached`: the reply will carry the original invoice (read mode, Mailbox 1.15, an invoice file in the item). */
export function draft(a: Analysis, ctx: PaneContext, tier: LetterTier, lang: Lang, invoiceAttached: boolean): Result<Letter> {
  return draftLetter({ case: a.case, stage: a.stage, settings: ctx.settings, on: ctx.on, tier, lang, invoiceAttached });
}
