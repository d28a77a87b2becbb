/**
 * A mail thread as the core sees it, whatever the host: Outlook (open item + quoted history),
 * Gmail (API thread), an .eml (one message quoting its history) or an .mbox (every message).
 */
import type { IsoDate } from './common';

export interface Address {
  /** Display name as written (may be empty). */
  name: string;
  /** Lower-cased e-mail address. */
  address: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export type MessageOrigin =
  /** A real MIME message (mbox entry, the .eml itself, the Outlook open item, a Gmail API message). */
  | 'message'
  /** Recovered from the quoted history of a later message ("De : … Envoyé : …", "Le … a écrit :"). */
  | 'quoted'
  /** Recovered from a forwarded block. */
  | 'forwarded';

export interface Message {
  /** Stable id within the thread: the Message-ID when known, otherwise a synthetic one (`q:<n>`). */
  id: string;
  origin: MessageOrigin;
  from: Address | null;
  to: Address[];
  cc: Address[];
  /** Full timestamp in ISO 8601 when known. */
  sentAt: string | null;
  /** Calendar day in Europe/Paris, derived from `sentAt` or from a quoted header's date. */
  day: IsoDate | null;
  subject: string;
  /** The text this message adds: its quoted history and forwarded blocks removed, signatures kept. */
  text: string;
  /** Lower-cased internet header names → value (real messages only; empty for recovered ones). */
  headers: Record<string, string>;
  attachments: Attachment[];
}

export interface Thread {
  /** Oldest first, duplicates (the same message seen quoted and real) merged. */
  messages: Message[];
  /** Subject of the newest message. */
  subject: string;
}
