/**
 * The Google Workspace add-on event object (HTTP runtime) as it arrives in a trigger or action POST,
 * and the JSON Schema that every request body must satisfy before any work is done.
 */
export interface StringInputs { stringInputs?: { value?: string[] } }

export interface AddonEvent {
  commonEventObject?: {
    hostApp?: string;
    platform?: string;
    userLocale?: string;
    timeZone?: { id?: string; offset?: number };
    formInputs?: Record<string, StringInputs>;
    parameters?: Record<string, string>;
  };
  authorizationEventObject?: {
    userOAuthToken?: string;
    userIdToken?: string;
    systemIdToken?: string;
  };
  gmail?: {
    messageId?: string;
    threadId?: string;
    accessToken?: string;
    toRecipients?: string[];
    ccRecipients?: string[];
    bccRecipients?: string[];
  };
}

const token = { type: 'string', maxLength: 8192 } as const;
const shortText = { type: 'string', maxLength: 2048 } as const;
const addressList = { type: 'array', maxItems: 500, items: { type: 'string', maxLength: 512 } } as const;

/** Google adds fields over time: unknown properties are allowed, known ones are typed and bounded. */
export const eventSchema = {
  type: 'object',
  required: ['commonEventObject'],
  properties: {
    commonEventObject: {
      type: 'object',
      properties: {
        hostApp: shortText,
        platform: shortText,
        userLocale: { type: 'string', maxLength: 35 },
        timeZone: { type: 'object', properties: { id: shortText, offset: { type: 'number' } } },
        formInputs: {
          type: 'object',
          maxProperties: 100,
          additionalProperties: {
            type: 'object',
            properties: {
              stringInputs: {
                type: 'object',
                properties: { value: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 10000 } } },
              },
            },
          },
        },
        parameters: { type: 'object', maxProperties: 50, additionalProperties: shortText },
      },
    },
    authorizationEventObject: {
      type: 'object',
      properties: { userOAuthToken: token, userIdToken: token, systemIdToken: token },
    },
    gmail: {
      type: 'object',
      properties: {
        messageId: { type: 'string', maxLength: 256 },
        threadId: { type: 'string', maxLength: 256 },
        accessToken: token,
        toRecipients: addressList,
        ccRecipients: addressList,
        bccRecipients: addressList,
      },
    },
  },
} as const;

/** First value of a form input, trimmed; '' when absent. */
export function formValue(event: AddonEvent, name: string): string {
  return (event.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0] ?? '').trim();
}

export function parameter(event: AddonEvent, name: string): string {
  return event.commonEventObject?.parameters?.[name] ?? '';
}
