/**
 * The open message: the contextual card, its tier and facts actions, and "Créer la relance n°N", which
 * renders the letter with the core, creates a reply draft in the thread and opens it.
 */
import { describeProblem } from '../../../core';
import type { MarkerTier } from '../../../core/markers';
import { caseCard } from '../cards/case-card';
import { errorCard } from '../cards/home-card';
import { notify, openCreatedDraft, pushCard, updateCard } from '../cards/widgets';
import type { Handler, HandlerContext } from '../context';
import * as engine from '../core-adapter';
import { letterLang } from '../analysis';
import { buildReply, originalInvoice, replyRecipients } from '../gmail-api/reply-mime';
import { problemText } from '../ui-text';
import { analyseOpened, cardKey, chosenTier, links, loadCase, openThread, reopenKey, threadHistory } from './load-case';

const say = (ctx: HandlerContext, code: string, params?: Record<string, string | number>) =>
  problemText({ code, ...(params ? { params } : {}) }, ctx.lang, describeProblem);

/**
 * The card is remembered under everything it depends on (see cardKey): a hit costs one small Gmail call.
 * The same message opened again within a few seconds (Gmail fires the trigger on every opening) gets its
 * last card without that call (see reopenKey).
 */
export const contextual: Handler = async (ctx) => {
  const known = threadHistory(ctx);
  const history = Array.isArray(known) ? known : await known;
  const again = reopenKey(ctx, history);
  const recent = again ? ctx.reopened.get(again) : undefined;
  if (recent) return recent;
  const o = await openThread(ctx, true, history);
  if (!o.ok) return pushCard(errorCard(ctx.lang, say(ctx, o.code)));
  const key = cardKey(ctx, o);
  let card = key ? ctx.cards.get(key) : undefined;
  if (!card) {
    const r = await analyseOpened(ctx, o, true);
    if (!r.ok) return pushCard(errorCard(ctx.lang, say(ctx, r.code)));
    card = pushCard(caseCard(r.view, { lang: ctx.lang, on: ctx.on, links: links(ctx, 'create') }));
    if (key) ctx.cards.set(key, card);
  }
  if (again && key) ctx.reopened.set(again, card);
  return card;
};

/** Tier dropdown changed, or missing facts submitted: the same card, recomputed. */
export const refresh: Handler = async (ctx) => {
  const r = await loadCase(ctx, true);
  if (!r.ok) return updateCard(errorCard(ctx.lang, say(ctx, r.code)));
  return updateCard(caseCard(r.view, { lang: ctx.lang, on: ctx.on, links: links(ctx, 'create', r.typed), tier: chosenTier(ctx, r.view.tier) }));
};

export const createDraft: Handler = async (ctx) => {
  const r = await loadCase(ctx, true);
  if (!r.ok || !r.threadId) return notify(say(ctx, r.ok ? 'gmail-no-message' : r.code));
  const { view, thread, threadId } = r;
  const tier = chosenTier(ctx, view.tier) as MarkerTier;
  const lang = letterLang(ctx.settings, view.case, ctx.lang);
  const invoices = view.case.invoices.map((i) => i.number);
  const attachment = originalInvoice(thread, ctx.user.email, invoices[0]);
  const letter = engine.letter({ case: view.case, stage: view.stage, settings: ctx.settings, on: ctx.on, tier, lang, invoiceAttached: attachment !== null });
  if (!letter.ok) return notify(say(ctx, letter.error.code, letter.error.params));
  const to = replyRecipients(thread, ctx.user.email, view.case.counterparty);
  const mime = await buildReply({
    thread, me: ctx.user.email, to, tier, invoices, day: ctx.on, lang, html: letter.value.html, text: letter.value.text,
    attachment,
  });
  const g = ctx.event.gmail!;
  const draft = await ctx.gmail({ userOAuthToken: ctx.event.authorizationEventObject!.userOAuthToken!, accessToken: g.accessToken!, user: ctx.user.key })
    .createDraft(threadId, mime.raw);
  if (!draft.ok) return notify(say(ctx, draft.error.code, draft.error.params));
  await ctx.store.addReminder(ctx.user.key, { threadId, messageId: mime.messageId, draftId: draft.value.draftId, tier, invoices, day: ctx.on });
  return openCreatedDraft(draft.value.draftId, draft.value.threadId);
};
