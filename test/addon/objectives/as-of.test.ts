// An objective's Pace moves with the days. A custom function recalculates only when one of its
// arguments changes, and volatile functions are refused as arguments, so the Objectives rows pass
// KPI_PROGRESS an as-of cell that the add-on keeps on today: at setup, at every refresh (dashboard,
// apply alerts, wizard save) and at the hourly tick. Rows written with as_of left empty ("now")
// stay on the day they were first computed, as they would in Sheets.
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { columnIndexes } from '../../../src/addon/schema';
import { VOLATILE_ARGUMENT_MESSAGE } from '../../../local/workbook/volatile-arguments';
import { draft, smallWorkbook, TODAY } from './workbook';
import { runSetupPage } from '../../../local/harness/setup-page';

const O = columnIndexes('objectives');
const AS_OF = "'KPI date'!$B$1";

// Ann's calls from Friday 3 April to Tuesday 28 April (25 days), 10 in total. She made 3 (5, 6
// and 8 April): 30 % achieved. On 10 April 7 of the 25 days have passed (28 %): pace 0.3 / 0.28
// ≈ 1.07, ahead (≥ 1.05). On 11 April 8 days (32 %): 0.3 / 0.32 ≈ 0.94, behind (< 0.95).
const CALLS = draft({
  kpi: 'calls',
  scope: { type: 'rep', name: 'Ann' },
  frequency: 'weekly',
  targetMode: 'value',
  target: 10,
  start: '2026-04-03',
  deadline: '2026-04-28',
  pairedKpi: 'lead_to_opportunity',
});

const DAY_MINUTES = 24 * 60;

function withCallsObjective(): AddonHarness {
  const h = smallWorkbook();
  const saved = h.runtime.run('wizardSave', [CALLS]) as { id: string; check: { ok: boolean } };
  expect(saved.id).toBe('OBJ-0001');
  return h;
}

const pace = (h: AddonHarness, row = 1) => h.workbook.getValue('Objectives', row, O.pace);
const progress = (h: AddonHarness) => h.workbook.getValue('Objectives', 1, O.progress);

describe('the as-of cell', () => {
  test('setup creates it hidden, on today in the spreadsheet’s zone, found again by metadata', () => {
    const h = smallWorkbook();
    const sheet = h.workbook.getSheet('KPI date');
    expect(sheet.hidden).toBe(true);
    expect(h.workbook.getFormula('KPI date', 0, 1)).toBe('=DATE(2026,4,10)');
    expect(h.workbook.getDisplayValue('KPI date', 0, 1)).toBe('2026-04-10');
    h.workbook.renameSheet('KPI date', 'Clock');
    h.runtime.clock.advanceMinutes(DAY_MINUTES);
    runSetupPage(h.runtime);
    expect(h.workbook.findSheet('KPI date')).toBeUndefined();
    expect(h.workbook.getFormula('Clock', 0, 1)).toBe('=DATE(2026,4,11)');
  });

  test('in French: a "Date KPI" sheet', () => {
    const h = smallWorkbook({ locale: 'fr_FR' });
    expect(h.workbook.getSheet('Date KPI').hidden).toBe(true);
    expect(h.workbook.getFormula('Date KPI', 0, 1)).toBe('=DATE(2026,4,10)');
    expect(h.workbook.findSheet('KPI date')).toBeUndefined();
  });

  test('the Objectives rows pass it as KPI_PROGRESS’s as_of', () => {
    const h = withCallsObjective();
    expect(h.workbook.getFormula('Objectives', 1, O.pace)).toBe(
      `=IF(ISNUMBER($T2),INDEX(KPI_PROGRESS($T2,$F2,$H2,$I2,${AS_OF},0),2,4),"")`,
    );
    expect(progress(h)).toBeCloseTo(0.3, 12);
    expect(pace(h)).toBe('ahead');
  });
});

describe('a day later, with nothing else changed', () => {
  test('Pace stays until the add-on writes the new day (the arguments are unchanged)', () => {
    const h = withCallsObjective();
    h.runtime.clock.set(new Date(TODAY.getTime() + 86_400_000));
    h.workbook.setInput('Teams', 9, 9, 'an unrelated edit');
    expect(pace(h)).toBe('ahead');
  });

  test.each([
    ['the dashboard refresh', (h: AddonHarness) => h.runtime.invoke('menuRefreshDashboard', [])],
    ['apply alerts', (h: AddonHarness) => h.runtime.invoke('menuApplyAlerts', [])],
    [
      'a wizard save (of another objective)',
      (h: AddonHarness) => h.runtime.run('wizardSave', [draft()]),
    ],
  ])('%s moves Pace to the new day', (_name, action) => {
    const h = withCallsObjective();
    h.runtime.clock.advanceMinutes(DAY_MINUTES);
    h.runtime.counter.reset();
    action(h);
    expect(h.workbook.getFormula('KPI date', 0, 1)).toBe('=DATE(2026,4,11)');
    expect(pace(h)).toBe('behind');
    expect(progress(h)).toBeCloseTo(0.3, 12);
  });

  test('the hourly tick moves Pace to the new day', () => {
    const h = withCallsObjective();
    h.runtime.run('setHourlyAlerts', [true]);
    h.runtime.clock.advanceMinutes(DAY_MINUTES);
    expect(pace(h)).toBe('ahead');
    expect(h.runtime.fireDueTriggers().map((f) => f.error)).toEqual([undefined]);
    expect(pace(h)).toBe('behind');
  });

  test('keeping the day current costs one write on a new day, none on the same day', () => {
    const h = withCallsObjective();
    h.runtime.clock.advanceMinutes(60);
    h.runtime.counter.reset();
    h.runtime.invoke('menuApplyAlerts', []);
    const sameDay = h.runtime.counter.snapshot()['Range.setFormula'] ?? 0;
    h.runtime.clock.advanceMinutes(DAY_MINUTES);
    h.runtime.counter.reset();
    h.runtime.invoke('menuApplyAlerts', []);
    expect(sameDay).toBe(0);
    expect(h.runtime.counter.snapshot()['Range.setFormula']).toBe(1);
  });

  test('a row written with as_of left empty ("now") stays frozen, as in Sheets', () => {
    const h = withCallsObjective();
    const frozen = '=IF(ISNUMBER($T2),INDEX(KPI_PROGRESS($T2,$F2,$H2,$I2,,0),2,4),"")';
    h.workbook.setInput('Objectives', 1, O.pace, frozen);
    expect(pace(h)).toBe('ahead');
    h.runtime.clock.advanceMinutes(DAY_MINUTES);
    h.runtime.invoke('menuApplyAlerts', []);
    // Even when Sheets recomputes the whole spreadsheet, the arguments are the same.
    h.workbook.setTimeZone(h.workbook.timeZone);
    expect(pace(h)).toBe('ahead');
  });

  test('setup gives the as-of cell to rows written before it existed', () => {
    const h = withCallsObjective();
    const frozen = (f: string) => f.replace(`${AS_OF},0)`, ',0)');
    const written = [O.progress, O.pace].map((c) => h.workbook.getFormula('Objectives', 1, c)!);
    h.workbook.setInputs('Objectives', 1, O.progress, [written.map(frozen)]);
    h.runtime.clock.advanceMinutes(DAY_MINUTES);
    runSetupPage(h.runtime);
    expect([O.progress, O.pace].map((c) => h.workbook.getFormula('Objectives', 1, c))).toEqual(
      written,
    );
    expect(pace(h)).toBe('behind');
  });

  test('TODAY() as the as_of argument is no way out: Sheets refuses it', () => {
    const h = withCallsObjective();
    h.workbook.setInput(
      'Objectives',
      1,
      O.pace,
      '=IF(ISNUMBER($T2),INDEX(KPI_PROGRESS($T2,$F2,$H2,$I2,TODAY(),0),2,4),"")',
    );
    expect(h.workbook.getError('Objectives', 1, O.pace)).toEqual({
      code: '#ERROR!',
      message: VOLATILE_ARGUMENT_MESSAGE,
    });
  });
});
