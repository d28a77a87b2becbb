import type { Settings } from '../core';

/** First-run settings live in the core (the Gmail add-on uses the same). */
export { defaultSettings } from '../core';

/** The settings are usable for a letter once the company is named. */
export function settingsComplete(s: Settings | null): s is Settings {
  return !!s && s.company.name.trim().length > 0;
}
