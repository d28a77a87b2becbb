/** `relance penalties` through the real `main()` with a fake CliIo: stdout JSON, stderr lines, exit codes. */
import { main } from '../../src/hosts/cli/main';
import type { CliIo } from '../../src/hosts/cli/io';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), today: () => '2025-06-01' };
  const code = await main(['penalties', ...args], io);
  return { code, out, err, json: out.length === 1 ? JSON.parse(out[0]!) : undefined };
}

describe('relance penalties', () => {
  test('the design.md example, byte for byte', async () => {
    const r = await cli('--amount', '1200.00', '--due', '2025-03-15', '--on', '2025-05-01');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toEqual(['{"principal":"1200.00","daysLate":47,"segments":[{"from":"2025-03-16","to":"2025-05-01","days":47,"rate":"13.15","interest":"20.32"}],"interest":"20.32","indemnity":"40.00","total":"1260.32"}']);
  });

  test('a delay across 1 July prints one segment per half-year (facts.md example 2)', async () => {
    const r = await cli('--amount=5000', '--due=2025-06-15', '--on=2025-07-15');
    expect(r.json.segments.map((s: { rate: string; interest: string }) => [s.rate, s.interest])).toEqual([['13.15', '27.02'], ['12.15', '24.97']]);
    expect([r.json.interest, r.json.total]).toEqual(['51.99', '5091.99']);
  });

  test('consumer: days late from the due date, segments from the formal notice, no indemnity', async () => {
    const r = await cli('--amount', '800.00', '--due', '2025-08-31', '--on', '2025-11-09', '--debtor', 'consumer', '--notice-date', '2025-09-10', '--creditor', 'individual');
    expect(r.json).toMatchObject({ daysLate: 70, interest: '8.75', indemnity: '0.00', total: '808.75' });
    expect(r.json.segments).toEqual([{ from: '2025-09-11', to: '2025-11-09', days: 60, rate: '6.65', interest: '8.75' }]);
  });

  test('public buyer and contractual rate', async () => {
    expect((await cli('--amount', '1000', '--due', '2025-06-20', '--on', '2025-08-19', '--debtor', 'public')).json)
      .toMatchObject({ interest: '18.33', indemnity: '40.00', segments: [{ rate: '11.15', days: 60 }] });
    expect((await cli('--amount', '5000', '--due', '2025-06-15', '--on', '2025-07-15', '--rate', '12.00')).json)
      .toMatchObject({ interest: '49.32', segments: [{ rate: '12.00', days: 30 }] });
  });

  test('not late: zero interest, zero indemnity, empty segments', async () => {
    expect((await cli('--amount', '10', '--due', '2025-03-15', '--on', '2025-03-15')).json)
      .toEqual({ principal: '10.00', daysLate: 0, segments: [], interest: '0.00', indemnity: '0.00', total: '10.00' });
  });

  test('the largest amount the option accepts is exact', async () => {
    const r = await cli('--amount', '9999999999.99', '--due', '2025-03-15', '--on', '2025-05-01');
    expect(r.json).toMatchObject({ interest: '169328767.12', total: '10169328807.11' });
  });

  test('2026 H2 is refused (exit 1, one line naming the half-year), then computed with --ecb-rate', async () => {
    const refused = await cli('--amount', '1000', '--due', '2026-06-15', '--on', '2026-07-15');
    expect([refused.code, refused.out, refused.err.length]).toEqual([1, [], 1]);
    expect(refused.err[0]).toMatch(/^relance penalties: .*2e semestre 2026.*--ecb-rate/);
    expect(refused.err[0]).not.toContain('\n');
    const r = await cli('--amount', '1000', '--due', '2026-06-15', '--on', '2026-07-15', '--ecb-rate', '2.40');
    expect(r.code).toBe(0);
    expect(r.json.segments.map((s: { rate: string }) => s.rate)).toEqual(['12.15', '12.40']);
  });

  test('--ecb-rate never replaces a published rate', async () => {
    const r = await cli('--amount', '1200.00', '--due', '2025-03-15', '--on', '2025-05-01', '--ecb-rate', '9.00');
    expect(r.json.segments[0].rate).toBe('13.15');
  });

  test('a contractual rate below the floor: exit 1, the rate, the floor and the half-year in one line', async () => {
    const r = await cli('--amount', '1000', '--due', '2023-02-01', '--on', '2023-03-01', '--rate', '2.00');
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('2,00');
    expect(r.err[0]).toContain('6,18');
    expect(r.err[0]).toContain('1er semestre 2023');
  });

  test('a warning goes to stderr while the JSON still prints', async () => {
    const r = await cli('--amount', '1000', '--due', '2026-06-15', '--on', '2026-07-15', '--rate', '12.00');
    expect(r.code).toBe(0);
    expect(r.json.interest).toBe('9.86');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('2e semestre 2026');
  });

  test('a consumer claim into an unpublished legal rate: exit 1, and --ecb-rate does not stand in for it', async () => {
    const r = await cli('--amount', '1000', '--due', '2026-06-01', '--on', '2026-07-20', '--debtor', 'consumer', '--notice-date', '2026-06-10', '--ecb-rate', '2.15');
    expect([r.code, r.out, r.err.length]).toEqual([1, [], 1]);
    expect(r.err[0]).toContain('intérêt légal du 2e semestre 2026');
  });

  test('the last representable day still computes (with --ecb-rate for the unknown half-years)', async () => {
    const r = await cli('--amount', '1', '--due', '9999-12-30', '--on', '9999-12-31', '--ecb-rate', '2.00');
    expect(r.json).toMatchObject({ daysLate: 1, segments: [{ from: '9999-12-31', rate: '12.00' }] });
  });

  test('a consumer without --notice-date is refused with a sentence, not a stack', async () => {
    const r = await cli('--amount', '1000', '--due', '2025-03-15', '--on', '2025-05-01', '--debtor', 'consumer');
    expect([r.code, r.err.length]).toEqual([1, 1]);
    expect(r.err[0]).toContain('mise en demeure');
  });

  test.each([
    [['--amount', '12,00', '--due', '2025-03-15', '--on', '2025-05-01'], '--amount "12,00"'],
    [['--amount', '1200.00', '--due', '2025-02-30', '--on', '2025-05-01'], '--due "2025-02-30"'],
    [['--amount', '1200.00', '--on', '2025-05-01'], 'missing --due'],
    [['--due', '2025-03-15', '--on', '2025-05-01'], 'missing --amount'],
    [['--amount', '0', '--due', '2025-03-15', '--on', '2025-05-01'], 'greater than 0'],
    [['--amount', '1.234', '--due', '2025-03-15', '--on', '2025-05-01'], '--amount "1.234"'],
    [['--amount', '100', '--due', '2025-03-15', '--on', '2025-05-01', '--debtor', 'company'], '--debtor "company"'],
    [['--amount', '100', '--due', '2025-03-15', '--on', '2025-05-01', '--rate', '-1'], '--rate "-1"'],
    [['--amount', '100', '--due', '2025-03-15', '--on', '2025-05-01', '--ecb-rate', '2,15'], '--ecb-rate "2,15"'],
    [['--amount', '100', '--due', '2025-03-15', '--on', '2025-05-01', '--currency', 'EUR'], 'unknown option --currency'],
    [['--amount', '100', '--due', '2025-03-15', '--on', '2025-05-01', 'extra'], 'unexpected argument "extra"'],
  ])('usage error %j → exit 2, one line', async (args, needle) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(needle);
    expect(r.err[0]).toMatch(/^relance penalties: [^\n]+$/);
  });
});
