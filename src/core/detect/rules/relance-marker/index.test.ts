import { markerOf } from '.';
import { footerReference, relanceHeaders, subjectMarker } from '../../../markers';

describe('relance-marker', () => {
  test('subject tag, footer and headers; the highest tier wins', () => {
    expect(markerOf({ subject: `RE: ${subjectMarker(2, ['FA-1'], 'fr')}`, text: '', headers: {} })?.tier).toBe(2);
    expect(markerOf({ subject: 'x', text: footerReference(3, ['FA-1'], '2025-05-10', 'fr'), headers: {} })?.day).toBe('2025-05-10');
    const headers = Object.fromEntries(Object.entries(relanceHeaders(4, ['FA-1'], '2025-06-01')).map(([k, v]) => [k.toLowerCase(), v]));
    expect(markerOf({ subject: subjectMarker(1, ['FA-1'], 'en'), text: '', headers })?.tier).toBe(4);
  });
  test('no marker in plain mail', () => {
    expect(markerOf({ subject: 'Relance facture FA-1', text: 'Relance 2 de notre part', headers: {} })).toBeNull();
  });
});
