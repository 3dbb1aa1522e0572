// wizardMeasure on the built add-on: the baseline (the last complete period of the tracking
// frequency) and the history before it, for a scope. Values are hand-computed on the small
// workbook (see workbook.ts), and checked against the metrics engine computed directly in the
// test on the demo workbook.
import { addonHarness, type AddonHarness } from '../../../local/harness/addon-runtime';
import {
  computeMetric,
  type KpiKey,
  schemaOrderTable,
  type Scope,
} from '../../../src/addon/metrics';
import { generateSampleData } from '../../../src/addon/sample-data';
import { dayFromYmd } from '../../../src/kpi/days';
import type { MeasureResult } from '../../../src/server/wizard-contract';
import { smallWorkbook } from './workbook';
import { runSetupPage } from '../../../local/harness/setup-page';

const NBSP = '\u00a0';

function measure(h: AddonHarness, request: unknown, user?: { email: string; locale: string }) {
  return h.runtime.run('wizardMeasure', [request], user ? { user } : undefined) as MeasureResult;
}

describe('baseline and history on the small workbook', () => {
  let h: AddonHarness;
  beforeAll(() => {
    h = smallWorkbook();
  });

  test('a team’s monthly conversion: March is the baseline, the months before its history', () => {
    const m = measure(h, {
      kpi: 'lead_to_opportunity',
      scope: { type: 'team', name: 'north' },
      frequency: 'monthly',
    });
    // March: 4 leads, 3 opportunities. History: December 100 %, January 25 %, February 40 %,
    // March 75 %: the median is (40 % + 75 %) / 2.
    expect(m.baseline).toBe(0.75);
    expect(m.baselineVolume).toBe(4);
    expect(m.baselineLabel).toBe('March 2026 (4 leads)');
    expect(m.unit).toBe('rate');
    expect(m.history).toMatchObject({ periods: 4, worst: 0.25, median: 0.575, best: 1 });
    expect(m.history.points).toHaveLength(12);
    expect(m.history.points[0]).toEqual({ start: '2025-04-01', value: null, volume: 0 });
    expect(m.history.points.slice(-4)).toEqual([
      { start: '2025-12-01', value: 1, volume: 2 },
      { start: '2026-01-01', value: 0.25, volume: 4 },
      { start: '2026-02-01', value: 0.4, volume: 5 },
      { start: '2026-03-01', value: 0.75, volume: 4 },
    ]);
    expect(m.formatted).toEqual({
      baseline: '75%',
      worst: '25%',
      median: '57.5%',
      best: '100%',
    });
  });

  test('the company’s conversion counts every team', () => {
    const m = measure(h, {
      kpi: 'lead_to_opportunity',
      scope: { type: 'company' },
      frequency: 'monthly',
    });
    expect(m.baseline).toBeCloseTo(4 / 6, 12); // North 3 of 4, South 1 of 2
    expect(m.baselineVolume).toBe(6);
  });

  test('a rep’s weekly calls: the last complete week, “Appel” counted, emails and others not', () => {
    const m = measure(h, {
      kpi: 'calls',
      scope: { type: 'rep', name: 'Ann' },
      frequency: 'weekly',
    });
    // Data ends Wednesday 8 April: the week of 6 April is incomplete; 30 March – 5 April has 5.
    expect(m.baseline).toBe(5);
    expect(m.baselineLabel).toBe('week of 30 March 2026 (5 calls)');
    // Weeks before the first activity have no value (not a record low of 0).
    expect(m.history).toMatchObject({ periods: 2, worst: 3, median: 4, best: 5 });
    expect(m.history.points).toHaveLength(26);
  });

  test('the company’s quarterly NPS', () => {
    const m = measure(h, { kpi: 'nps', scope: { type: 'company' }, frequency: 'quarterly' });
    // Q1 2026: 10, 9, 9, 6, 8 → (3 − 1) / 5 = 40. Q4 2025: 10, 7, 2, 9 → (2 − 1) / 4 = 25.
    expect(m.baseline).toBe(40);
    expect(m.baselineLabel).toBe('Q1 2026 (5 NPS answers)');
    expect(m.history).toMatchObject({ periods: 2, worst: 25, median: 32.5, best: 40 });
    expect(m.formatted.median).toBe('32.5 points');
  });

  test('in French: labels and numbers written the French way', () => {
    const m = measure(
      h,
      { kpi: 'lead_to_opportunity', scope: { type: 'team', name: 'North' }, frequency: 'monthly' },
      { email: 'nora@example.com', locale: 'fr_FR' },
    );
    expect(m.baselineLabel).toBe('mars 2026 (4 leads)');
    expect(m.formatted.baseline).toBe(`75${NBSP}%`);
    const nps = measure(
      h,
      { kpi: 'nps', scope: { type: 'company' }, frequency: 'quarterly' },
      { email: 'nora@example.com', locale: 'fr' },
    );
    expect(nps.baselineLabel).toBe('T1 2026 (5 réponses NPS)');
    expect(nps.formatted.median).toBe('32,5 points');
  });
});

describe('baseline and history on the demo workbook', () => {
  const today = new Date('2026-11-15T12:00:00Z');
  let h: AddonHarness;
  // The sample data of the setup run today: it ends the day before.
  const sample = generateSampleData({ endDate: new Date(2026, 10, 14) });
  const data = {
    activities: schemaOrderTable('activities', sample.activities),
    pipeline: schemaOrderTable('pipeline', sample.pipeline),
    customers: schemaOrderTable('customers', sample.customers),
    orders: schemaOrderTable('orders', sample.orders),
    surveys: schemaOrderTable('surveys', sample.surveys),
  };
  beforeAll(() => {
    h = addonHarness();
    h.runtime.clock.set(today);
    runSetupPage(h.runtime, true);
  });

  /** The engine, month by month: the 12 months before November 2026. */
  function monthly(kpi: KpiKey, scope: Scope): Array<number | null> {
    const out: Array<number | null> = [];
    for (let k = 0; k < 12; k++) {
      const from = dayFromYmd(2025, 11 + k, 1);
      out.push(computeMetric(data, kpi, scope, from, dayFromYmd(2025, 12 + k, 1)).value);
    }
    return out;
  }

  test.each([
    ['lead_to_opportunity', { type: 'team', name: 'Paris' }],
    ['revenue', { type: 'segment', name: 'SMB' }],
    ['nps', { type: 'company' }],
  ] as Array<[KpiKey, Scope]>)('%s for %j matches the engine computed directly', (kpi, scope) => {
    const m = measure(h, { kpi, scope, frequency: 'monthly' });
    const expected = monthly(kpi, scope);
    expect(m.baseline).toBe(expected[11]); // October 2026, the last complete month
    expect(m.baselineLabel.startsWith('October 2026 (')).toBe(true);
    expect(m.history.points.map((p) => p.value)).toEqual(expected);
    const values = expected.filter((v): v is number => v !== null).sort((a, b) => a - b);
    expect(m.history.periods).toBe(values.length);
    expect(m.history.worst).toBe(values[0]);
    expect(m.history.best).toBe(values[values.length - 1]);
    const mid = values.length / 2;
    expect(m.history.median).toBeCloseTo(
      values.length % 2 ? values[Math.floor(mid)] : (values[mid - 1] + values[mid]) / 2,
      9,
    );
  });
});
