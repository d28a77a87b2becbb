/** `npm start`: serves the demo mailbox on http://localhost:3000 (PORT overrides; HTTPS_KEY + HTTPS_CERT serve https for sideloading). */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './server';

const dist = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const tls = process.env.HTTPS_KEY && process.env.HTTPS_CERT
  ? { key: readFileSync(process.env.HTTPS_KEY), cert: readFileSync(process.env.HTTPS_CERT) } : undefined;

startDemoServer({ dist, port, tls }).then((server) => {
  console.log(`Relance demo mailbox: ${server.url}`);
  const stop = () => { void server.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}, (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE' ? `Port ${port} is already in use: set PORT to another one (PORT=3001 npm start).` : `The demo could not start: ${e.message}`);
  process.exit(1);
});
