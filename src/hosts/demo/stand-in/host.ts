/**
 * What the Office stand-in needs from its surroundings: the demo page (a mailbox in the DOM) or a
 * test (plain objects). The stand-in only translates these calls into Office.js shapes and semantics.
 */
export interface DemoAddress { name: string; address: string }

export interface DemoAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  base64: string;
}

/** An item open in read mode. */
export interface DemoMessage {
  itemId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  from: DemoAddress;
  to: DemoAddress[];
  cc: DemoAddress[];
  /** ISO 8601. */
  date: string;
  html: string;
  text: string;
  /** The raw header block, as getAllInternetHeadersAsync returns it. */
  rawHeaders: string;
  attachments: DemoAttachment[];
}

export type BodyType = 'html' | 'text';

/** An item open in compose mode (a reply being written). */
export interface DemoDraft {
  conversationId: string;
  getSubject(): string;
  setSubject(subject: string): void;
  from: DemoAddress;
  to: DemoAddress[];
  cc: DemoAddress[];
  bodyType: BodyType;
  getBody(type: BodyType): string;
  /** Text currently selected in the body ('' when only a cursor). */
  getSelectedText(): string;
  /** Inserts at the cursor (or at the top when the body never had a cursor); replaces a selection. */
  insertAtCursor(data: string, type: BodyType): void;
  prepend(data: string, type: BodyType): void;
  /** Internet headers set on the draft so far. */
  headers: Record<string, string>;
  setHeaders(headers: Record<string, string>): void;
}

export interface ReplyRequest {
  htmlBody: string;
  attachments: { name: string; base64: string }[];
}

export interface DemoHost {
  /** Highest Mailbox requirement set the simulated client supports ("1.3" … "1.15"). */
  mailboxVersion(): string;
  /** BCP 47 tag, e.g. "fr-FR". */
  displayLanguage(): string;
  userEmail(): string;
  current(): { mode: 'read'; message: DemoMessage } | { mode: 'compose'; draft: DemoDraft } | null;
  /** Opens a reply form holding `htmlBody` above the quoted original. Returns an error message to fail the call. */
  openReply(request: ReplyRequest): string | null;
  /** Registers the pinned pane's ItemChanged listener. */
  onItemChanged(listener: () => void): void;
}
