// How the wizard finds and reads the workbook: managed sheets and columns by developer metadata
// (a renamed sheet, a moved column), by name and header when there is none (a workbook typed by
// hand, in French), one read per sheet whatever its size.
import { addonHarness } from '../../../local/harness/addon-runtime';
import { columnIndexes, headers } from '../../../src/addon/schema';
import type { MeasureResult, SaveResult } from '../../../src/server/wizard-contract';
import { LocalWorkbook } from '../../../local/workbook';
import { draft, PIPELINE, smallWorkbook, SURVEYS, TODAY } from './workbook';

const conversion = {
  kpi: 'lead_to_opportunity',
  scope: { type: 'team', name: 'North' },
  frequency: 'monthly',
};
const O = columnIndexes('objectives');

test('a renamed sheet and a moved column are found by metadata, and the formulas follow them', () => {
  const h = smallWorkbook();
  h.workbook.renameSheet('Pipeline', "Deals d'Ana");
  // Lead date (J) becomes the first column; Team (E) moves one place right.
  h.workbook.moveColumns("Deals d'Ana", 9, 1, 0);
  const m = h.runtime.run('wizardMeasure', [conversion]) as MeasureResult;
  expect(m.baseline).toBe(0.75);
  const saved = h.runtime.run('wizardSave', [draft()]) as SaveResult;
  expect(saved.check.warnings).toEqual([]);
  const formula = h.workbook.getFormula('Objectives', 1, O.current);
  expect(formula).toContain(
    `COUNTIFS('Deals d''Ana'!$A:$A,">="&$H2,'Deals d''Ana'!$A:$A,"<="&$I2,'Deals d''Ana'!$F:$F,"=North"`,
  );
  expect(h.workbook.getValue('Objectives', 1, O.current)).toBeCloseTo(0.6, 12);
});

test('a workbook without metadata is read by sheet names and headers, here in French', () => {
  const workbook = new LocalWorkbook({
    timeZone: 'Europe/Paris',
    locale: 'fr_FR',
    sheets: [
      { name: 'Pipeline', rows: [headers('pipeline', 'fr'), ...PIPELINE] as never },
      { name: 'Enquêtes', rows: [headers('surveys', 'fr'), ...SURVEYS] as never },
    ],
  });
  const h = addonHarness({ workbook, locale: 'fr_FR' });
  h.runtime.clock.set(TODAY);
  const m = h.runtime.run('wizardMeasure', [conversion]) as MeasureResult;
  expect(m.baseline).toBe(0.75);
  expect(m.baselineLabel).toBe('mars 2026 (4 leads)');
  const nps = h.runtime.run('wizardMeasure', [
    { kpi: 'nps', scope: { type: 'company' }, frequency: 'quarterly' },
  ]) as MeasureResult;
  expect(nps.baseline).toBe(40);
  // No Objectives or Alerts sheet yet: the wizard offers the setup first.
  expect(h.runtime.run('wizardInit')).toMatchObject({ workbookReady: false });
});

test('reading for a measure takes the same number of Sheets calls whatever the rows', () => {
  const calls = (extra: number): number => {
    const h = smallWorkbook();
    const filler = ['2026-01-15', 'Zoe', 'West', 'Email', 5, 'No reply', ''];
    if (extra)
      h.workbook.setInputs(
        'Activities',
        20,
        0,
        Array.from({ length: extra }, () => filler),
      );
    h.runtime.counter.reset();
    h.runtime.run('wizardMeasure', [conversion]);
    return h.runtime.counter.get('Sheet.getSheetValues');
  };
  // One read per source sheet (Activities, Pipeline, Customers, Orders, Surveys) and Teams.
  expect(calls(0)).toBe(6);
  expect(calls(20_000)).toBe(6);
});

test('a column inserted into a source sheet is found by its header, without the metadata search', () => {
  const calls = (edit: (h: ReturnType<typeof smallWorkbook>) => void) => {
    const h = smallWorkbook();
    h.runtime.run('wizardMeasure', [conversion]); // the stored layout is current
    edit(h);
    h.runtime.counter.reset();
    const m = h.runtime.run('wizardMeasure', [conversion]) as MeasureResult;
    const total = h.runtime.counter.total();
    h.runtime.counter.reset();
    h.runtime.run('wizardMeasure', [conversion]);
    return { baseline: m.baseline, first: total, next: h.runtime.counter.total() };
  };
  const unchanged = calls(() => {});
  // A new column A: every Pipeline column moves one place right, its header still as it was.
  const inserted = calls((h) => h.workbook.insertColumns('Pipeline', 0, 1));
  expect(inserted.baseline).toBe(0.75);
  expect(inserted.first).toBeLessThanOrEqual(unchanged.first + 2);
  expect(inserted.next).toBe(unchanged.first);
  // A renamed header cannot be placed by its text: the metadata says where it went.
  const renamed = calls((h) => h.workbook.setInputs('Pipeline', 0, 0, [['Deal']]));
  expect(renamed.baseline).toBe(0.75);
  expect(renamed.first).toBeGreaterThan(unchanged.first + 100);
  expect(renamed.next).toBe(unchanged.first);
});
