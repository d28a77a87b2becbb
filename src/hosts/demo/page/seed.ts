/** First visit of the demo: a sample company in the pane's local settings, so a letter can be shown at once. */
import { createStore, get, set } from 'idb-keyval';
import { defaultSettings } from '../../outlook/store/defaults';

export async function seedDemoSettings(): Promise<void> {
  const store = createStore('relance', 'local-data');
  if (await get('settings', store)) return;
  const s = defaultSettings('fr');
  s.company = { name: 'Atelier Martin SARL', siren: '812 345 678', address: '14 rue des Artisans\n69003 Lyon', iban: 'FR76 3000 4000 0500 0012 3456 789', bic: 'BNPAFRPPXXX',
    email: 'compta@atelier-martin.example', phone: '04 72 00 00 00', signature: 'Claire Martin\nComptabilité — Atelier Martin SARL' };
  await set('settings', s, store);
}
