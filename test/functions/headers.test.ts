// Header rows in text-only arguments: a whole-column reference (Customers!A:A) or one from row 1
// (F1:F) on the add-on's sheets brings the column's heading along, and a column of labels or
// identifiers cannot reveal it by its values. The heading is recognised as one of the add-on's
// own (src/functions/headings), and a range of data rows is never cut.
import { kpiContentProgression, kpiInteractionScore } from '../../src/functions/activity';
import type { Cell } from '../../src/functions/values/cells';
import { kpiCohortRetention, kpiReferralRate, kpiRetention } from '../../src/functions/customers';
import { kpiWinRate } from '../../src/functions/funnel';
import { isHeadingRow, isKnownHeading } from '../../src/functions/headings';
import { kpiCac, kpiSegmentProfitability } from '../../src/functions/results';
import { SCHEMA } from '../../src/addon/schema';
import { zonedSpreadsheet } from '../helpers/zoned-spreadsheet';

const col = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);
/** A whole column as Sheets passes it: the heading, the data, then blank rows to the sheet's end. */
const wholeColumn = (heading: string, ...data: Cell[]): Cell[][] =>
  col(heading, ...data, ...Array<Cell>(20).fill(''));
const d = (iso: string) => new Date(`${iso}T00:00:00`);

describe('a heading of the add-on’s sheets above labels or identifiers', () => {
  it('is not counted as a customer by KPI_CAC (5,000 spent, 2 distinct customers)', () => {
    expect(kpiCac(5000, wholeColumn('Customer ID', 'C-001', 'C-002', 'C-001'))).toBe(2500);
    expect(kpiCac(5000, wholeColumn('ID client', 'C-001', 'C-002'))).toBe(2500);
    // A public orders table names the column its own way: "customer_id", "CustomerID".
    expect(kpiCac(5000, col('customer_id', 'CG-12520', 'DV-13045'))).toBe(2500);
    expect(kpiCac(5000, col('CustomerID', 'CG-12520', 'DV-13045'))).toBe(2500);
  });

  it('is not counted as a non-referral by KPI_REFERRAL_RATE (2 referrals of 4 sources)', () => {
    const sources = wholeColumn('Source', 'Referral', 'Website', 'Recommandation', 'Event');
    expect(kpiReferralRate(sources)).toBe(0.5);
    expect(kpiReferralRate(wholeColumn('Canal', 'Referral', 'Website'))).toBe(0.5);
  });

  it('makes no group of its own in KPI_CONTENT_PROGRESSION', () => {
    const content = col('Content consumed', 'Webinar', 'Case study', 'Webinar');
    // Progression written as words: no date column to reveal the header.
    expect(kpiContentProgression(content, col('Progressed', 'yes', 'no', 'no'))).toEqual([
      ['Content type', 'Leads', 'Progressed', 'Progression rate'],
      ['Webinar', 2, 1, 0.5],
      ['Case study', 1, 0, 0],
    ]);
  });

  it('is dropped from both ranges of KPI_RETENTION and from win-rate outcomes', () => {
    // C-1 and C-2 at the start; C-2 is still there at the end → 1 / 2.
    expect(kpiRetention(col('Customer ID', 'C-1', 'C-2'), col('Customer ID', 'C-2', 'C-3'))).toBe(
      0.5,
    );
    expect(kpiWinRate(wholeColumn('Outcome', 'Won', 'Lost'))).toBe(0.5);
  });
});

describe('data rows are never cut', () => {
  it('keeps a first value that is no heading', () => {
    expect(kpiCac(3000, col('C-001', 'C-002', 'C-003'))).toBe(1000);
    expect(kpiReferralRate(col('Referral', 'Website'))).toBe(0.5);
    expect(kpiCac(3000, col('ID 1', 'ID 2', 'ID 3'))).toBe(1000);
  });

  it('keeps a word that is a heading elsewhere when a parallel number or date starts with data', () => {
    // "Note" is the French heading of Surveys' Score, and a plausible activity type: the
    // durations' first row is a number, so row 1 is data. Call of 20 minutes → 1 point.
    expect(kpiInteractionScore(col('Note', 'Call'), col(20, 20), col('', ''))).toBe(1);
    expect(
      kpiSegmentProfitability(col('Source', 'SMB'), col(100, 50), col(0, 0)).map((r) => r[0]),
    ).toEqual(['Segment', 'Source', 'SMB']);
    expect(kpiContentProgression(col('Type', 'Webinar'), col(d('2026-01-02'), ''))).toHaveLength(3);
  });

  it('never takes a dropdown value of the add-on’s sheets for a heading', () => {
    for (const sheet of Object.values(SCHEMA)) {
      for (const column of sheet.columns) {
        for (const choice of column.choices ?? []) {
          expect([choice.en, isKnownHeading(choice.en, true)]).toEqual([choice.en, false]);
          expect([choice.fr, isKnownHeading(choice.fr, true)]).toEqual([choice.fr, false]);
        }
      }
    }
  });

  it('keeps a heading word that comes again below: it is a value of the column', () => {
    // Sources named by a team's own words, "Source" among them: 1 referral of 4.
    expect(kpiReferralRate(col('Source', 'Referral', 'Source', 'Website'))).toBe(0.25);
  });

  it('needs two rows or more, and every text of a wide first row to be a heading', () => {
    expect(isHeadingRow([['Source']], false)).toBe(false);
    expect(
      isHeadingRow(
        [
          ['Source', 'Referral'],
          ['Website', 'Event'],
        ],
        false,
      ),
    ).toBe(false);
    expect(
      isHeadingRow(
        [
          ['Source', ''],
          ['Website', 'Event'],
        ],
        false,
      ),
    ).toBe(true);
  });
});

describe('whole columns of the add-on’s sheets, on the built add-on', () => {
  // The sheets as Set up writes them: the schema's headings in row 1, data below.
  let workbook: ReturnType<typeof zonedSpreadsheet>['workbook'];
  const headings = (key: keyof typeof SCHEMA) => SCHEMA[key].columns.map((c) => c.en);
  const row = (key: keyof typeof SCHEMA, values: Record<string, Cell>) =>
    SCHEMA[key].columns.map((c) => values[c.key] ?? '');
  beforeAll(() => {
    const spreadsheet = zonedSpreadsheet('Europe/Paris', new Date('2026-11-03T08:00:00Z'));
    workbook = spreadsheet.workbook;
    workbook.registerFunctions(spreadsheet.runtime.customFunctions());
    workbook.addSheet('Customers');
    workbook.setInputs('Customers', 0, 0, [
      headings('customers'),
      row('customers', { customerId: 'C-001', source: 'Referral' }),
      row('customers', { customerId: 'C-002', source: 'Website' }),
      row('customers', { customerId: 'C-003', source: 'Recommandation' }),
      row('customers', { customerId: 'C-004', source: 'Event' }),
    ] as never);
    workbook.addSheet('Pipeline');
    workbook.setInputs('Pipeline', 0, 0, [
      headings('pipeline'),
      row('pipeline', { content: 'Webinar', opportunityDate: '2026-01-10' }),
      row('pipeline', { content: 'Case study' }),
      row('pipeline', { content: 'Webinar' }),
    ] as never);
    workbook.addSheet('Surveys');
    workbook.setInputs('Surveys', 0, 0, [
      headings('surveys'),
      // NPS: 10 (promoter), 3 (detractor), 8 (passive) → 0; the CSAT 5s and 4 are left out.
      row('surveys', { kind: 'NPS', score: 10 }),
      row('surveys', { kind: 'CSAT', score: 5 }),
      row('surveys', { kind: 'NPS', score: 3 }),
      row('surveys', { kind: 'CSAT', score: 4 }),
      row('surveys', { kind: 'NPS', score: 8 }),
    ] as never);
    workbook.addSheet('Calc');
  });
  const value = (formula: string): unknown => {
    workbook.setInput('Calc', 0, 0, formula);
    expect(workbook.getError('Calc', 0, 0)).toBeUndefined();
    return workbook.getValue('Calc', 0, 0);
  };

  it('gives the answer of the data rows', () => {
    expect(value('=KPI_CAC(4000, Customers!A:A)')).toBe(1000);
    expect(value('=KPI_CAC(4000, Customers!A1:A)')).toBe(1000);
    expect(value('=KPI_REFERRAL_RATE(Customers!F:F)')).toBe(0.5);
    expect(value('=KPI_REFERRAL_RATE(Customers!F1:F)')).toBe(0.5);
    expect(value('=KPI_REFERRAL_RATE(Customers!F2:F)')).toBe(0.5);
    expect(value('=ROWS(KPI_CONTENT_PROGRESSION(Pipeline!G:G, Pipeline!K:K))')).toBe(3);
    expect(value('=KPI_NPS(FILTER(Surveys!D2:D, Surveys!C2:C="NPS"))')).toBe(0);
  });
});

describe('cohorts keep the header of their dates', () => {
  it('drops "Customer ID" with the "Date" header of the order dates', () => {
    const table = kpiCohortRetention(
      col('Customer ID', 'C1', 'C2'),
      col('Date', d('2026-01-05'), d('2026-01-20')),
    );
    expect(table[1].slice(1, 3)).toEqual([2, 1]);
  });
});
