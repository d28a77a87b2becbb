/** Path → handler: the add-on's triggers (named in the deployment descriptor) and the card actions. */
import type { Handler } from './context';
import { homepage, saveSettings, showSettings } from './handlers/home';
import { contextual, createDraft, refresh } from './handlers/message';
import { compose, composeInsert, composeRefresh } from './handlers/compose';

export const ROUTES: Record<string, Handler> = {
  '/homepage': homepage,
  '/contextual': contextual,
  '/compose': compose,
  '/actions/settings': showSettings,
  '/actions/save-settings': saveSettings,
  '/actions/change-tier': refresh,
  '/actions/recompute': refresh,
  '/actions/create-draft': createDraft,
  '/actions/compose/change-tier': composeRefresh,
  '/actions/compose/recompute': composeRefresh,
  '/actions/compose/insert': composeInsert,
};
