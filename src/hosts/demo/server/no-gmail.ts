/** Stand-in for src/hosts/gmail/demo.ts while the Gmail side-panel does not exist: the demo serves Outlook only. */
export const startGmailDemo = null;
