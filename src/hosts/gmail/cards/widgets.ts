/**
 * Small builders for the Google Workspace card JSON (Cards v2, as the HTTP runtime expects it) and the
 * response envelopes. Every piece of text is escaped here: card text fields accept a little HTML, and
 * thread content is written by the debtor. Builders that take `html` are fed only escaped parts.
 */
export type Json = Record<string, unknown>;
export type Widget = Json;
export interface Section { header?: string; collapsible?: boolean; uncollapsibleWidgetsCount?: number; widgets: Widget[] }
export interface Card { header?: Json; sections: Section[]; fixedFooter?: Json; name?: string }

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface ActionRef { url: string; params?: Record<string, string> }

export function action(a: ActionRef): Json {
  const parameters = Object.entries(a.params ?? {}).map(([key, value]) => ({ key, value }));
  return { function: a.url, ...(parameters.length ? { parameters } : {}), loadIndicator: 'SPINNER' };
}

export const paragraph = (text: string): Widget => ({ textParagraph: { text: esc(text) } });
export const paragraphHtml = (html: string): Widget => ({ textParagraph: { text: html } });
export const divider = (): Widget => ({ divider: {} });

export function decorated(o: { top?: string; text: string; bottom?: string; icon?: string }): Widget {
  return {
    decoratedText: {
      ...(o.top ? { topLabel: esc(o.top) } : {}),
      text: esc(o.text),
      ...(o.bottom ? { bottomLabel: esc(o.bottom) } : {}),
      ...(o.icon ? { startIcon: { knownIcon: o.icon } } : {}),
      wrapText: true,
    },
  };
}

export const button = (text: string, a: ActionRef, filled = false): Json => ({
  text: esc(text), onClick: { action: action(a) },
  ...(filled ? { color: { red: 0.1, green: 0.35, blue: 0.75, alpha: 1 } } : {}),
});

export const buttons = (...list: Json[]): Widget => ({ buttonList: { buttons: list } });

export function textInput(o: { name: string; label: string; value?: string; hint?: string; multiline?: boolean }): Widget {
  return {
    textInput: {
      name: o.name, label: esc(o.label), type: o.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
      ...(o.value ? { value: o.value } : {}), ...(o.hint ? { hintText: esc(o.hint) } : {}),
    },
  };
}

export function dropdown(o: { name: string; label: string; items: Array<{ text: string; value: string; selected: boolean }>; onChange?: ActionRef }): Widget {
  return {
    selectionInput: {
      name: o.name, label: esc(o.label), type: 'DROPDOWN',
      items: o.items.map((i) => ({ text: esc(i.text), value: i.value, selected: i.selected })),
      ...(o.onChange ? { onChangeAction: action(o.onChange) } : {}),
    },
  };
}

export const header = (title: string, subtitle?: string, imageUrl?: string): Json => ({
  title: esc(title), ...(subtitle ? { subtitle: esc(subtitle) } : {}), ...(imageUrl ? { imageUrl, imageType: 'SQUARE' } : {}),
});

/** Trigger responses (homepage, contextual, compose): push the card. */
export const pushCard = (card: Card): Json => ({ action: { navigations: [{ pushCard: card }] } });

/** Action responses: replace the card in place, with an optional toast. */
export const updateCard = (card: Card, notification?: string): Json => ({
  renderActions: { action: { navigations: [{ updateCard: card }], ...(notification ? { notification: { text: esc(notification) } } : {}) } },
});

export const notify = (text: string): Json => ({ renderActions: { action: { notification: { text: esc(text) } } } });

export const openCreatedDraft = (draftId: string, threadId: string): Json => ({
  renderActions: { hostAppAction: { gmailAction: { openCreatedDraftActionMarkup: { draftId, draftThreadId: threadId } } } },
});

/** Compose: insert at the cursor, as editable HTML; nothing the user typed is replaced. */
export const insertIntoDraft = (html: string): Json => ({
  renderActions: {
    hostAppAction: {
      gmailAction: {
        updateDraftActionMarkup: { updateBody: { type: 'IN_PLACE_INSERT', insertContents: [{ content: html, contentType: 'MUTABLE_HTML' }] } },
      },
    },
  },
});

/** Action responses: open another card on top (settings). */
export const pushCardAction = (card: Card): Json => ({ renderActions: { action: { navigations: [{ pushCard: card }] } } });
