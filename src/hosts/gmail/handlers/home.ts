/** Homepage trigger, the settings card and saving it. */
import { homeCard, settingsCard } from '../cards/home-card';
import { pushCard, pushCardAction, updateCard } from '../cards/widgets';
import type { Handler } from '../context';
import { settingsFromForm } from '../settings';
import { t } from '../ui-text';

export const homepage: Handler = async (ctx) =>
  pushCard(homeCard({ lang: ctx.lang, settings: ctx.settings, settingsAction: { url: ctx.url('/actions/settings') } }));

export const showSettings: Handler = async (ctx) =>
  pushCardAction(settingsCard({ lang: ctx.lang, settings: ctx.settings, save: { url: ctx.url('/actions/save-settings') } }));

export const saveSettings: Handler = async (ctx) => {
  const r = settingsFromForm(ctx.event, ctx.settings);
  if (!r.ok) {
    return updateCard(settingsCard({ lang: ctx.lang, settings: ctx.settings, save: { url: ctx.url('/actions/save-settings') }, invalidField: r.field }));
  }
  await ctx.store.saveSettings(ctx.user.key, r.value);
  return updateCard(homeCard({ lang: ctx.lang, settings: r.value, settingsAction: { url: ctx.url('/actions/settings') } }), t(ctx.lang, 'saved'));
};
