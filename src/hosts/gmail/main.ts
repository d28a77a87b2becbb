/** `node dist/gmail.js`: the Gmail add-on service, configured from the environment (see config.ts). */
import { createServer } from 'node:http';
import { configFromEnv } from './config';
import { createGmailService } from './server';
import { openPgStore } from './store/pg-store';
import { openSqlJsStore } from './store/sqljs-store';

const cfg = configFromEnv(process.env);
if (!cfg.ok) {
  process.stderr.write(`relance gmail: ${cfg.message}\n`);
  process.exit(2);
}
const c = cfg.value;
let store;
try {
  store = c.databaseUrl ? await openPgStore(c.databaseUrl) : await openSqlJsStore(c.sqliteFile);
} catch (e) {
  process.stderr.write(`relance gmail: cannot open the store (${c.databaseUrl ? 'PostgreSQL' : c.sqliteFile}): ${(e as Error).message}\n`);
  process.exit(1);
}
const service = createGmailService({
  publicUrl: c.publicUrl, serviceAccountEmail: c.serviceAccountEmail, store, maxBodyBytes: c.maxBodyBytes,
  ...(c.userAudience ? { userIdTokenAudience: c.userAudience } : {}),
});
const server = createServer(service.handler);
server.listen(c.port, c.host, () => process.stdout.write(`${JSON.stringify({ listening: `${c.host}:${c.port}`, store: c.databaseUrl ? 'postgres' : 'sqlite' })}\n`));
const stop = () => server.close(() => { store.close().finally(() => process.exit(0)); });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
