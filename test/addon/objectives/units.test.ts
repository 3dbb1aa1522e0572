// The pure parts of the objectives: days, the suggested deadline, cumulative KPIs, IDs and the
// Specific cell's labelled answers.
import { MEASURES } from '../../../src/addon/metrics/measures';
import { KPI_KEYS } from '../../../src/addon/metrics';
import { isCumulative, periodsInWindow } from '../../../src/addon/objectives/cumulative';
import {
  dayOfIso,
  isoOfDay,
  longDate,
  periodName,
  suggestedDeadline,
} from '../../../src/addon/objectives/dates';
import { canonicalObjectiveId, nextId } from '../../../src/addon/workbook/ids';
import { readSpecific, specificText } from '../../../src/addon/workbook/specific-cell';
import { dayFromYmd } from '../../../src/kpi/days';

const day = dayFromYmd;

test('ISO days: strict, real calendar days only', () => {
  expect(dayOfIso('2026-03-31')).toBe(day(2026, 3, 31));
  expect(dayOfIso(' 2024-02-29 ')).toBe(day(2024, 2, 29));
  for (const bad of [
    '2026-02-29',
    '2026-13-01',
    '31/03/2026',
    '2026-3-1',
    '2026-03-31T10:00',
    46000,
    null,
  ])
    expect(dayOfIso(bad)).toBeUndefined();
  expect(isoOfDay(day(2026, 1, 5))).toBe('2026-01-05');
});

test('the suggested deadline: the end of the quarter, or the next one with fewer than 14 days left', () => {
  expect(isoOfDay(suggestedDeadline(day(2026, 4, 10)))).toBe('2026-06-30');
  expect(isoOfDay(suggestedDeadline(day(2026, 6, 16)))).toBe('2026-06-30'); // 14 days left
  expect(isoOfDay(suggestedDeadline(day(2026, 6, 17)))).toBe('2026-09-30'); // 13 days left
  expect(isoOfDay(suggestedDeadline(day(2026, 12, 31)))).toBe('2027-03-31');
  expect(isoOfDay(suggestedDeadline(day(2026, 1, 1)))).toBe('2026-03-31');
});

test('dates and periods in words', () => {
  expect(longDate(day(2026, 3, 1), 'en')).toBe('1 March 2026');
  expect(longDate(day(2026, 3, 1), 'fr')).toBe('1er mars 2026');
  expect(longDate(day(2026, 8, 15), 'fr')).toBe('15 août 2026');
  expect(periodName(day(2026, 10, 1), 'quarter', 'fr')).toBe('T4 2026');
  expect(periodName(day(2026, 11, 9), 'week', 'en')).toBe('week of 9 November 2026');
  expect(periodName(day(2026, 2, 1), 'month', 'fr')).toBe('février 2026');
});

test('cumulative KPIs are exactly the engine’s counts and sums', () => {
  for (const key of KPI_KEYS) expect(isCumulative(key)).toBe(MEASURES[key].total);
  expect(periodsInWindow(day(2026, 4, 13), day(2026, 5, 10), 'weekly')).toBe(4);
  expect(periodsInWindow(day(2026, 1, 1), day(2026, 12, 31), 'monthly')).toBeCloseTo(
    365 / 30.4375,
    12,
  );
});

test('IDs: one more than the largest, in any case, never reusing a gap', () => {
  expect(nextId('OBJ', [])).toBe('OBJ-0001');
  expect(nextId('OBJ', ['OBJ-0002', 'obj-0007', 'OBJ-3', '', 'ALR-0099', 42, null])).toBe(
    'OBJ-0008',
  );
  expect(nextId('ALR', ['ALR-9999'])).toBe('ALR-10000');
  expect(canonicalObjectiveId(' obj-12 ')).toBe('OBJ-0012');
  expect(canonicalObjectiveId('OBJ-12x')).toBeUndefined();
});

test('the Specific cell: labelled answers written and read back in either language', () => {
  const answers = { who: 'The North team', what: 'calls: twice', where: '', how: 'Qui : nobody' };
  const en = specificText(answers, 'en');
  expect(en).toBe('Who: The North team\nWhat: calls: twice\nHow: Qui : nobody');
  expect(readSpecific(en)).toEqual(answers);
  expect(readSpecific(specificText(answers, 'fr'))).toEqual(answers);
  // A cell typed by hand without labels is read as the "what".
  expect(readSpecific('Call every dormant account')).toEqual({
    who: '',
    what: 'Call every dormant account',
    where: '',
    how: '',
  });
});
