/** The deployment descriptor asks for the narrow scopes only, and every trigger it names is a route of the service. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROUTES } from '../../src/hosts/gmail/routes';

const file = join(dirname(fileURLToPath(import.meta.url)), '../../manifest/gmail/deployment.json');
const d = JSON.parse(readFileSync(file, 'utf8'));

test('exactly the four narrow scopes', () => {
  expect([...d.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
    'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
    'https://www.googleapis.com/auth/gmail.addons.execute',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
});

test('homepage, contextual and compose triggers point at routes of one https service', () => {
  const urls = [d.addOns.common.homepageTrigger.runFunction, ...d.addOns.gmail.contextualTriggers.map((t: any) => t.onTriggerFunction),
    ...d.addOns.gmail.composeTrigger.actions.map((a: any) => a.runFunction)].map((u: string) => new URL(u));
  expect(urls.length).toBe(3);
  expect(new Set(urls.map((u) => u.origin)).size).toBe(1);
  for (const u of urls) {
    expect(u.protocol).toBe('https:');
    expect(Object.keys(ROUTES)).toContain(u.pathname);
  }
  expect(d.addOns.httpOptions.authorizationHeader).toBe('SYSTEM_ID_TOKEN');
});
