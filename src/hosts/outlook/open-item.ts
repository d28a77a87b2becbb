/** What the task pane knows about the open Outlook item, independent of Office.js (built by mailbox.ts). */
import type { Attachment, MessageParts } from './core';

export type ItemMode = 'read' | 'compose';

/** One message as threadFromParts() takes it: the open item, its quoted history is recovered by the core. */
export type ItemPart = MessageParts;

export interface OpenItem {
  mode: ItemMode;
  /** Stable key for the pane (EWS item id, or the conversation id in compose). */
  key: string;
  conversationId: string | null;
  internetMessageId: string | null;
  part: ItemPart;
  /** What the client could not give (shown to the user as a quiet note, never an error). */
  limits: ItemLimit[];
}

export type ItemLimit = 'no-headers' | 'no-attachments' | 'no-html-body';

/** A letter ready to insert. `attachments` are re-attached to a reply where the client allows it. */
export interface LetterToInsert {
  subject: string;
  /** Subject tag such as `[Relance 2 · FA-2025-0142]`, appended to a compose subject that lacks it. */
  subjectTag: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: Attachment[];
}

export type InsertOutcome =
  | { kind: 'reply-opened'; attached: number; headersSet: false }
  | { kind: 'inserted'; where: 'cursor' | 'top'; headersSet: boolean };
