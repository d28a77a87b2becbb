/**
 * The compose trigger: the same case card, but its button inserts the letter at the cursor of the draft
 * being written (`updateDraftActionMarkup`, MUTABLE_HTML, IN_PLACE_INSERT): what the user typed stays.
 * Works from the thread when Gmail lets us read it, else from the facts typed in the card.
 */
import { describeProblem } from '../../../core';
import { caseCard } from '../cards/case-card';
import { insertIntoDraft, notify, pushCard, updateCard } from '../cards/widgets';
import type { Handler } from '../context';
import * as engine from '../core-adapter';
import { letterLang } from '../analysis';
import { problemText } from '../ui-text';
import { chosenTier, links, loadCase } from './load-case';

export const compose: Handler = async (ctx) => {
  const r = await loadCase(ctx, false);
  if (!r.ok) return notify(problemText({ code: r.code }, ctx.lang, describeProblem));
  return pushCard(caseCard(r.view, { lang: ctx.lang, on: ctx.on, links: links(ctx, 'insert') }));
};

export const composeRefresh: Handler = async (ctx) => {
  const r = await loadCase(ctx, false);
  if (!r.ok) return notify(problemText({ code: r.code }, ctx.lang, describeProblem));
  return updateCard(caseCard(r.view, { lang: ctx.lang, on: ctx.on, links: links(ctx, 'insert', r.typed), tier: chosenTier(ctx, r.view.tier) }));
};

export const composeInsert: Handler = async (ctx) => {
  const r = await loadCase(ctx, false);
  if (!r.ok) return notify(problemText({ code: r.code }, ctx.lang, describeProblem));
  const tier = chosenTier(ctx, r.view.tier);
  const lang = letterLang(ctx.settings, r.view.case, ctx.lang);
  const letter = engine.letter({ case: r.view.case, stage: r.view.stage, settings: ctx.settings, on: ctx.on, tier, lang, invoiceAttached: false }); // inserted into the user's draft: nothing attached
  if (!letter.ok) return notify(problemText(letter.error, ctx.lang, describeProblem));
  return insertIntoDraft(letter.value.html);
};
