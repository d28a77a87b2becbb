/**
 * Shared by the contextual, compose and action handlers: read the open thread through the Gmail API
 * (when the event allows it), apply the facts typed in the card, and analyse with the core.
 */
import type { Thread } from '../../../core';
import type { CaseView } from '../analysis';
import { analyseThread, factsFromForm } from '../analysis';
import type { HandlerContext } from '../context';
import type { CaseCardLinks } from '../cards/case-card';

export type Loaded = { ok: true; view: CaseView; thread: Thread; threadId: string | null; typed: Record<string, string> } | { ok: false; code: string };

const EMPTY: Thread = { messages: [], subject: '' };

/** `required`: the contextual trigger needs the thread; compose can work from typed facts alone. */
export async function loadCase(ctx: HandlerContext, required: boolean): Promise<Loaded> {
  const g = ctx.event.gmail;
  const oauth = ctx.event.authorizationEventObject?.userOAuthToken;
  let thread = EMPTY;
  const threadId = g?.threadId ?? null;
  if (threadId && g?.accessToken && oauth) {
    const r = await ctx.gmail({ userOAuthToken: oauth, accessToken: g.accessToken }).readThread(threadId);
    if (r.ok) thread = r.value;
    else if (required) return { ok: false, code: r.error.code };
  } else if (required) {
    return { ok: false, code: 'gmail-no-message' };
  }
  const history = threadId ? await ctx.store.listReminders(ctx.user.key, threadId) : [];
  const { facts, bad, typed } = factsFromForm(ctx.event);
  const view = analyseThread({ thread, me: ctx.user.email, on: ctx.on, settings: ctx.settings, history, documents: [], facts, bad });
  return { ok: true, view, thread, threadId, typed };
}

/** Tier chosen in the card: the dropdown's current value, else the button's parameter, else the planned one. */
export function chosenTier(ctx: HandlerContext, fallback: number): number {
  const raw = ctx.event.commonEventObject?.formInputs?.tier?.stringInputs?.value?.[0] ?? ctx.event.commonEventObject?.parameters?.tier;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : fallback;
}

/** `typed`: facts the user typed earlier, carried as parameters by the next card's buttons. */
export function links(ctx: HandlerContext, mode: 'create' | 'insert', typed: Record<string, string> = {}): CaseCardLinks {
  const p = mode === 'create' ? '/actions' : '/actions/compose';
  return {
    mode,
    create: { url: ctx.url(mode === 'create' ? '/actions/create-draft' : '/actions/compose/insert'), params: typed },
    changeTier: { url: ctx.url(`${p}/change-tier`), params: typed },
    recompute: { url: ctx.url(`${p}/recompute`) },
    settings: { url: ctx.url('/actions/settings') },
  };
}
