/** Resolved at build time (src/hosts/demo/build.mjs) to src/hosts/gmail/demo.ts when it exists, else to no-gmail.ts. */
declare module 'relance-gmail-demo' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export interface GmailDemo { handler(req: IncomingMessage, res: ServerResponse): void | Promise<void>; close(): void | Promise<void> }
  export const startGmailDemo: ((o: { threadsDir: string }) => GmailDemo | Promise<GmailDemo>) | null;
}
