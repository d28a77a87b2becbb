/**
 * Shared by the contextual, compose and action handlers: read the open thread through the Gmail API
 * (when the event allows it), apply the facts typed in the card, and analyse with the core.
 * Reading is split in two so the contextual card can be remembered safely: `openThread` makes one small
 * Gmail call (the thread's historyId and message ids) and reads the user's history here; `cardKey` is
 * everything the card depends on (user, thread, historyId, language, day, settings, history, typed
 * facts), so a new message, a settings change, a reminder created or a new day always give a new key.
 * `reopenKey` is the same without the revision, for a message opened again within a few seconds.
 */
import type { Thread } from '../../../core';
import type { CaseView } from '../analysis';
import { analyseThread, factsFromForm } from '../analysis';
import type { HandlerContext } from '../context';
import type { CaseCardLinks } from '../cards/case-card';
import type { GmailAccess, ThreadRevision } from '../gmail-api/client';
import type { ReminderRecord } from '../store/types';
import { keyPart } from '../util/frozen';

export type Loaded = { ok: true; view: CaseView; thread: Thread; threadId: string | null; typed: Record<string, string> } | { ok: false; code: string };

export type Opened =
  | { ok: true; access: GmailAccess | null; rev: ThreadRevision | null; threadId: string | null; history: ReminderRecord[] }
  | { ok: false; code: string };

const EMPTY: Thread = { messages: [], subject: '' };

/** The user's reminder history for the open thread (read from the store on every request). */
export function threadHistory(ctx: HandlerContext): ReminderRecord[] | Promise<ReminderRecord[]> {
  const threadId = ctx.event.gmail?.threadId;
  if (!threadId) return [];
  return ctx.store.knownReminders?.(ctx.user.key, threadId) ?? ctx.store.listReminders(ctx.user.key, threadId);
}

/**
 * What every remembered card depends on, the thread's revision and message aside: user, thread, language,
 * day, settings, history, typed facts. Kept in this process only, so frozen values (the store's reads)
 * are named by identity: no hashing.
 */
function cardDependencies(ctx: HandlerContext, threadId: string, history: ReminderRecord[]): string[] {
  const { typed } = factsFromForm(ctx.event);
  return [ctx.user.key, threadId, ctx.lang, ctx.on, keyPart(ctx.settings), keyPart(history), JSON.stringify(typed)];
}

/**
 * The card of a message opened again, the thread's revision aside (it is not known without a Gmail
 * call): its dependencies and the message. Null when the event names no message.
 */
export function reopenKey(ctx: HandlerContext, history: ReminderRecord[]): string | null {
  const g = ctx.event.gmail;
  if (!g?.threadId || !g.messageId) return null;
  return [...cardDependencies(ctx, g.threadId, history), g.messageId].join('\n');
}

/**
 * `required`: the contextual trigger needs the thread; compose can work from typed facts alone.
 * `history`: the thread's reminder history when the caller has already read it.
 */
export async function openThread(ctx: HandlerContext, required: boolean, history?: ReminderRecord[]): Promise<Opened> {
  const g = ctx.event.gmail;
  const oauth = ctx.event.authorizationEventObject?.userOAuthToken;
  const threadId = g?.threadId ?? null;
  let access: GmailAccess | null = null;
  let rev: ThreadRevision | null = null;
  if (threadId && g?.accessToken && oauth) {
    access = ctx.gmail({ userOAuthToken: oauth, accessToken: g.accessToken, user: ctx.user.key });
    const r = await access.revision(threadId);
    if (r.ok) rev = r.value;
    else if (required) return { ok: false, code: r.error.code };
  } else if (required) {
    return { ok: false, code: 'gmail-no-message' };
  }
  return { ok: true, access, rev, threadId, history: history ?? await threadHistory(ctx) };
}

/** What the card is a function of: its dependencies and the thread's revision; null when the revision is unknown (nothing remembered then). */
export function cardKey(ctx: HandlerContext, o: Opened & { ok: true }): string | null {
  if (!o.rev?.historyId || !o.threadId) return null;
  return [...cardDependencies(ctx, o.threadId, o.history), o.rev.historyId, o.rev.messageIds.join(',')].join('\n');
}

export async function analyseOpened(ctx: HandlerContext, o: Opened & { ok: true }, required: boolean): Promise<Loaded> {
  let thread = EMPTY;
  if (o.access && o.rev) {
    const r = await o.access.readThread(o.rev);
    if (r.ok) thread = r.value;
    else if (required) return { ok: false, code: r.error.code };
  }
  const { facts, bad, typed } = factsFromForm(ctx.event);
  const view = analyseThread({ thread, me: ctx.user.email, on: ctx.on, settings: ctx.settings, history: o.history, documents: [], facts, bad });
  return { ok: true, view, thread, threadId: o.threadId, typed };
}

export async function loadCase(ctx: HandlerContext, required: boolean): Promise<Loaded> {
  const o = await openThread(ctx, required);
  return o.ok ? analyseOpened(ctx, o, required) : o;
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
