/** Runs inside the demo's task-pane frame before taskpane.js: installs the Office stand-in over the page's mailbox. */
import { createOfficeStandIn } from '../stand-in/office';
import type { DemoHost } from '../stand-in/host';

const host = (window.parent as unknown as { relanceDemoHost?: DemoHost }).relanceDemoHost;
if (host) (window as unknown as { Office: typeof Office }).Office = createOfficeStandIn(host);
