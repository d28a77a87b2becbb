/**
 * JSON Schema for what the service answers, written from Google's documented card format for Workspace
 * add-ons on the HTTP runtime (Card, Section, Widget, Button, OnClick, Action; RenderActions with
 * navigations, notification and hostAppAction.gmailAction). Closed objects: a misspelt field fails.
 */
const str = { type: 'string' } as const;
const closed = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', additionalProperties: false, properties, required });
const oneKey = (name: string, schema: unknown) => ({ type: 'object', additionalProperties: false, required: [name], properties: { [name]: schema, horizontalAlignment: { enum: ['START', 'CENTER', 'END'] } } });

const KNOWN_ICONS = ['AIRPLANE', 'BOOKMARK', 'BUS', 'CAR', 'CLOCK', 'CONFIRMATION_NUMBER_ICON', 'DOLLAR', 'DESCRIPTION', 'EMAIL',
  'EVENT_PERFORMER', 'EVENT_SEAT', 'FLIGHT_ARRIVAL', 'FLIGHT_DEPARTURE', 'HOTEL', 'HOTEL_ROOM_TYPE', 'INVITE', 'MAP_PIN', 'MEMBERSHIP',
  'MULTIPLE_PEOPLE', 'OFFER', 'PERSON', 'PHONE', 'RESTAURANT_ICON', 'SHOPPING_CART', 'STAR', 'STORE', 'TICKET', 'TRAIN', 'VIDEO_CAMERA', 'VIDEO_PLAY'];

export const cardSchema = {
  $id: 'relance-gmail-response',
  definitions: {
    action: closed({
      function: { type: 'string', pattern: '^https?://' },
      parameters: { type: 'array', items: closed({ key: str, value: str }, ['key', 'value']) },
      loadIndicator: { enum: ['SPINNER', 'NONE'] },
      persistValues: { type: 'boolean' },
    }, ['function']),
    onClick: { oneOf: [closed({ action: { $ref: '#/definitions/action' } }, ['action']), closed({ openLink: closed({ url: str }, ['url']) }, ['openLink'])] },
    color: closed({ red: { type: 'number', minimum: 0, maximum: 1 }, green: { type: 'number', minimum: 0, maximum: 1 }, blue: { type: 'number', minimum: 0, maximum: 1 }, alpha: { type: 'number' } }),
    button: closed({ text: str, onClick: { $ref: '#/definitions/onClick' }, color: { $ref: '#/definitions/color' }, disabled: { type: 'boolean' }, altText: str }, ['text', 'onClick']),
    icon: closed({ knownIcon: { enum: KNOWN_ICONS }, iconUrl: str, altText: str }),
    widget: {
      oneOf: [
        oneKey('textParagraph', closed({ text: str }, ['text'])),
        oneKey('divider', closed({})),
        oneKey('decoratedText', closed({
          topLabel: str, text: str, bottomLabel: str, wrapText: { type: 'boolean' }, startIcon: { $ref: '#/definitions/icon' },
          button: { $ref: '#/definitions/button' }, onClick: { $ref: '#/definitions/onClick' },
        }, ['text'])),
        oneKey('buttonList', closed({ buttons: { type: 'array', minItems: 1, items: { $ref: '#/definitions/button' } } }, ['buttons'])),
        oneKey('textInput', closed({
          name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' }, label: str, hintText: str, value: str, type: { enum: ['SINGLE_LINE', 'MULTIPLE_LINE'] },
          onChangeAction: { $ref: '#/definitions/action' },
        }, ['name'])),
        oneKey('selectionInput', closed({
          name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' }, label: str, type: { enum: ['CHECK_BOX', 'RADIO_BUTTON', 'SWITCH', 'DROPDOWN', 'MULTI_SELECT'] },
          items: { type: 'array', minItems: 1, items: closed({ text: str, value: str, selected: { type: 'boolean' } }, ['text', 'value']) },
          onChangeAction: { $ref: '#/definitions/action' },
        }, ['name', 'type', 'items'])),
      ],
    },
    section: closed({
      header: str, collapsible: { type: 'boolean' }, uncollapsibleWidgetsCount: { type: 'integer', minimum: 0 },
      widgets: { type: 'array', minItems: 1, items: { $ref: '#/definitions/widget' } },
    }, ['widgets']),
    card: closed({
      name: str,
      header: closed({ title: str, subtitle: str, imageUrl: str, imageType: { enum: ['SQUARE', 'CIRCLE'] }, imageAltText: str }, ['title']),
      sections: { type: 'array', minItems: 1, items: { $ref: '#/definitions/section' } },
      fixedFooter: closed({ primaryButton: { $ref: '#/definitions/button' }, secondaryButton: { $ref: '#/definitions/button' } }),
    }, ['sections']),
    navigation: {
      oneOf: [
        closed({ pushCard: { $ref: '#/definitions/card' } }, ['pushCard']),
        closed({ updateCard: { $ref: '#/definitions/card' } }, ['updateCard']),
        closed({ pop: { const: true } }, ['pop']),
        closed({ popToRoot: { const: true } }, ['popToRoot']),
      ],
    },
    renderAction: closed({
      navigations: { type: 'array', minItems: 1, items: { $ref: '#/definitions/navigation' } },
      notification: closed({ text: str }, ['text']),
    }),
    gmailAction: {
      oneOf: [
        closed({ openCreatedDraftActionMarkup: closed({ draftId: { type: 'string', minLength: 1 }, draftThreadId: { type: 'string', minLength: 1 } }, ['draftId', 'draftThreadId']) }, ['openCreatedDraftActionMarkup']),
        closed({
          updateDraftActionMarkup: closed({
            updateBody: closed({
              type: { enum: ['IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END'] },
              insertContents: { type: 'array', minItems: 1, items: closed({ content: str, contentType: { enum: ['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML'] } }, ['content', 'contentType']) },
            }, ['insertContents']),
          }),
        }, ['updateDraftActionMarkup']),
      ],
    },
  },
  oneOf: [
    closed({ action: { $ref: '#/definitions/renderAction' } }, ['action']),
    closed({
      renderActions: {
        type: 'object', additionalProperties: false, minProperties: 1,
        properties: { action: { $ref: '#/definitions/renderAction' }, hostAppAction: closed({ gmailAction: { $ref: '#/definitions/gmailAction' } }, ['gmailAction']) },
      },
    }, ['renderActions']),
  ],
} as const;
