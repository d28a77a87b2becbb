/** The homepage (what Relance is) and the settings form. Pure: data in, card JSON out. */
import type { Lang, Settings } from '../../../core';
import { ecbText, SETTINGS_FIELDS as F, tonesText } from '../settings';
import { formatRate, t } from '../ui-text';
import type { ActionRef, Card } from './widgets';
import { button, buttons, dropdown, header, paragraph, textInput } from './widgets';

export function homeCard(o: { lang: Lang; settings: Settings; settingsAction: ActionRef }): Card {
  const { lang } = o;
  const widgets = [paragraph(t(lang, 'homeIntro'))];
  if (!o.settings.company.name) widgets.push(paragraph(t(lang, 'homeSettingsMissing')));
  widgets.push(buttons(button(t(lang, 'settings'), o.settingsAction, !o.settings.company.name)));
  return { name: 'home', header: header(t(lang, 'homeTitle')), sections: [{ widgets }] };
}

export function settingsCard(o: { lang: Lang; settings: Settings; save: ActionRef; invalidField?: string }): Card {
  const { lang, settings: s } = o;
  const c = s.company;
  const field = (name: string, label: string, value: string, multiline = false) => textInput({ name, label, value, multiline });
  const error = o.invalidField ? [paragraph(t(lang, 'invalidField', { field: labelOf(o.invalidField, lang) }))] : [];
  return {
    name: 'settings',
    header: header(t(lang, 'settings')),
    sections: [
      ...(error.length ? [{ widgets: error }] : []),
      { header: t(lang, 'company'), widgets: [
        field(F.name, t(lang, 'companyName'), c.name), field(F.siren, t(lang, 'siren'), c.siren), field(F.address, t(lang, 'address'), c.address, true),
        field(F.iban, t(lang, 'iban'), c.iban), field(F.bic, t(lang, 'bic'), c.bic), field(F.email, t(lang, 'email'), c.email),
        field(F.phone, t(lang, 'phone'), c.phone), field(F.signature, t(lang, 'signature'), c.signature, true),
      ] },
      { header: t(lang, 'terms'), widgets: [
        field(F.term, t(lang, 'termDays'), String(s.paymentTermDays)), field(F.deadline, t(lang, 'deadlineDays'), String(s.paymentDeadlineDays)),
        field(F.rate, t(lang, 'rate'), s.contractualRate === null ? '' : formatRate(s.contractualRate, 'en')),
        dropdown({ name: F.lang, label: t(lang, 'letterLang'), items: [
          { text: t(lang, 'threadLang'), value: 'thread', selected: (s.letterLang ?? 'thread') === 'thread' },
          { text: 'Français', value: 'fr', selected: s.letterLang === 'fr' }, { text: 'English', value: 'en', selected: s.letterLang === 'en' }] }),
      ] },
      { header: t(lang, 'cadence'), widgets: [
        field(F.r1, t(lang, 'r1'), String(s.cadence.reminder1)), field(F.r2, t(lang, 'r2'), String(s.cadence.reminder2)),
        field(F.r3, t(lang, 'r3'), String(s.cadence.reminder3)), field(F.notice, t(lang, 'notice'), String(s.cadence.formalNotice)),
      ] },
      { header: t(lang, 'toneAndRate'), widgets: [
        field(F.tones, t(lang, 'tones'), tonesText(s.tones, lang), true), field(F.ecb, t(lang, 'ecb'), ecbText(s.ecbOverrides, lang), true),
      ] },
    ],
    fixedFooter: { primaryButton: button(t(lang, 'save'), o.save, true) },
  };
}

function labelOf(name: string, lang: Lang): string {
  const keys = {
    [F.term]: 'termDays', [F.deadline]: 'deadlineDays', [F.rate]: 'rate', [F.r1]: 'r1', [F.r2]: 'r2', [F.r3]: 'r3', [F.notice]: 'notice',
    [F.tones]: 'tones', [F.ecb]: 'ecb',
  } as const;
  const key = (keys as Record<string, Parameters<typeof t>[1]>)[name];
  return key ? t(lang, key) : name;
}

export function errorCard(lang: Lang, reason: string): Card {
  return { name: 'error', header: header(t(lang, 'appName')), sections: [{ widgets: [paragraph(t(lang, 'error', { reason }))] }] };
}
