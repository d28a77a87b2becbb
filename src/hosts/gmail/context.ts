/** What every handler receives once the request is authenticated, parsed and validated. */
import type { IsoDate, Lang, Settings } from '../../core';
import type { AddonEvent } from './event';
import type { VerifiedUser } from './auth/verify';
import type { GmailFactory } from './gmail-api/client';
import type { GmailStore } from './store/types';
import type { Json } from './cards/widgets';

export interface HandlerContext {
  event: AddonEvent;
  user: VerifiedUser;
  /** Language of the panel (from the event's locale, French first). */
  lang: Lang;
  /** Today in Europe/Paris. */
  on: IsoDate;
  settings: Settings;
  store: GmailStore;
  gmail: GmailFactory;
  /** Contextual cards remembered under a key of everything they depend on (handlers/load-case cardKey). */
  cards: { get(key: string): Json | undefined; set(key: string, card: Json): void };
  /**
   * Contextual cards of messages opened in the last few seconds (server option `reopenedCardSeconds`),
   * keyed without the thread's revision (handlers/load-case reopenKey): what lets a message opened again
   * and again be answered without a Gmail call.
   */
  reopened: { get(key: string): Json | undefined; set(key: string, card: Json): void };
  /** Full URL of one of the service's routes (what card actions call). */
  url(path: string): string;
}

export type Handler = (ctx: HandlerContext) => Promise<Json>;
