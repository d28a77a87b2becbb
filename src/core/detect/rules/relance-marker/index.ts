/**
 * relance-marker — Relance's own markers on a message: the X-Relance-* headers, the subject tag
 * "[Relance 2 · FA-2025-0142]" and the footer reference line (src/core/markers). They are certain: a
 * marked message from the owner's side is a reminder of that tier, whatever its wording.
 * @example markerOf({ subject: '[Relance 2 · FA-1]', text: '', headers: {} })?.tier // → 2
 */
import { findMarkers, markerFromHeaders, type MarkerHit } from '../../../markers';

export const id = 'relance-marker';

/** The highest-tier marker a message carries (headers, subject, its own text), or null. */
export function markerOf(m: { subject: string; text: string; headers: Record<string, string> }): MarkerHit | null {
  const hits = [markerFromHeaders(m.headers), ...findMarkers(m.subject), ...findMarkers(m.text)].filter((h): h is MarkerHit => h !== null);
  return hits.reduce<MarkerHit | null>((best, h) => (!best || h.tier > best.tier ? h : best), null);
}
