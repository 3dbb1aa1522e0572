import { formatNumber, formatTime, numberInput, parseNumber } from '../../sidebar/shared/format';
import {
  formatDay,
  isIsoDay,
  periodsInWindow,
  suggestedDeadline,
  windowDays,
} from '../../sidebar/wizard/dates';
import {
  formatKpiValue,
  isLevel,
  percentText,
  targetFromInput,
  targetToInput,
  targetValue,
  thresholdFromInput,
  thresholdToInput,
} from '../../sidebar/wizard/units';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['12,5', 12.5],
    ['-5', -5],
    ['+10', 10],
    ['\u22125', -5],
    ['10 %', 10],
    ['10%', 10],
    ['  7  ', 7],
    ['.5', 0.5],
  ])('reads English %j as %p', (text, expected) => {
    expect(parseNumber(text, 'en')).toBe(expected);
  });

  it.each([
    ['12,5', 12.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['12.5', 12.5],
    ['\u221210\u202f%', -10],
  ])('reads French %j as %p', (text, expected) => {
    expect(parseNumber(text, 'fr')).toBe(expected);
  });

  it.each(['', ' ', 'abc', '12abc', '1,2,3', '--5', '%', '1e5', 'NaN', 'Infinity', '12..5'])(
    'refuses %j',
    (text) => {
      expect(parseNumber(text, 'en')).toBeNull();
      expect(parseNumber(text, 'fr')).toBeNull();
    },
  );
});

describe('formatNumber and numberInput', () => {
  it('groups and rounds as each language writes', () => {
    expect(formatNumber(1234.567, 'en')).toBe('1,234.57');
    expect(formatNumber(1234.567, 'fr')).toBe('1\u202f234,57');
    expect(formatNumber(0.5, 'en', 0)).toBe('1');
  });

  it('writes inputs without grouping or float noise', () => {
    expect(numberInput(0.35 * 100, 'en')).toBe('35');
    expect(numberInput(12.5, 'fr')).toBe('12,5');
    expect(numberInput(-0.00001, 'en')).toBe('0');
    expect(numberInput(1234.5, 'en')).toBe('1234.5');
  });
});

describe('dates', () => {
  it('accepts only real ISO days', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('26-01-01')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });

  it('suggests the end of the quarter, or of the next one when fewer than 14 days remain', () => {
    expect(suggestedDeadline('2026-02-10')).toBe('2026-03-31');
    expect(suggestedDeadline('2026-04-01')).toBe('2026-06-30');
    expect(suggestedDeadline('2026-09-15')).toBe('2026-09-30');
    expect(suggestedDeadline('2026-03-17')).toBe('2026-03-31');
    expect(suggestedDeadline('2026-03-18')).toBe('2026-06-30');
    expect(suggestedDeadline('2026-11-15')).toBe('2026-12-31');
    expect(suggestedDeadline('2026-03-31')).toBe('2026-06-30');
    expect(suggestedDeadline('2026-12-31')).toBe('2027-03-31');
    expect(() => suggestedDeadline('soon')).toThrow('Not an ISO day: soon');
  });

  it('counts the days and tracking periods of a window, both ends included', () => {
    expect(windowDays('2026-01-01', '2026-01-07')).toBe(7);
    // Across the spring DST change in Europe: still whole days.
    expect(windowDays('2026-03-28', '2026-03-30')).toBe(3);
    expect(windowDays('2026-01-01', 'later')).toBeNaN();
    expect(periodsInWindow('2026-01-01', '2026-03-31', 'weekly')).toBeCloseTo(90 / 7, 12);
    expect(periodsInWindow('2026-01-01', '2026-12-31', 'monthly')).toBeCloseTo(
      365 / (365.25 / 12),
      12,
    );
    expect(periodsInWindow('2026-01-01', '2026-12-31', 'quarterly')).toBeCloseTo(
      365 / (365.25 / 4),
      12,
    );
  });

  it('formats a day in each language', () => {
    expect(formatDay('2026-03-31', 'en')).toBe('31 Mar 2026');
    expect(formatDay('2026-03-31', 'fr')).toBe('31 mars 2026');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });
});

describe('units', () => {
  it('shows rates as percentages and other units in their own terms', () => {
    expect(percentText(25, 'en')).toBe('25%');
    expect(percentText(25, 'fr')).toBe('25\u202f%');
    expect(formatKpiValue(0.256, 'rate', 'en')).toBe('25.6%');
    expect(formatKpiValue(0.256, 'rate', 'fr')).toBe('25,6\u202f%');
    expect(formatKpiValue(41.25, 'days', 'en')).toBe('41.3 d');
    expect(formatKpiValue(41.25, 'days', 'fr')).toBe('41,3 j');
    expect(formatKpiValue(12.4, 'count', 'en')).toBe('12');
    expect(formatKpiValue(1234.5, 'currency', 'en')).toBe('1,234.5');
    expect(formatKpiValue(-12, 'points', 'en')).toBe('-12');
  });

  it('converts a typed target to the draft and back', () => {
    expect(targetFromInput('35', 'value', 'rate', 'en')).toBeCloseTo(0.35, 12);
    expect(targetFromInput('12,5', 'value', 'count', 'fr')).toBe(12.5);
    expect(targetFromInput('10', 'change', 'count', 'en')).toBeCloseTo(0.1, 12);
    expect(targetFromInput('-5', 'change', 'rate', 'en')).toBeCloseTo(-0.05, 12);
    expect(targetFromInput('lots', 'value', 'rate', 'en')).toBeNull();
    expect(targetToInput(0.35, 'value', 'rate', 'en')).toBe('35');
    expect(targetToInput(0.125, 'change', 'days', 'fr')).toBe('12,5');
    expect(targetToInput(450, 'value', 'currency', 'en')).toBe('450');
  });

  it('applies a change to the baseline for the target value', () => {
    expect(targetValue(0.1, 'change', 200)).toBeCloseTo(220, 10);
    expect(targetValue(0.1, 'change', -20)).toBeCloseTo(-18, 10);
    expect(targetValue(-0.1, 'change', 30)).toBeCloseTo(27, 10);
    expect(targetValue(0.1, 'change', null)).toBeNull();
    expect(targetValue(42, 'value', null)).toBe(42);
  });

  it('knows a level target from a total over the window, as the server says', () => {
    expect(isLevel({ unit: 'count', cumulative: true })).toBe(false);
    expect(isLevel({ unit: 'currency', cumulative: false })).toBe(true);
    // Without the server's word, only units that cannot be totals are levels.
    expect(isLevel({ unit: 'rate' })).toBe(true);
    expect(isLevel({ unit: 'days' })).toBe(true);
    expect(isLevel({ unit: 'points' })).toBe(true);
    expect(isLevel({ unit: 'count' })).toBe(false);
    expect(isLevel({ unit: 'currency' })).toBe(false);
  });

  it('converts alert thresholds by mode and unit', () => {
    expect(thresholdToInput(0.1, 'relative', 'count', 'en')).toBe('10');
    expect(thresholdToInput(10, 'points', 'points', 'en')).toBe('10');
    expect(thresholdToInput(0.05, 'points', 'rate', 'fr')).toBe('5');
    expect(thresholdFromInput('10', 'relative', 'points', 'en')).toBeCloseTo(0.1, 12);
    expect(thresholdFromInput('5', 'points', 'rate', 'en')).toBeCloseTo(0.05, 12);
    expect(thresholdFromInput('7,5', 'points', 'points', 'fr')).toBe(7.5);
    expect(thresholdFromInput('x', 'points', 'points', 'fr')).toBeNull();
  });
});

describe('formatTime', () => {
  it('writes an instant in the language, the text itself when it is not one', () => {
    const at = '2026-11-16T12:30:00Z';
    const local = new Date(at);
    const hhmm = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    expect(formatTime(at, 'en', 'medium')).toContain('Nov 2026');
    expect(formatTime(at, 'fr', 'medium')).toContain('nov. 2026');
    expect(formatTime(at, 'en', 'short')).toContain(hhmm);
    expect(formatTime('soon', 'fr', 'short')).toBe('soon');
  });
});
