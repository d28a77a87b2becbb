// Makes sure what the tests drive is there: Debian's Chromium (browser tests) and a local PostgreSQL
// server with the test database (the Gmail store's contract test). On a fresh Debian machine run as
// root it installs and starts them (the same steps as .ci/run); otherwise it says exactly what to do.
// Idempotent: on a ready machine it only checks, in well under a second.
import { existsSync, readdirSync } from 'node:fs';
import { execSync, spawnSync } from 'node:child_process';
import net from 'node:net';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const sh = (cmd) => execSync(cmd, { stdio: ['ignore', 'ignore', 'inherit'] });
const problems = [];

function portOpen(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => { s.end(); resolve(true); });
    s.on('error', () => resolve(false));
    s.setTimeout(1000, () => { s.destroy(); resolve(false); });
  });
}

const needChromium = !existsSync('/usr/bin/chromium');
const needPg = !existsSync('/etc/postgresql');
if ((needChromium || needPg) && isRoot && hasApt) {
  const pkgs = [needChromium && 'chromium', needPg && 'postgresql'].filter(Boolean).join(' ');
  console.log(`test-env: installing ${pkgs} (Debian packages)…`);
  sh('apt-get update -qq');
  sh(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`);
}
if (!existsSync('/usr/bin/chromium')) problems.push('Chromium is missing: sudo apt-get install -y chromium');

if (!process.env.RELANCE_TEST_PG) {
  if (!(await portOpen(5432)) && existsSync('/etc/postgresql') && isRoot) {
    const version = readdirSync('/etc/postgresql').sort().at(-1);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'ignore' });
    for (let i = 0; i < 20 && !(await portOpen(5432)); i++) await new Promise((r) => setTimeout(r, 250));
  }
  if (isRoot && existsSync('/etc/postgresql') && (await portOpen(5432))) {
    spawnSync('su', ['postgres', '-c', `psql -qc "ALTER USER postgres PASSWORD 'postgres'"`], { stdio: 'ignore' });
    spawnSync('su', ['postgres', '-c', 'createdb relance_test'], { stdio: 'ignore' });
  }
  if (!(await portOpen(5432))) {
    problems.push('PostgreSQL is not listening on 127.0.0.1:5432: sudo apt-get install -y postgresql, start it '
      + '(sudo pg_ctlcluster --skip-systemctl-redirect <version> main start), set the postgres password to "postgres" '
      + 'and create the database relance_test — or point RELANCE_TEST_PG at another server.');
  }
}
if (problems.length) {
  for (const p of problems) console.error(`test-env: ${p}`);
  process.exit(1);
}
