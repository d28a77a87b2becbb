import { addDays, addMonths, daysBetween, endOfMonth, isIsoDate, parisDay } from './dates';
import { formatDecimal, formatMoney, parseDecimal, roundHalfUp } from './money';

describe('money', () => {
  test('parses and formats decimal strings exactly', () => {
    expect(parseDecimal('1200.00')).toEqual({ ok: true, value: 120000 });
    expect(parseDecimal('0.1')).toEqual({ ok: true, value: 10 });
    expect(parseDecimal('-3.05')).toEqual({ ok: true, value: -305 });
    expect(parseDecimal('12,00').ok).toBe(false);
    expect(parseDecimal('1.234').ok).toBe(false);
    expect(formatDecimal(124000)).toBe('1240.00');
    expect(formatDecimal(5)).toBe('0.05');
    expect(formatDecimal(-305)).toBe('-3.05');
  });
  test('formats money for people', () => {
    expect(formatMoney(123456, 'EUR', 'fr')).toBe('1\u202f234,56\u00a0€');
    expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
    expect(formatMoney(100, 'CHF', 'en')).toBe('1.00 CHF');
  });
  test('rounds half up on exact rationals', () => {
    // 1200.00 × 13.15 % × 47 / 365 = 20.3195… → 20.32 (facts.md §8 example 1)
    expect(roundHalfUp(120000n * 1315n * 47n, 365n * 10000n)).toBe(2032);
    expect(roundHalfUp(5n, 10n)).toBe(1);
    expect(roundHalfUp(4n, 10n)).toBe(0);
    expect(roundHalfUp(-5n, 10n)).toBe(-1);
  });
});

describe('dates', () => {
  test('calendar arithmetic', () => {
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2025-03-15', '2025-05-01')).toBe(47);
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
  test('Paris day of an instant crosses midnight with the offset', () => {
    expect(parisDay(new Date('2025-03-21T23:30:00Z'))).toBe('2025-03-22');
    expect(parisDay(new Date('2025-07-21T21:59:00Z'))).toBe('2025-07-21');
    expect(parisDay(new Date('nope'))).toBeNull();
  });
});

describe('parisDay', () => {
  const tz = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  test('worked out by arithmetic, the same day as the time-zone database, every 20 minutes of years across the rule', () => {
    for (const year of [1995, 1996, 2002, 2025, 2026, 2037, 2099, 2100]) {
      let bad = 0;
      for (let t = Date.UTC(year, 0, 1) - 7_200_000; t < Date.UTC(year + 1, 0, 1) + 7_200_000; t += 1_200_000) if (parisDay(new Date(t)) !== tz.format(new Date(t))) bad++;
      expect([year, bad]).toEqual([year, 0]);
    }
  });
  test('around the changes of time (01:00 UTC on the last Sundays of March and October) and midnight', () => {
    expect(parisDay(new Date('2025-03-29T22:59:59.999Z'))).toBe('2025-03-29'); // UTC+1
    expect(parisDay(new Date('2025-03-29T23:00:00Z'))).toBe('2025-03-30');
    expect(parisDay(new Date('2025-10-25T21:59:59.999Z'))).toBe('2025-10-25'); // UTC+2
    expect(parisDay(new Date('2025-10-25T22:00:00Z'))).toBe('2025-10-26');
    expect(parisDay(new Date('2025-10-26T22:59:59Z'))).toBe('2025-10-26'); // UTC+1 again
    expect(parisDay(new Date('1970-06-01T23:30:00Z'))).toBe(tz.format(new Date('1970-06-01T23:30:00Z'))); // before the rule: the database
    expect(parisDay(new Date('x'))).toBeNull();
  });
});
