// How a KPI's values are typed and shown. Rates travel as fractions (0.25) but people type and
// read percentages (25 %); a % change travels as a fraction of the baseline (0.1 = +10 %); an
// alert threshold is a fraction in relative mode and the KPI's own units in points mode (a rate
// KPI's points are percentage points).
import type { AlertRuleInput, KpiOption } from '../../src/server/wizard-contract';
import { formatNumber, numberInput, parseNumber } from '../shared/format';
import type { Language } from '../shared/i18n';

export type Unit = KpiOption['unit'];

/** "35 %" in French (narrow no-break space), "35%" in English. */
export function percentText(percent: number, lang: Language, digits = 1): string {
  return `${formatNumber(percent, lang, digits)}${lang === 'fr' ? '\u202f' : ''}%`;
}

/** How many decimals a unit is shown with. */
function digitsOf(unit: Unit): number {
  return unit === 'count' || unit === 'currency' ? 0 : 1;
}

/** A KPI value for display (a rate as a percentage). */
export function formatKpiValue(value: number, unit: Unit, lang: Language): string {
  if (unit === 'rate') return percentText(value * 100, lang);
  const text = formatNumber(value, lang, unit === 'currency' ? 2 : digitsOf(unit));
  return unit === 'days' ? `${text} ${lang === 'fr' ? 'j' : 'd'}` : text;
}

/** Multiplier from a stored KPI value to what is typed (100 for rates). */
function scale(unit: Unit): number {
  return unit === 'rate' ? 100 : 1;
}

/** A target kept in the form as typed text, from the draft's number. */
export function targetToInput(
  target: number,
  mode: 'value' | 'change',
  unit: Unit,
  lang: Language,
): string {
  return numberInput(mode === 'change' ? target * 100 : target * scale(unit), lang);
}

/** The draft's target from what was typed; null when it is not a number. */
export function targetFromInput(
  text: string,
  mode: 'value' | 'change',
  unit: Unit,
  lang: Language,
): number | null {
  const n = parseNumber(text, lang);
  if (n === null) return null;
  return mode === 'change' ? n / 100 : n / scale(unit);
}

/**
 * Whether the KPI's target is a level to reach (a rate, an average, days, NPS) rather than a
 * total over the objective's window (calls, revenue): the server says so; without that word,
 * only the units that cannot be totals count as levels.
 */
export function isLevel(kpi: Pick<KpiOption, 'unit' | 'cumulative'>): boolean {
  return kpi.cumulative === undefined ? isLevelUnit(kpi.unit) : !kpi.cumulative;
}

/**
 * Units that are always a level (a rate, a number of days, NPS points): the target is the level
 * to reach. Counts and amounts may instead be totals over the objective's window (calls,
 * revenue), which only the server works out: the wizard then shows the server's target value.
 */
export function isLevelUnit(unit: Unit): boolean {
  return unit === 'rate' || unit === 'days' || unit === 'points';
}

/**
 * A level target as a KPI value: a change applies to the baseline's size, as the server does
 * (an NPS of −20 improved by 10 % is −18, so a gain always raises it).
 */
export function targetValue(
  target: number,
  mode: 'value' | 'change',
  baseline: number | null,
): number | null {
  if (mode === 'value') return target;
  return baseline === null ? null : baseline + Math.abs(baseline) * target;
}

export function thresholdToInput(
  threshold: number,
  mode: AlertRuleInput['mode'],
  unit: Unit,
  lang: Language,
): string {
  return numberInput(threshold * (mode === 'relative' ? 100 : scale(unit)), lang);
}

export function thresholdFromInput(
  text: string,
  mode: AlertRuleInput['mode'],
  unit: Unit,
  lang: Language,
): number | null {
  const n = parseNumber(text, lang);
  return n === null ? null : n / (mode === 'relative' ? 100 : scale(unit));
}
