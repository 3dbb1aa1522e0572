// The shared reading layer (cells, numbers, dates, markers, labels, columns): what every =KPI_*
// function relies on to read Sheets-shaped arguments the way docs/kpi-functions.md describes.
import fc from 'fast-check';
import { Cell, describeCell, isBlank, toGrid } from '../../src/functions/values/cells';
import {
  readChoice,
  readColumns,
  readScalarDay,
  readScalarNumber,
  toDay,
  toNumber,
} from '../../src/functions/columns';
import { dateOfDay, readDay } from '../../src/functions/values/dates';
import { labelSet, normalizeLabel } from '../../src/functions/values/labels';
import { isReached } from '../../src/functions/markers';
import { readNumberText } from '../../src/functions/values/numbers';

const FN = 'KPI_TEST';
const col = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);

function errorOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

/** Reads one number cell as a function would, in a column with no header. */
const number = (cell: Cell) => toNumber(FN, cell, () => 'amounts row 2');

// 2026-03-31 is 20,543 days after 1970-01-01, and Sheets' serial day 46,112 (1899-12-30 = 0).
const MARCH_31 = 20543;

describe('cells', () => {
  it('turns any argument into rows of cells', () => {
    expect(toGrid(5)).toEqual([[5]]);
    expect(toGrid('')).toEqual([['']]);
    expect(toGrid([[1, 2]])).toEqual([[1, 2]]);
    expect(toGrid([1, 2])).toEqual([[1, 2]]);
    expect(toGrid([])).toEqual([]);
  });

  it('treats empty and whitespace-only cells as blank, but not 0 or FALSE', () => {
    for (const blank of ['', '   ', '\u00a0', null, undefined]) expect(isBlank(blank)).toBe(true);
    for (const value of [0, false, 'x']) expect(isBlank(value)).toBe(false);
  });

  it('describes a Date as the day the sheet shows, in any time zone', () => {
    expect(describeCell(new Date(2026, 2, 29))).toBe('2026-03-29');
    expect(describeCell(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(describeCell('text')).toBe('"text"');
    expect(describeCell(new Date(NaN))).toBe('an invalid date');
  });
});

describe('numbers', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1,234.50', 1234.5],
    ['1,234,567', 1234567],
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1\u202f234,50', 1234.5],
    ['1 234 567', 1234567],
    ['1 234,50 €', 1234.5],
    ['1\u00a0234,50\u00a0€', 1234.5],
    ['1.234,50', 1234.5],
    ['$1,234', 1234],
    ['€1,234.50', 1234.5],
    ['USD 1,234', 1234],
    ['1,234 €', 1.234],
    ['12,5 %', 0.125],
    ['12,5\u00a0%', 0.125],
    ['50%', 0.5],
    ['-1 234,5', -1234.5],
    ['−3,5', -3.5],
    ['0,5', 0.5],
    ['12,50', 12.5],
    ['  42  ', 42],
    ['1e3', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(readNumberText(text)).toEqual({ value });
    expect(number(text)).toBe(value);
  });

  it('passes JS numbers through and reads blanks as NaN (a gap)', () => {
    expect(number(42)).toBe(42);
    expect(number(-0.5)).toBe(-0.5);
    expect(number('')).toBeNaN();
  });

  it('refuses "1,234", which could be one thousand or one point two', () => {
    expect(readNumberText('1,234')).toEqual({ problem: 'ambiguous' });
    expect(errorOf(() => number('1,234'))).toBe(
      'KPI_TEST: amounts row 2 holds "1,234", which could be read two ways; ' +
        'write it as 1234, 1,234.00 (English) or 1 234 (French)',
    );
  });

  it('does not take an ambiguous number in the first row for a header', () => {
    expect(errorOf(() => readColumns(FN, { amounts: [col('1,234', 5, 6), 'number'] }))).toBe(
      'KPI_TEST: amounts row 1 holds "1,234", which could be read two ways; ' +
        'write it as 1234, 1,234.00 (English) or 1 234 (French)',
    );
  });

  it('refuses text that is not a number, booleans, dates and non-finite numbers', () => {
    for (const text of ['abc', '1 23', '12..5', '(5)']) {
      expect(errorOf(() => number(text))).toBe(
        `KPI_TEST: amounts row 2 holds ${JSON.stringify(text)}, which is not a number`,
      );
    }
    expect(errorOf(() => number(true))).toBe(
      'KPI_TEST: amounts row 2 holds TRUE; expected a number, not a yes/no value',
    );
    expect(errorOf(() => number(new Date(2026, 2, 31)))).toBe(
      'KPI_TEST: amounts row 2 holds the date 2026-03-31; expected a number',
    );
    expect(errorOf(() => number(Infinity))).toBe(
      'KPI_TEST: amounts row 2 holds Infinity, which is not a finite number',
    );
  });

  it('reads an English-written amount and its French writing as the same number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (n, cents) => {
          const whole = n.toLocaleString('en-US');
          const dec = String(cents).padStart(2, '0');
          const en = readNumberText(`${whole}.${dec}`);
          const fr = readNumberText(`${whole.replace(/,/g, '\u202f')},${dec} €`);
          expect(en).toEqual(fr);
          expect(en).toEqual({ value: Number(`${n}.${dec}`) });
        },
      ),
    );
  });
});

describe('dates', () => {
  it.each<[string, Cell]>([
    ['a Date at local midnight', new Date(2026, 2, 31)],
    ['a Date late in the day', new Date(2026, 2, 31, 23, 59)],
    ['an ISO date', '2026-03-31'],
    ['an ISO date and time', '2026-03-31T23:59:59'],
    ['an ISO date and time with a space', ' 2026-03-31 08:00 '],
    ['a serial day', 46112],
    ['a serial day and time', 46112.75],
  ])('reads %s as its calendar day', (_, cell) => {
    expect(readDay(cell)).toBe(MARCH_31);
    expect(toDay(FN, cell, () => 'dates row 2')).toBe(MARCH_31);
  });

  it('keeps whole calendar days across the daylight-saving changes', () => {
    // In Europe the clocks change on 2026-03-29 and 2026-10-25 (local days of 23 and 25 hours).
    const day = (cell: Cell) => readDay(cell) as number;
    expect(day(new Date(2026, 2, 30)) - day(new Date(2026, 2, 28))).toBe(2);
    expect(day(new Date(2026, 9, 26)) - day(new Date(2026, 9, 24))).toBe(2);
    expect(readDay(new Date(2026, 2, 29, 23, 30))).toBe(readDay(new Date(2026, 2, 29, 0, 0)));
  });

  it('writes a calendar day back as a Date at local midnight', () => {
    const date = dateOfDay(MARCH_31);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2026, 2, 31, 0,
    ]);
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 60000 }), (day) => {
        expect(readDay(dateOfDay(day))).toBe(day);
      }),
    );
  });

  it('refuses impossible dates and text that is not a date', () => {
    expect(readDay('2026-02-30')).toBeUndefined();
    expect(errorOf(() => toDay(FN, '31/03/2026', () => 'dates row 4'))).toBe(
      'KPI_TEST: dates row 4 holds "31/03/2026", which is not a date; ' +
        'use a date cell, an ISO date such as 2026-03-31, or a serial day number',
    );
    expect(toDay(FN, ' ', () => 'dates row 4')).toBeNaN();
  });

  it('reads single date arguments, with a fallback for blanks', () => {
    expect(readScalarDay(FN, 'as_of', '2026-03-31')).toBe(MARCH_31);
    expect(readScalarDay(FN, 'as_of', '', 7)).toBe(7);
    expect(errorOf(() => readScalarDay(FN, 'as_of', ''))).toBe(
      'KPI_TEST: as_of is blank; give a date',
    );
    expect(errorOf(() => readScalarDay(FN, 'as_of', col(1, 2)))).toBe(
      'KPI_TEST: as_of must be a single date, not a range of 2 cells',
    );
  });
});

describe('markers', () => {
  it.each<[Cell, boolean]>([
    [new Date(2026, 0, 5), true],
    [46112, true],
    [-1, true],
    [true, true],
    ['x', true],
    ['Yes', true],
    ['2026-01-05', true],
    ['', false],
    ['  ', false],
    [0, false],
    [false, false],
    ['no', false],
    ['Non', false],
    [' N ', false],
    ['false', false],
    ['FAUX', false],
    ['0', false],
  ])('%j is reached: %s', (cell, reached) => {
    expect(isReached(cell)).toBe(reached);
  });
});

describe('labels', () => {
  it('compares trimmed, without case, accents kept', () => {
    expect(normalizeLabel('  Gagné ')).toBe('gagné');
    expect(normalizeLabel('')).toBe('');
    expect([...labelSet(undefined, ['Won', 'Gagné'])]).toEqual(['won', 'gagné']);
    expect([...labelSet('', ['Won'])]).toEqual(['won']);
    expect([
      ...labelSet(
        [
          ['Signed', ''],
          [' CLOSED won', 'signed'],
        ],
        ['Won'],
      ),
    ]).toEqual(['signed', 'closed won']);
  });
});

describe('readColumns', () => {
  it('reads parallel columns in row-major order with blanks as gaps', () => {
    const cols = readColumns(FN, {
      revenue: [
        [
          [1, ''],
          ['2,5', 4],
        ],
        'number',
      ],
      segment: [
        [
          [' SMB', ''],
          ['Retail', 'smb'],
        ],
        'label',
      ],
      reached: [
        [
          [true, 'no'],
          [0, 'x'],
        ],
        'marker',
      ],
    });
    expect(cols.length).toBe(4);
    expect(Array.from(cols.revenue)).toEqual([1, NaN, 2.5, 4]);
    expect(cols.segment).toEqual(['smb', '', 'retail', 'smb']);
    expect(Array.from(cols.reached)).toEqual([1, 0, 0, 1]);
    expect(cols.where('revenue', 3)).toBe('revenue row 2, column 2');
  });

  it('reads a scalar as a one-cell column', () => {
    const cols = readColumns(FN, { amount: [42, 'number'], day: ['2026-03-31', 'date'] });
    expect(cols.length).toBe(1);
    expect(Array.from(cols.amount)).toEqual([42]);
    expect(Array.from(cols.day)).toEqual([MARCH_31]);
    expect(cols.where('amount', 0)).toBe('amount row 1');
  });

  describe('header rows', () => {
    it('skips a first row of text above numbers in every range of the call', () => {
      const cols = readColumns(FN, {
        segment: [col('Segment', 'SMB', 'Retail'), 'id'],
        revenue: [col('Revenue', '1 000', 5), 'number'],
      });
      expect(cols.length).toBe(2);
      expect(cols.segment).toEqual(['SMB', 'Retail']);
      expect(Array.from(cols.revenue)).toEqual([1000, 5]);
      // Rows are counted as the user sees them in the range, header included.
      expect(cols.where('revenue', 1)).toBe('revenue row 3');
    });

    it('skips a heading above dates, and above a column of date markers', () => {
      const cols = readColumns(FN, {
        day: [col('Order date', new Date(2026, 2, 31), '2026-03-01'), 'date'],
      });
      expect(Array.from(cols.day)).toEqual([MARCH_31, MARCH_31 - 30]);
      const markers = readColumns(FN, {
        won: [col('Won date', new Date(2026, 2, 31), ''), 'marker'],
      });
      expect(Array.from(markers.won)).toEqual([1, 0]);
    });

    it('keeps a first row of words above a marker column of words (it cannot tell)', () => {
      const cols = readColumns(FN, { reached: [col('Reached', 'yes', 'no'), 'marker'] });
      expect(Array.from(cols.reached)).toEqual([1, 1, 0]);
      // A marker word above dates is data, not a heading.
      const x = readColumns(FN, { reached: [col('x', new Date(2026, 0, 1)), 'marker'] });
      expect(Array.from(x.reached)).toEqual([1, 1]);
    });

    it('finds a header in a text-only argument only by a heading of the add-on’s sheets', () => {
      // "Outcome" heads the Activities sheet's outcomes; "Deal stage" is no heading of the add-on.
      const known = readColumns(FN, { outcome: [col('Outcome', 'Won'), 'label'] });
      expect(known.outcome).toEqual(['won']);
      const unknown = readColumns(FN, { outcome: [col('Deal stage', 'Won'), 'label'] });
      expect(unknown.outcome).toEqual(['deal stage', 'won']);
    });

    it('does not skip a one-row range, whose text is then an error', () => {
      expect(errorOf(() => readColumns(FN, { revenue: [[['Revenue', 5]], 'number'] }))).toBe(
        'KPI_TEST: revenue row 1, column 1 holds "Revenue", which is not a number',
      );
    });

    it('names a bad cell below the header by its row in the range', () => {
      expect(
        errorOf(() => readColumns(FN, { revenue: [col('Revenue', 5, 'lots'), 'number'] })),
      ).toBe('KPI_TEST: revenue row 3 holds "lots", which is not a number');
    });
  });

  it('reads each Date as its own local day, however often days repeat', () => {
    const cells = col(
      new Date(2026, 2, 31),
      new Date(2026, 2, 31, 23, 30),
      new Date(2026, 2, 31),
      // 1,024 days later, and across a change of daylight-saving time.
      new Date(2026, 2, 31 + 1024),
      new Date(2026, 6, 1),
      46112,
      new Date(2026, 2, 31),
    );
    expect(Array.from(readColumns(FN, { day: [cells, 'date'] }).day)).toEqual([
      MARCH_31,
      MARCH_31,
      MARCH_31,
      MARCH_31 + 1024,
      MARCH_31 + 92,
      MARCH_31,
      MARCH_31,
    ]);
    expect(
      errorOf(() => readColumns(FN, { day: [col(new Date(2026, 0, 1), new Date(NaN)), 'date'] })),
    ).toBe(
      'KPI_TEST: day row 2 holds an invalid date, which is not a date; use a date cell, an ISO ' +
        'date such as 2026-03-31, or a serial day number',
    );
  });

  it('reads a long column of Dates as the cell reader reads each one', () => {
    // Days and hours spread so that many Dates share a cache slot (1,024 days apart).
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -4000, max: 4000 }), fc.integer({ min: 0, max: 23 })), {
          minLength: 1,
          maxLength: 3000,
        }),
        (list) => {
          const cells = list.map(([d, h]) => [new Date(2026, 0, 1 + d, h)]);
          const read = readColumns(FN, { day: [cells, 'date'] }).day;
          expect(Array.from(read)).toEqual(cells.map(([c]) => toDay(FN, c, () => 'day')));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads labels and identifiers of dates, numbers and texts mixed as each cell alone', () => {
    // The same instant as a Date and as a number: a text kept per date must not serve the number.
    const instant = Date.UTC(2026, 0, 1);
    const cell = fc.oneof(
      fc.integer({ min: -3, max: 3 }).map((d) => new Date(instant + d * 86_400_000) as Cell),
      fc.constantFrom<Cell>(instant, instant + 86_400_000, ' Won ', 'won', '', true, 7),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        const cols = readColumns(FN, { l: [col(...cells), 'label'], i: [col(...cells), 'id'] });
        expect(cols.l).toEqual(cells.map(normalizeLabel));
        expect(cols.i).toEqual(cells.map((c, k) => cols.identifierAt('i', k)));
      }),
      { numRuns: 100 },
    );
  });

  it('folds identifiers into groups without case, each named by its first spelling', () => {
    const cell = fc.constantFrom<Cell>('Blog', 'blog ', ' BLOG', 'Guide', '', '  ', 12, 'É', 'é');
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        const { codes, values } = readColumns(FN, { t: [col(...cells), 'folded-codes'] }).t;
        const firsts = new Map<string, string>();
        cells.forEach((c, k) => {
          const text = isBlank(c) ? '' : String(c).trim();
          if (text === '') return expect(codes[k]).toBe(-1);
          if (!firsts.has(text.toLowerCase())) firsts.set(text.toLowerCase(), text);
          expect(values[codes[k]]).toBe(firsts.get(text.toLowerCase()));
        });
        expect(values).toEqual([...firsts.values()]);
      }),
      { numRuns: 100 },
    );
  });

  describe('dictionary-encoded labels and identifiers', () => {
    it('gives a code per cell into the distinct texts, −1 for a blank', () => {
      const cols = readColumns(FN, {
        segment: [
          [
            [' SMB', ''],
            ['Retail', 'smb'],
            [5, null],
          ],
          'label-codes',
        ],
        customer: [
          [
            ['C1', ' C1 '],
            ['c1', '  '],
            [5, '5'],
          ],
          'id-codes',
        ],
      });
      // Labels compare trimmed and without case; identifiers trimmed, case kept, 5 as "5".
      expect(Array.from(cols.segment.codes)).toEqual([0, -1, 1, 0, 2, -1]);
      expect(cols.segment.values).toEqual(['smb', 'retail', '5']);
      expect(Array.from(cols.customer.codes)).toEqual([0, 0, 1, -1, 2, 2]);
      expect(cols.customer.values).toEqual(['C1', 'c1', '5']);
    });

    it('reads Dates as the same texts as the plain kinds, one code per instant', () => {
      const day = () => new Date(Date.UTC(2026, 2, 31));
      const cells = col(day(), day(), '2026-03-31T00:00:00.000Z', true);
      const ids = readColumns(FN, { id: [cells, 'id-codes'] }).id;
      expect(Array.from(ids.codes)).toEqual([0, 0, 0, 1]);
      expect(ids.values).toEqual(['2026-03-31T00:00:00.000Z', 'true']);
      const labels = readColumns(FN, { label: [cells, 'label-codes'] }).label;
      expect(Array.from(labels.codes)).toEqual([0, 0, 1, 2]);
      expect(labels.values).toEqual(['2026-03-31', '2026-03-31t00:00:00.000z', 'true']);
      // The same texts as the text kinds give, cell by cell.
      const plain = readColumns(FN, { label: [cells, 'label'] }).label;
      expect(Array.from(labels.codes, (c) => labels.values[c])).toEqual(plain);
    });

    it('reads a scalar, and drops the header row found in another argument', () => {
      const one = readColumns(FN, { outcome: ['Won', 'label-codes'], blank: ['', 'id-codes'] });
      expect(Array.from(one.outcome.codes)).toEqual([0]);
      expect(one.outcome.values).toEqual(['won']);
      expect(Array.from(one.blank.codes)).toEqual([-1]);
      expect(one.blank.values).toEqual([]);
      const cols = readColumns(FN, {
        segment: [col('Segment', 'SMB', 'SMB'), 'id-codes'],
        revenue: [col('Revenue', 5, 6), 'number'],
      });
      expect(Array.from(cols.segment.codes)).toEqual([0, 0]);
      expect(cols.segment.values).toEqual(['SMB']);
    });

    it('gives the same texts as the text kinds for any cells', () => {
      // One Date object met again, and equal Dates that are different objects.
      const day = new Date(Date.UTC(2026, 0, 1));
      const cell = fc.oneof(
        fc.constantFrom<Cell>('', ' ', 'a', 'A ', ' a', 'b', 0, 1, -0, NaN, true, false, null),
        fc.constantFrom(day, new Date(Date.UTC(2026, 0, 1))),
        fc.string({ maxLength: 3 }),
        fc.integer({ min: -3, max: 3 }),
      );
      fc.assert(
        fc.property(fc.array(cell, { minLength: 1, maxLength: 20 }), (cells) => {
          for (const kind of ['label', 'id'] as const) {
            const coded = readColumns(FN, { x: [col(...cells), `${kind}-codes`] }).x;
            const plain = readColumns(FN, { x: [col(...cells), kind] }).x;
            expect(Array.from(coded.codes, (c) => (c < 0 ? '' : coded.values[c]))).toEqual(plain);
            expect(new Set(coded.values).size).toBe(coded.values.length);
            expect(coded.values).not.toContain('');
          }
        }),
      );
    });
  });

  describe('ragged ranges', () => {
    it('are refused, whatever the kind of column', () => {
      for (const kind of ['number', 'date', 'marker', 'label', 'id', 'label-codes'] as const) {
        expect(errorOf(() => readColumns(FN, { a: [[[1, 2], [3]], kind] }))).toBe(
          'KPI_TEST: a row 2 has 1 cell but row 1 has 2; pass a rectangular range',
        );
        expect(errorOf(() => readColumns(FN, { a: [[[1], [2], [3, 4]], kind] }))).toBe(
          'KPI_TEST: a row 3 has 2 cells but row 1 has 1; pass a rectangular range',
        );
      }
    });

    it('are reported before sizes that differ and before cells that cannot be read', () => {
      const ragged = [[1], [2, 3], [4]];
      expect(errorOf(() => readColumns(FN, { a: [col(1, 2), 'number'], b: [ragged, 'id'] }))).toBe(
        'KPI_TEST: b row 2 has 2 cells but row 1 has 1; pass a rectangular range',
      );
      expect(
        errorOf(() => readColumns(FN, { a: [col(1, 'lots', 3), 'number'], b: [ragged, 'id'] })),
      ).toBe('KPI_TEST: b row 2 has 2 cells but row 1 has 1; pass a rectangular range');
      // A well-formed call reads the same cells without complaint.
      expect(errorOf(() => readColumns(FN, { a: [col(1, 'lots', 3), 'number'] }))).toBe(
        'KPI_TEST: a row 2 holds "lots", which is not a number',
      );
    });
  });

  it('names both arguments and their sizes when they differ', () => {
    expect(
      errorOf(() =>
        readColumns(FN, {
          revenue: [col('Revenue', 1, 2, 3), 'number'],
          cost: [col('Cost', 1), 'number'],
        }),
      ),
    ).toBe(
      'KPI_TEST: revenue has 3 cells but cost has 1; pass ranges of the same size (the columns of one table)',
    );
    expect(errorOf(() => readColumns(FN, { a: [5, 'number'], b: [col(1, 2), 'number'] }))).toBe(
      'KPI_TEST: a has 1 cell but b has 2; pass ranges of the same size (the columns of one table)',
    );
  });
});

describe('single-value arguments', () => {
  it('reads a scalar or a one-cell range as a number, with a fallback for blanks', () => {
    expect(readScalarNumber(FN, 'threshold', '12,5 %')).toBe(0.125);
    expect(readScalarNumber(FN, 'threshold', [[3]])).toBe(3);
    expect(readScalarNumber(FN, 'threshold', '', 3.5)).toBe(3.5);
    expect(errorOf(() => readScalarNumber(FN, 'threshold', ''))).toBe(
      'KPI_TEST: threshold is blank; give a number',
    );
    expect(errorOf(() => readScalarNumber(FN, 'threshold', 'high'))).toBe(
      'KPI_TEST: threshold holds "high", which is not a number',
    );
  });

  it('reads a choice without regard to case, with a default for blanks', () => {
    expect(readChoice(FN, 'statistic', ' Median ', ['mean', 'median'], 'mean')).toBe('median');
    expect(readChoice(FN, 'statistic', undefined, ['mean', 'median'], 'mean')).toBe('mean');
    expect(readChoice(FN, 'statistic', '', ['mean', 'median'], 'mean')).toBe('mean');
    expect(errorOf(() => readChoice(FN, 'statistic', 'avg', ['mean', 'median'], 'mean'))).toBe(
      'KPI_TEST: statistic "avg" is not one of "mean", "median"',
    );
    expect(
      errorOf(() => readChoice(FN, 'statistic', col('mean', 'median'), ['mean'], 'mean')),
    ).toBe('KPI_TEST: statistic must be a single value');
  });
});
