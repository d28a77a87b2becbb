import { findMarkers, footerReference, markerFromHeaders, relanceHeaders, subjectMarker } from './index';

describe('Relance markers', () => {
  test('what we write is what we find, in both languages and every tier', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const tier of [1, 2, 3, 4] as const) {
        const invoices = ['FA-2025-0142', 'F2025/118'];
        const subject = `RE: TR: ${subjectMarker(tier, invoices, lang)} Facture impayée`;
        const footer = `> > ${footerReference(tier, invoices, '2025-03-22', lang)}`;
        const hits = findMarkers(`${subject}\n${footer}`);
        expect(hits.map((h) => [h.kind, h.tier, h.invoices, h.day])).toEqual([
          ['subject', tier, invoices, null],
          ['footer', tier, invoices, '2025-03-22'],
        ]);
      }
    }
  });
  test('survives a client that rewrites the middle dot', () => {
    expect(findMarkers('Re: [Relance 3 - INV-3391] overdue')[0]).toMatchObject({ tier: 3, invoices: ['INV-3391'] });
    expect(findMarkers('[mise en demeure | FA-1]')[0]).toMatchObject({ tier: 4, invoices: ['FA-1'] });
  });
  test('ignores look-alikes', () => {
    expect(findMarkers('[Relance 7 · FA-1] and relance 2 for FA-1 and Réf. client R2')).toEqual([]);
  });
  test('headers round-trip, case-insensitively, and reject nonsense', () => {
    const h = relanceHeaders(2, ['FA-1'], '2025-04-01');
    const lower = Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
    expect(markerFromHeaders(lower)).toMatchObject({ tier: 2, invoices: ['FA-1'], day: '2025-04-01' });
    expect(markerFromHeaders({ 'x-relance-tier': '9' })).toBeNull();
    expect(markerFromHeaders({})).toBeNull();
  });
});
