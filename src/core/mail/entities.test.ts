import { decodeHTML } from 'entities';
import { decodeEntities } from './entities';

describe('decodeEntities', () => {
  test('agrees with the WHATWG decoder (the `entities` package) on every name it knows and every numeric form', () => {
    const names = ('nbsp eacute egrave agrave ccedil ecirc ocirc ucirc iuml euml oelig OElig Eacute Agrave laquo raquo deg sup2 '
      + 'euro ndash mdash lsquo rsquo ldquo rdquo hellip bull trade copy reg amp lt gt quot apos times divide plusmn frac12 '
      + 'middot sect para yuml Yuml thinsp ensp emsp zwj zwnj larr rarr minus le ge ne infin hearts permil dagger Dagger').split(' ');
    for (const n of names) expect([n, decodeEntities(`&${n};`)]).toEqual([n, decodeHTML(`&${n};`)]);
    for (const cp of [0, 9, 65, 128, 133, 146, 150, 159, 160, 233, 8364, 0xd800, 0x1f600, 0x110000]) {
      expect([cp, decodeEntities(`&#${cp};`)]).toEqual([cp, decodeHTML(`&#${cp};`)]);
      expect([cp, decodeEntities(`&#x${cp.toString(16)};`)]).toEqual([cp, decodeHTML(`&#x${cp.toString(16)};`)]);
    }
  });
  test('legacy forms without a semicolon, and what it leaves alone', () => {
    expect(decodeEntities('1&nbsp240 &amp co &eacute')).toBe('1\u00a0240 & co é');
    expect(decodeEntities('&euro 12')).toBe('&euro 12'); // not a legacy name: needs its semicolon
    expect(decodeEntities('R&D, AT&T, &unknownname; &')).toBe('R&D, AT&T, &unknownname; &');
  });
});
