import fc from 'fast-check';
import { kpiContentProgression, kpiInteractionScore } from '../../src/functions/activity';
import type { Cell } from '../../src/functions/values/cells';

const col = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -5, max: 90 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constantFrom(
    'Call',
    'appel',
    'Email',
    'Webinar',
    'Positive reply',
    'Présent',
    '15',
    '1,234',
    'x',
    'no',
  ),
  fc.boolean(),
  fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
);
const columns = (count: number) =>
  fc
    .integer({ min: 0, max: 8 })
    .chain((n) =>
      fc.array(fc.array(anyCell, { minLength: n, maxLength: n }), {
        minLength: count,
        maxLength: count,
      }),
    )
    .map((cols) => cols.map((cells) => col(...cells)));

function finiteOrNamedError(name: string, call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
    return;
  }
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  for (const cell of cells) {
    expect(cell).not.toBeUndefined();
    expect(cell).not.toBeNull();
    if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
  }
}

describe('KPI_INTERACTION_SCORE', () => {
  describe('default rules', () => {
    // The Activities sheet, with its header row (revealed by the durations column).
    const types = col(
      'Type',
      'Call',
      'appel',
      'Call',
      'Email',
      'Email',
      'Webinar',
      'Webinaire',
      'Meeting',
      '',
      'CALL ',
      'Email',
      'Webinar',
      'Call',
    );
    const minutes = col('Duration (min)', 15, '20', 14.9, '', 2, 60, '', 45, 30, '16,5', 5, 50, '');
    const outcomes = col(
      'Outcome',
      'No answer',
      '',
      'Reached',
      'Positive reply',
      'réponse positive',
      'Attended',
      'Présent',
      'Won',
      'Positive reply',
      '',
      'Negative',
      'Registered',
      'Reached',
    );

    it('gives 1 point to long calls, positive email replies and attended webinars', () => {
      // Rows 2–14: Call 15 → 1 (inclusive); appel "20" → 1; Call 14.9 → 0; Email positive → 1;
      // Email "réponse positive" → 1; Webinar Attended → 1; Webinaire Présent → 1; Meeting → 0;
      // blank type → 0; "CALL " 16,5 min → 1; Email Negative → 0; Webinar Registered → 0;
      // Call without duration → 0. Total 7.
      expect(kpiInteractionScore(types, minutes, outcomes)).toBe(7);
    });

    it('accepts unaccented French outcomes and single values', () => {
      expect(
        kpiInteractionScore(
          col('Email', 'Webinaire'),
          col('', ''),
          col('Reponse positive', 'present'),
        ),
      ).toBe(2);
      expect(kpiInteractionScore('Call', 20, '')).toBe(1);
      expect(kpiInteractionScore('Email', '', ' POSITIVE REPLY ')).toBe(1);
      expect(kpiInteractionScore('Call', '10', 'Reached')).toBe(0);
    });

    it('reads 2-D ranges row by row', () => {
      expect(
        kpiInteractionScore(
          [
            ['Call', 'Email'],
            ['Webinar', 'Call'],
          ],
          [
            [30, ''],
            ['', '1\u00a0000'],
          ],
          [
            ['', 'Positive reply'],
            ['Attended', ''],
          ],
        ),
      ).toBe(4);
    });
  });

  describe('custom rules', () => {
    const rules: Cell[][] = [
      ['Type', 'Min minutes', 'Outcome', 'Points'],
      ['Call', 30, '', 3],
      ['Call', '', '', 1],
      ['Meeting', '', 'Held', 5],
      ['', '', '', ''],
      ['Email', '', 'Positive reply', '0,5'],
    ];

    it('scores the first matching rule and replaces the defaults', () => {
      const types = col('Call', 'Call', 'Call', 'meeting', 'Meeting', 'Email', 'Webinar');
      const minutes = col(45, 10, '', 60, 60, '', 90);
      const outcomes = col('', '', '', 'held', 'Cancelled', 'Positive reply', 'Attended');
      // 3 (first rule, not 3 + 1) + 1 + 1 (blank minimum: any duration) + 5 + 0 + 0.5 + 0
      // (webinars have no rule any more) = 10.5.
      expect(kpiInteractionScore(types, minutes, outcomes, rules)).toBe(10.5);
    });

    it('takes rules without a header row', () => {
      expect(
        kpiInteractionScore(col('Call', 'Call'), col(15, 14), col('', ''), [['call', 15, '', 2]]),
      ).toBe(2);
    });

    it('names what is wrong in the rules', () => {
      expect(() => kpiInteractionScore('Call', 20, '', [['Call', 15, '']])).toThrow(
        'KPI_INTERACTION_SCORE: rules must be a range of four columns (type, minimum minutes, outcome, points); it has 3',
      );
      expect(() => kpiInteractionScore('Call', 20, '', 'Call')).toThrow(
        'KPI_INTERACTION_SCORE: rules must be a range of four columns (type, minimum minutes, outcome, points); it has 1',
      );
      expect(() =>
        kpiInteractionScore('Call', 20, '', [
          ['Type', 'Min', 'Outcome', 'Points'],
          ['', 10, '', 1],
        ]),
      ).toThrow('KPI_INTERACTION_SCORE: rules row 2 has no activity type; every rule needs one');
      expect(() => kpiInteractionScore('Call', 20, '', [['Call', 10, '', '']])).toThrow(
        'KPI_INTERACTION_SCORE: rules row 1 has no points; every rule needs them',
      );
      expect(() =>
        kpiInteractionScore('Call', 20, '', [
          ['Type', 'Min', 'Outcome', 'Points'],
          ['Call', 'ten', '', 1],
        ]),
      ).toThrow(
        'KPI_INTERACTION_SCORE: rules row 2, column 2 (minimum minutes) holds "ten", which is not a number',
      );
      expect(() => kpiInteractionScore('Call', 20, '', [['Call', -1, '', 1]])).toThrow(
        'KPI_INTERACTION_SCORE: rules row 1, column 2 (minimum minutes) holds -1; it cannot be negative',
      );
      expect(() =>
        kpiInteractionScore('Call', 20, '', [
          ['Type', 'Min', 'Outcome', 'Points'],
          ['', '', '', ''],
        ]),
      ).toThrow(
        'KPI_INTERACTION_SCORE: rules holds no rule; give at least one row, or leave it out',
      );
    });
  });

  it('names bad data cells and mismatched ranges', () => {
    expect(() => kpiInteractionScore(col('Call', 'Call'), col(10, 20, 30), col('', ''))).toThrow(
      'KPI_INTERACTION_SCORE: types has 2 cells but durations has 3; pass ranges of the same size (the columns of one table)',
    );
    expect(() =>
      kpiInteractionScore(col('Type', 'Call', 'Call'), col('Minutes', 20, 'long'), col('', '', '')),
    ).toThrow('KPI_INTERACTION_SCORE: durations row 3 holds "long", which is not a number');
    expect(() => kpiInteractionScore(col('Call', 'Call'), col(20, -5), col('', ''))).toThrow(
      'KPI_INTERACTION_SCORE: durations row 2 holds -5; a duration cannot be negative',
    );
  });

  it('gives 0 when nothing scores', () => {
    expect(kpiInteractionScore(col('', ''), col('', ''), col('', ''))).toBe(0);
  });

  it('does not depend on the order of the activities', () => {
    const activity = fc.tuple(
      fc.constantFrom('Call', 'Appel', 'Email', 'Webinar', 'Meeting', ''),
      fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 60 })),
      fc.constantFrom('', 'Positive reply', 'Attended', 'Présent', 'No'),
    );
    fc.assert(
      fc.property(fc.array(activity, { minLength: 1 }), (acts) => {
        const run = (list: typeof acts) =>
          kpiInteractionScore(
            col(...list.map((a) => a[0])),
            col(...list.map((a) => a[1])),
            col(...list.map((a) => a[2])),
          );
        const total = run(acts);
        expect(Number.isInteger(total)).toBe(true);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(acts.length);
        expect(run([...acts].reverse())).toBe(total);
      }),
    );
  });

  it('gives a finite result or a named error for any input', () => {
    fc.assert(
      fc.property(
        columns(3),
        fc.oneof(
          fc.constant(undefined),
          fc.array(fc.array(anyCell, { minLength: 4, maxLength: 4 }), { maxLength: 4 }),
        ),
        ([t, m, o], rules) =>
          finiteOrNamedError('KPI_INTERACTION_SCORE', () => kpiInteractionScore(t, m, o, rules)),
      ),
    );
  });
});

describe('KPI_CONTENT_PROGRESSION', () => {
  const header = ['Content type', 'Leads', 'Progressed', 'Progression rate'];

  it('builds the table, grouping names without case and skipping blank content', () => {
    // Header revealed by the markers column (dates, booleans and numbers below a title).
    const content = col(
      'Content consumed',
      'Webinar',
      ' webinar ',
      'Case study',
      'Blog',
      'blog',
      'BLOG',
      '',
      'Ebook',
      'Guide',
      'guide',
    );
    const progressed = col(
      'Progressed',
      new Date(2026, 0, 5),
      false,
      true,
      true,
      0,
      '',
      true,
      1,
      46023,
      true,
    );
    expect(kpiContentProgression(content, progressed)).toEqual([
      header,
      ['Guide', 2, 2, 1], // rate 1 with 2 leads comes first
      ['Case study', 1, 1, 1], // rate 1, 1 lead: Case study before Ebook
      ['Ebook', 1, 1, 1],
      ['Webinar', 2, 1, 0.5], // shown as first written
      ['Blog', 3, 1, 1 / 3],
    ]);
  });

  it('reads "reached" words and shows each name as first written, trimmed', () => {
    expect(
      kpiContentProgression(
        col(' demo ', 'Demo', 'Trial', 'Trial'),
        col('oui', 'non', 'Faux', 'N'),
      ),
    ).toEqual([header, ['demo', 2, 1, 0.5], ['Trial', 2, 0, 0]]);
  });

  it('reads 2-D ranges and single values', () => {
    expect(
      kpiContentProgression(
        [
          ['Blog', 'Demo'],
          ['Demo', ''],
        ],
        [
          [true, true],
          [false, true],
        ],
      ),
    ).toEqual([header, ['Blog', 1, 1, 1], ['Demo', 2, 1, 0.5]]);
    expect(kpiContentProgression('Webinar', true)).toEqual([header, ['Webinar', 1, 1, 1]]);
  });

  it('fails on mismatched ranges and without content', () => {
    expect(() => kpiContentProgression(col('A', 'B'), col(true))).toThrow(
      'KPI_CONTENT_PROGRESSION: content_types has 2 cells but progressed has 1; pass ranges of the same size (the columns of one table)',
    );
    expect(() => kpiContentProgression(col('', ''), col(true, false))).toThrow(
      'KPI_CONTENT_PROGRESSION: content_types holds no content type; the progression table is not defined without leads',
    );
  });

  it('gives rates in [0, 1], sorted from highest, whatever the order of the rows', () => {
    const row = fc.tuple(
      fc.constantFrom('', 'Blog', 'blog', 'Demo', 'Webinar'),
      fc.constantFrom<Cell>(true, false, '', 'yes', 'no', 1, 0),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1 }), (rows) => {
        fc.pre(rows.some((r) => r[0] !== ''));
        const table = kpiContentProgression(
          col(...rows.map((r) => r[0])),
          col(...rows.map((r) => r[1])),
        );
        const rates = table.slice(1).map((r) => r[3] as number);
        rates.forEach((rate, i) => {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
          if (i > 0) expect(rates[i - 1]).toBeGreaterThanOrEqual(rate);
        });
        const reversed = kpiContentProgression(
          col(...[...rows].reverse().map((r) => r[0])),
          col(...[...rows].reverse().map((r) => r[1])),
        );
        // The same groups and counts (the name shown may be another spelling of the same group).
        const counts = (t: Cell[][]) =>
          t.slice(1).map((r) => [String(r[0]).toLowerCase(), r[1], r[2]]);
        expect(counts(reversed)).toEqual(counts(table));
      }),
    );
  });

  it('gives a table or a named error for any input', () => {
    fc.assert(
      fc.property(columns(2), ([c, p]) =>
        finiteOrNamedError('KPI_CONTENT_PROGRESSION', () => kpiContentProgression(c, p)),
      ),
    );
  });
});
