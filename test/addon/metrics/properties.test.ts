// Properties over random inputs: rates stay in [0, 1], results do not depend on row order, counts
// add up over adjoining spans and over a partition into teams, and random cells of any kind give
// a finite value or null, never NaN.
import fc from 'fast-check';
import {
  computeMetric,
  KPI_KEYS,
  kpiEntry,
  type Scope,
  schemaOrderTable,
  type WorkbookData,
} from '../../../src/addon/metrics';
import {
  ACTIVITIES,
  CUSTOMERS,
  day,
  FEB,
  fixture,
  JAN,
  ORDERS,
  PIPELINE,
  row,
  SURVEYS,
} from './fixture';

const company: Scope = { type: 'company' };
const START = day(2026, 1, 1);
const dateOf = (offset: number) => new Date(2026, 0, 1 + offset);

describe('lead → opportunity on random pipelines', () => {
  const dealArb = fc.record({
    lead: fc.integer({ min: 0, max: 59 }),
    opportunity: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    team: fc.constantFrom('N', 'S'),
  });

  it('is in [0, 1] or null, its volume the leads in the span, the teams’ volumes adding up', () => {
    fc.assert(
      fc.property(
        fc.array(dealArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 1, max: 60 }),
        (deals, a, length) => {
          const rows = deals.map((x) =>
            row('pipeline', {
              team: x.team,
              leadDate: dateOf(x.lead),
              opportunityDate: x.opportunity === undefined ? '' : dateOf(x.lead + x.opportunity),
            }),
          );
          const data: WorkbookData = { pipeline: schemaOrderTable('pipeline', rows) };
          const from = START + a;
          const to = from + length;
          const result = computeMetric(data, 'lead_to_opportunity', company, from, to);
          const leads = deals.filter((x) => START + x.lead >= from && START + x.lead < to).length;
          expect(result.volume).toBe(leads);
          if (leads === 0) expect(result.value).toBeNull();
          else expect(result.value).toBeGreaterThanOrEqual(0);
          if (leads > 0) expect(result.value).toBeLessThanOrEqual(1);
          const byTeam = ['N', 'S'].map(
            (name) =>
              computeMetric(data, 'lead_to_opportunity', { type: 'team', name }, from, to).volume,
          );
          expect(byTeam[0] + byTeam[1]).toBe(leads);
        },
      ),
    );
  });
});

describe('row order', () => {
  it('does not change any KPI for any scope', () => {
    const reference = fixture();
    const scopes: Scope[] = [
      company,
      { type: 'team', name: 'North' },
      { type: 'rep', name: 'Cid' },
    ];
    const shuffled = (rows: unknown[][]) =>
      fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });
    fc.assert(
      fc.property(
        fc.tuple(
          shuffled(ACTIVITIES),
          shuffled(PIPELINE),
          shuffled(CUSTOMERS),
          shuffled(ORDERS),
          shuffled(SURVEYS),
        ),
        ([activities, pipeline, customers, orders, surveys]) => {
          const data: WorkbookData = {
            activities: schemaOrderTable('activities', activities),
            pipeline: schemaOrderTable('pipeline', pipeline),
            customers: schemaOrderTable('customers', customers),
            orders: schemaOrderTable('orders', orders),
            surveys: schemaOrderTable('surveys', surveys),
          };
          for (const kpi of KPI_KEYS)
            for (const scope of scopes)
              for (const [from, to] of [JAN, FEB]) {
                const a = computeMetric(data, kpi, scope, from, to);
                const b = computeMetric(reference, kpi, scope, from, to);
                // Sums in another order may differ in the last bit.
                expect(a.volume).toBe(b.volume);
                if (b.value === null) expect(a.value).toBeNull();
                else expect(a.value).toBeCloseTo(b.value, 9);
              }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('counts', () => {
  it('add up over adjoining spans within the data', () => {
    const data = fixture();
    // Activities run from 4 January to 1 February.
    const first = day(2026, 1, 4);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 28 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 28 }),
        (a, x, y) => {
          const from = first + a;
          const cut = from + x;
          const to = Math.min(cut + y, day(2026, 2, 2));
          fc.pre(cut < to);
          for (const kpi of ['calls', 'emails', 'significant_interactions'] as const) {
            const whole = computeMetric(data, kpi, company, from, to).value!;
            const left = computeMetric(data, kpi, company, from, cut).value!;
            const right = computeMetric(data, kpi, company, cut, to).value!;
            expect(left + right).toBe(whole);
          }
        },
      ),
    );
  });

  it('of the teams add up to the company’s', () => {
    const data = fixture();
    for (const kpi of KPI_KEYS.filter((k) => kpiEntry(k).unit === 'count' || k === 'revenue')) {
      for (const [from, to] of [JAN, FEB]) {
        const total = computeMetric(data, kpi, company, from, to).value!;
        const north = computeMetric(data, kpi, { type: 'team', name: 'North' }, from, to).value!;
        const south = computeMetric(data, kpi, { type: 'team', name: 'South' }, from, to).value!;
        expect(north + south).toBeCloseTo(total, 9);
      }
    }
  });
});

describe('random cells', () => {
  const cell = fc.oneof(
    fc.constant(''),
    fc.integer({ min: -5, max: 50_000 }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      'Call',
      'Appel',
      'NPS',
      'csat',
      'SMB',
      'Referral',
      '1 234,5',
      '1,234',
      '2026-01-15',
      '12 %',
    ),
    fc.integer({ min: 0, max: 59 }).map(dateOf),
    fc.constant(new Date(NaN)),
    fc.constant(null),
  );
  const rowsOf = (width: number) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 });

  it('give a finite value or null for every KPI and scope, never NaN', () => {
    fc.assert(
      fc.property(rowsOf(7), rowsOf(15), rowsOf(9), rowsOf(7), rowsOf(7), (a, p, c, o, s) => {
        const data: WorkbookData = {
          activities: schemaOrderTable('activities', a),
          pipeline: schemaOrderTable('pipeline', p),
          customers: schemaOrderTable('customers', c),
          orders: schemaOrderTable('orders', o),
          surveys: schemaOrderTable('surveys', s),
        };
        for (const kpi of KPI_KEYS) {
          for (const scope of [company, { type: 'team', name: 'Call' } as Scope]) {
            const { value, volume } = computeMetric(data, kpi, scope, START - 30, START + 90);
            if (value !== null) expect(Number.isFinite(value)).toBe(true);
            expect(Number.isInteger(volume) && volume >= 0).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
