/** First run and settings: company identity, payment terms, contractual rate, cadence, tone per client, language, unknown ECB rates. */
import { useState } from 'preact/hooks';
import type { Lang, Settings, Tone } from '../core';
import { parseRate, rate } from './format';
import { strings } from './strings';

type Company = Settings['company'];
type LetterLang = NonNullable<Settings['letterLang']>;
const TONES: Tone[] = ['new-client', 'regular', 'late-payer', 'key-account'];

const linesToRecord = (s: string): Record<string, string> => Object.fromEntries(s.split('\n').map((l) => l.split('=').map((x) => x.trim())).filter((p) => p.length === 2 && p[0] && p[1]) as [string, string][]);

export function SettingsForm({ settings, lang, firstRun, onSave }: { settings: Settings; lang: Lang; firstRun: boolean; onSave: (s: Settings) => void }) {
  const t = strings[lang];
  const [s, setS] = useState<Settings>(settings);
  const [rateText, setRateText] = useState(settings.contractualRate === null ? '' : rate(settings.contractualRate, lang));
  const [tonesText, setTonesText] = useState(Object.entries(settings.tones).map(([k, v]) => `${k} = ${v}`).join('\n'));
  const [ecbText, setEcbText] = useState(Object.entries(settings.ecbOverrides).map(([k, v]) => `${k} = ${rate(v, lang)}`).join('\n'));
  const [error, setError] = useState<string | null>(null);
  // "Always French/English" also becomes the fallback language (Settings.lang) other hosts read.
  const setLetterLang = (v: LetterLang) => setS(v === 'thread' ? { ...s, letterLang: v } : { ...s, letterLang: v, lang: v });
  const company = (k: keyof Company, multiline = false) => {
    const onInput = (e: Event) => setS({ ...s, company: { ...s.company, [k]: (e.target as HTMLInputElement).value } });
    return (
      <label class="field" key={k}>
        <span>{t[k as keyof typeof t] as string}</span>
        {multiline ? <textarea rows={3} value={s.company[k]} onInput={onInput} /> : <input name={`company-${k}`} value={s.company[k]} onInput={onInput} required={k === 'name'} />}
      </label>
    );
  };
  const num = (label: string, value: number, set: (n: number) => void) => (
    <label class="field compact" key={label}><span>{label}</span>
      <input type="number" min={0} max={365} value={value} onInput={(e) => set(Number((e.target as HTMLInputElement).value))} /></label>
  );
  const submit = (e: Event) => {
    e.preventDefault();
    const contractualRate = rateText.trim() ? parseRate(rateText) : null;
    if (rateText.trim() && contractualRate === null) { setError(`${t.contractualRate} : « ${rateText} »`); return; }
    const tones: Record<string, Tone> = {};
    for (const [k, v] of Object.entries(linesToRecord(tonesText))) {
      const tone = TONES.find((x) => x === v || t.toneNames[x] === v);
      if (!tone) { setError(`${t.tones} : « ${k} = ${v} » (${TONES.map((x) => t.toneNames[x]).join(', ')})`); return; }
      tones[k.toLowerCase()] = tone;
    }
    const ecbOverrides: Record<string, number> = {};
    for (const [k, v] of Object.entries(linesToRecord(ecbText))) {
      const r = parseRate(v);
      if (!/^\d{4}-H[12]$/.test(k) || r === null) { setError(`${t.ecbOverride} : « ${k} = ${v} »`); return; }
      ecbOverrides[k] = r;
    }
    setError(null);
    onSave({ ...s, contractualRate, tones, ecbOverrides });
  };
  return (
    <form class="settings" onSubmit={submit} aria-labelledby="settings-title">
      {firstRun && <p class="intro">{t.settingsIntro}</p>}
      <fieldset><legend id="settings-title">{t.company}</legend>
        {company('name')}{company('siren')}{company('address', true)}{company('iban')}{company('bic')}{company('email')}{company('phone')}{company('signature', true)}
      </fieldset>
      <fieldset><legend>{t.terms}</legend>
        {num(t.termDays, s.paymentTermDays, (n) => setS({ ...s, paymentTermDays: n }))}
        <label class="field"><span>{t.contractualRate}</span><input name="contractual-rate" value={rateText} onInput={(e) => setRateText((e.target as HTMLInputElement).value)} /></label>
        {num(t.deadline, s.paymentDeadlineDays, (n) => setS({ ...s, paymentDeadlineDays: n }))}
      </fieldset>
      <fieldset><legend>{t.cadence}</legend>
        <div class="grid2">
          {(['reminder1', 'reminder2', 'reminder3', 'formalNotice'] as const).map((k, i) =>
            num(t.steps[['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'][i]!]!, s.cadence[k], (n) => setS({ ...s, cadence: { ...s.cadence, [k]: n } })))}
        </div>
      </fieldset>
      <label class="field"><span>{t.tones}</span><textarea rows={2} value={tonesText} onInput={(e) => setTonesText((e.target as HTMLTextAreaElement).value)} /></label>
      <label class="field"><span>{t.defaultLetterLang}</span>
        <select id="letter-lang-default" value={s.letterLang ?? 'thread'} onChange={(e) => setLetterLang((e.target as HTMLSelectElement).value as LetterLang)}>
          {(['thread', 'fr', 'en'] as const).map((k) => <option key={k} value={k}>{t.letterLangChoices[k]}</option>)}
        </select></label>
      <label class="field"><span>{t.ecbOverride}</span><textarea rows={2} value={ecbText} onInput={(e) => setEcbText((e.target as HTMLTextAreaElement).value)} /></label>
      {error && <p class="problem" role="alert">{error}</p>}
      <button type="submit" class="primary" id="save-settings">{t.save}</button>
    </form>
  );
}
