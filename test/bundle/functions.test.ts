// Every =KPI_* function called on the built artifact, in a bare context, with Sheets-shaped
// arguments; the expected values are worked out by hand in the comments.
import { loadBundleBare } from '../../local/harness/bundle';

const g = loadBundleBare();
const col = (...values: unknown[]) => values.map((v) => [v]);
const d = (iso: string) => new Date(`${iso}T00:00:00`);

describe('the built =KPI_* functions', () => {
  test('funnel and conversion', () => {
    // 4 leads, 2 of them became opportunities → 0.5
    expect(
      g.KPI_CONVERSION(
        col('Lead date', d('2026-01-05'), d('2026-01-06'), d('2026-01-07'), d('2026-01-08')),
        col('Opportunity date', d('2026-01-10'), '', d('2026-01-12'), ''),
      ),
    ).toBe(0.5);
    expect(g.KPI_CONVERSION(200, 50)).toBe(0.25);
    expect(
      g.KPI_FUNNEL([
        ['Lead', 'Opportunity', 'Won'],
        [true, true, true],
        [true, true, ''],
        [true, '', ''],
        [true, '', ''],
      ]),
    ).toEqual([
      ['Stage', 'Reached', 'Conversion from previous', 'Conversion from first'],
      ['Lead', 4, 1, 1],
      ['Opportunity', 2, 0.5, 0.5],
      ['Won', 1, 0.5, 0.25],
    ]);
    // 3 won, 1 lost (Perdu), 1 open → 3 / 4
    expect(g.KPI_WIN_RATE(col('Won', 'gagné', 'Perdu', 'Open', ' WON '))).toBe(0.75);
    // 10 and 30 days → median 20, mean 20; across the March DST change too
    expect(
      g.KPI_CYCLE_DAYS(
        col(d('2026-03-25'), d('2026-03-01')),
        col(d('2026-04-04'), d('2026-03-31')),
      ),
    ).toBe(20);
    // 40 × 0.25 × 12 000 / 50 = 2 400 per day
    expect(g.KPI_SALES_VELOCITY(40, 0.25, 12000, 50)).toBe(2400);
  });

  test('results', () => {
    expect(g.KPI_AOV(col('Amount', 100, '1 234,50 €', '$1,000.50'))).toBeCloseTo(
      (100 + 1234.5 + 1000.5) / 3,
      9,
    );
    expect(g.KPI_AOV(col(100, 300, 200, 1000), 'median')).toBe(250);
    // (1000 − 600) / 1000
    expect(g.KPI_GROSS_MARGIN(col(600, 400), col(400, ''))).toBeCloseTo(0.6, 12);
    // 3 000 spent, 3 distinct customers
    expect(g.KPI_CAC(col(1000, 2000), col('C1', 'C2', 'C1', 'C3'))).toBe(1000);
    expect(g.KPI_CLTV(500, 4, 0.5, 3)).toBe(3000);
    expect(
      g.KPI_SEGMENT_PROFITABILITY(
        col('SMB', 'Enterprise', 'SMB'),
        col(100, 1000, 100),
        col(50, 400, 50),
      ),
    ).toEqual([
      ['Segment', 'Revenue', 'Gross margin', 'Margin rate', 'Share of gross margin'],
      ['Enterprise', 1000, 600, 0.6, 600 / 700],
      ['SMB', 200, 100, 0.5, 100 / 700],
    ]);
  });

  test('customers and satisfaction', () => {
    // (110 − 20) / 100
    expect(g.KPI_RETENTION(100, 110, 20)).toBeCloseTo(0.9, 12);
    expect(g.KPI_RETENTION(col('A', 'B', 'C', 'D'), col('B', 'D', 'E'))).toBe(0.5);
    // promoters 10, 9; passive 7; detractor 3 → 100 × (2 − 1) / 4
    expect(g.KPI_NPS(col('Score', 10, 9, 7, 3, ''))).toBe(25);
    expect(g.KPI_CSAT(col(5, 4, 3, 1))).toBe(0.5);
    expect(g.KPI_CSAT(col(5, 4, 3, 1), 5, 'mean')).toBe(3.25);
    expect(
      g.KPI_REFERRAL_RATE(col('Referral', 'Inbound', 'Bouche-à-oreille', 'Outbound', '')),
    ).toBe(0.5);
    // A orders in Jan and Feb, B in Jan only, C in Feb: Jan cohort 2 (100 %, 50 %), Feb cohort 1
    expect(
      g.KPI_COHORT_RETENTION(
        col('A', 'B', 'A', 'C'),
        col(d('2026-01-05'), d('2026-01-20'), d('2026-02-03'), d('2026-02-10')),
      ),
    ).toEqual([
      ['Cohort start', 'Cohort size', 'Period 0', 'Period 1'],
      [d('2026-01-01'), 2, 1, 0.5],
      [d('2026-02-01'), 1, 1, ''],
    ]);
  });

  test('activity and engagement', () => {
    // a 20-min call (1), a 5-min call (0), a positive email (1), an attended webinar (1)
    expect(
      g.KPI_INTERACTION_SCORE(
        col('Call', 'Appel', 'Email', 'Webinar'),
        col(20, 5, 0, 60),
        col('', '', 'Positive reply', 'Attended'),
      ),
    ).toBe(3);
    expect(
      g.KPI_CONTENT_PROGRESSION(
        col('Case study', 'Webinar', 'Case study', 'Webinar', 'Webinar'),
        col(true, false, true, true, false),
      ),
    ).toEqual([
      ['Content type', 'Leads', 'Progressed', 'Progression rate'],
      ['Case study', 2, 2, 1],
      ['Webinar', 3, 1, 1 / 3],
    ]);
  });

  test('analysis and alerting', () => {
    // a fall of exactly 10 % alerts
    expect(g.KPI_ALERT(0.27, 0.3, 0.1)).toBe(true);
    expect(g.KPI_ALERT(0.28, 0.3, 0.1)).toBe(false);
    expect(g.KPI_ALERT(40, 50, 10, 'points')).toBe(true);
    expect(g.KPI_ALERT(110, 100, 0.1, 'relative', 'up')).toBe(true);
    const trend = g.KPI_TREND(
      col(d('2026-01-10'), d('2026-01-20'), d('2026-03-05')),
      col(100, 50, 300),
    ) as unknown[][];
    expect(trend).toEqual([
      ['Period start', 'Sum', 'Change vs previous', '3-period moving average'],
      [d('2026-01-01'), 150, '', ''],
      [d('2026-02-01'), 0, -1, ''],
      [d('2026-03-01'), 300, '', 150],
    ]);
    // median 10, MAD 0 → only the values different from the median are flagged
    expect(g.KPI_ANOMALIES(col(10, 10, '', 10, 500))).toEqual(col(false, false, '', false, true));
    // y = 2x shifted by one row → perfect correlation at lag 1
    expect(g.KPI_CORRELATION(col(1, 2, 3, 4, 5), col(0, 2, 4, 6, 8), 1)).toBe(1);
    const experiment = g.KPI_EXPERIMENT(100, 1000, 130, 1000) as unknown[][];
    expect(experiment[0]).toEqual(['Control rate', 'Variant rate', 'Relative lift', 'p-value']);
    expect(experiment[1][0]).toBe(0.1);
    expect(experiment[1][1]).toBe(0.13);
    expect(experiment[1][2]).toBeCloseTo(0.3, 12);
    // pooled p = 0.115, se = √(0.115 × 0.885 × 2/1000) = 0.014267, z = 2.1028 → p ≈ 0.0355
    expect(experiment[1][3]).toBeCloseTo(0.0355, 3);
    // the textbook value for 10 % → 12 %, α 0.05, power 0.8
    expect(g.KPI_SAMPLE_SIZE(0.1, 0.2)).toBe(3841);
  });

  test('objectives and explanations', () => {
    // half-way through the time (Jan 1 → Jan 31, as of Jan 16), 60 % of the way → pace 1.2: ahead
    expect(g.KPI_PROGRESS(60, 100, '2026-01-01', '2026-01-31', '2026-01-16')).toEqual([
      ['Achieved', 'Elapsed', 'Projected at deadline', 'Status'],
      [0.6, 0.5, 120, 'ahead'],
    ]);
    expect(g.KPI_EXPLAIN('KPI_NPS', 'fr')).toMatch(/^Net Promoter Score : /);
  });

  test('errors name the function and say what and where', () => {
    expect(() => g.KPI_NPS(col('Score', 10, 9, 7, 3, 5, 11))).toThrow(
      'KPI_NPS: scores row 7 holds 11; NPS scores are whole numbers from 0 to 10',
    );
    expect(() => g.KPI_GROSS_MARGIN(col(1, 2, 3), col(1, 2))).toThrow(
      /^KPI_GROSS_MARGIN: revenue has 3 cells but cost has 2/,
    );
    expect(() => g.KPI_AOV(col(100, '1,234'))).toThrow(
      /^KPI_AOV: amounts row 2 holds "1,234", which could be read two ways/,
    );
    expect(() => g.KPI_AOV(col(''))).toThrow(/^KPI_AOV: /);
    expect(() => g.KPI_ALERT(1, 0, 0.1)).toThrow(/^KPI_ALERT: /);
  });
});
