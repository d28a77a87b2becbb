/** Task pane entry: waits for Office (or the demo's stand-in), then renders the pane. */
import { render } from 'preact';
import { parisDay } from './core';
import { whenReady } from './mailbox';
import { idbBackend, LocalStore } from './store';
import { App } from './ui/app';

performance.mark('relance:script-start');
// `?on=YYYY-MM-DD` pins "today" (the demo mailbox and the browser tests use it); otherwise the real date in Paris.
const pinned = new URLSearchParams(location.search).get('on');
const today = () => (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : parisDay(new Date())!);

void whenReady().then((inOffice) => {
  const root = document.getElementById('root')!;
  root.textContent = '';
  render(<App inOffice={inOffice} store={new LocalStore(idbBackend())} today={today} />, root);
});
