/**
 * Relance's own markers on the reminders it writes. They let the detector count reminders already
 * sent with certainty, even in a quoted history: a subject tag, a footer reference line (both survive
 * quoting and forwarding), and `X-Relance-*` internet headers where the mail client allows setting them.
 *
 * @example subjectMarker(2, ['FA-2025-0142'], 'fr')            // → '[Relance 2 · FA-2025-0142]'
 * @example footerReference(4, ['FA-1', 'FA-2'], '2025-05-10', 'fr') // → 'Réf. Relance R4 · FA-1, FA-2 · 2025-05-10'
 */
import type { IsoDate, Lang } from '../model';

/** 1–3: reminders; 4: formal notice (mise en demeure). */
export type MarkerTier = 1 | 2 | 3 | 4;

export interface MarkerHit {
  kind: 'subject' | 'footer' | 'header';
  tier: MarkerTier;
  invoices: string[];
  /** Day written in the footer reference (not in subject tags). */
  day: IsoDate | null;
  /** The matched text. */
  text: string;
}

export const HEADER_TIER = 'X-Relance-Tier';
export const HEADER_INVOICES = 'X-Relance-Invoices';
export const HEADER_DATE = 'X-Relance-Date';

const SEP = '\u00b7';

export function subjectMarker(tier: MarkerTier, invoices: string[], lang: Lang): string {
  const label = tier === 4 ? (lang === 'fr' ? 'Mise en demeure' : 'Formal notice') : `${lang === 'fr' ? 'Relance' : 'Reminder'} ${tier}`;
  return `[${label} ${SEP} ${invoices.join(', ')}]`;
}

export function footerReference(tier: MarkerTier, invoices: string[], day: IsoDate, lang: Lang): string {
  return `${lang === 'fr' ? 'Réf.' : 'Ref.'} Relance R${tier} ${SEP} ${invoices.join(', ')} ${SEP} ${day}`;
}

export function relanceHeaders(tier: MarkerTier, invoices: string[], day: IsoDate): Record<string, string> {
  return { [HEADER_TIER]: String(tier), [HEADER_INVOICES]: invoices.join(', '), [HEADER_DATE]: day };
}

// Separators: the middle dot we write, or what a client may turn it into.
const S = `\\s*[${SEP}|\\-–:]\\s*`;
const SUBJECT_RE = new RegExp(`\\[\\s*(?:(?:Relance|Reminder)\\s+([1-3])|(Mise en demeure|Formal notice))${S}([^\\]\\n]{1,200})\\]`, 'gi');
const FOOTER_RE = new RegExp(`R[ée]f\\.?\\s*Relance\\s*:?\\s*R([1-4])${S}([^\\n${SEP}]{1,200}?)${S}(\\d{4}-\\d{2}-\\d{2})`, 'gi');

function splitInvoices(s: string): string[] {
  return s.split(/\s*[,;]\s*/).map((x) => x.trim()).filter((x) => x.length > 0 && x.length <= 40);
}

/** Every subject tag and footer reference in a text (a subject line or a body, quotes included). */
export function findMarkers(text: string): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const m of text.matchAll(SUBJECT_RE)) {
    const tier = (m[2] ? 4 : Number(m[1])) as MarkerTier;
    hits.push({ kind: 'subject', tier, invoices: splitInvoices(m[3]!), day: null, text: m[0] });
  }
  for (const m of text.matchAll(FOOTER_RE)) {
    hits.push({ kind: 'footer', tier: Number(m[1]) as MarkerTier, invoices: splitInvoices(m[2]!), day: m[3]!, text: m[0] });
  }
  return hits;
}

/** The marker carried by a message's internet headers (names compared case-insensitively). */
export function markerFromHeaders(headers: Record<string, string>): MarkerHit | null {
  const get = (name: string) => {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : headers[key];
  };
  const tier = Number(get(HEADER_TIER));
  if (!(tier >= 1 && tier <= 4 && Number.isInteger(tier))) return null;
  const day = get(HEADER_DATE);
  return {
    kind: 'header',
    tier: tier as MarkerTier,
    invoices: splitInvoices(get(HEADER_INVOICES) ?? ''),
    day: day && /^\d{4}-\d{2}-\d{2}$/.test(day.trim()) ? day.trim() : null,
    text: `${HEADER_TIER}: ${tier}`,
  };
}
