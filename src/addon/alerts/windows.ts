// The conversion windows a user sets, by KPI, over the ones measured from the workbook (the longest
// lead → opportunity lag seen, src/kpi/readiness). Both live in the document
// properties, so every editor sees the same and no sheet is read to show them: the override as
// the user typed it (whole days, 1 to 92), the measured one as the last Apply alerts found it.
// The alert check and the colours judge with the override when there is one.
import { MAX_WINDOW_DAYS, MIN_WINDOW_DAYS, type WindowChoice } from '../../kpi/readiness';
import {
  deleteDocumentProperty,
  documentProperty,
  setDocumentProperty,
} from '../adapters/services';
import {
  kpiData,
  type KpiKey,
  type WindowOverrides,
  WINDOW_KPIS,
  type WorkbookData,
} from '../metrics';

/** `{"lead_to_opportunity": 21}`: the windows set by the user, in days. */
export const WINDOWS_KEY = 'salesKpi.alerts.windows';
/** The windows measured at the last Apply alerts (with their basis and sample). */
export const MEASURED_WINDOWS_KEY = 'salesKpi.alerts.measuredWindows';

/** A day count the user may set: a whole number of days within the measured windows' bounds. */
export function isWindowDays(days: unknown): days is number {
  return (
    Number.isInteger(days) &&
    (days as number) >= MIN_WINDOW_DAYS &&
    (days as number) <= MAX_WINDOW_DAYS
  );
}

/** The overrides stored in a property's text; anything unreadable or out of bounds is left out. */
export function parseOverrides(raw: string | null): WindowOverrides {
  const out: Partial<Record<KpiKey, number>> = {};
  let parsed: unknown;
  try {
    parsed = raw ? JSON.parse(raw) : {};
  } catch {
    return out;
  }
  if (!parsed || typeof parsed !== 'object') return out;
  for (const kpi of WINDOW_KPIS) {
    const days = (parsed as Record<string, unknown>)[kpi];
    if (isWindowDays(days)) out[kpi] = days;
  }
  return out;
}

export function readWindowOverrides(): WindowOverrides {
  return parseOverrides(documentProperty(WINDOWS_KEY));
}

/**
 * Sets or clears (null or '') the windows of the KPIs given; throws, changing nothing, on an
 * unknown KPI or a day count out of bounds.
 */
export function setWindowOverrides(changes: unknown): WindowOverrides {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes))
    throw new Error('setConversionWindows expects { kpi: days or null }');
  const next: Partial<Record<KpiKey, number>> = { ...readWindowOverrides() };
  for (const [key, days] of Object.entries(changes as Record<string, unknown>)) {
    const kpi = WINDOW_KPIS.find((k) => k === key);
    if (!kpi) throw new Error(`No conversion window for "${key}"`);
    if (days === null || days === '') delete next[kpi];
    else if (isWindowDays(days)) next[kpi] = days;
    else
      throw new Error(
        `A conversion window is a whole number of days from ${MIN_WINDOW_DAYS} to ${MAX_WINDOW_DAYS}`,
      );
  }
  if (Object.keys(next).length === 0) {
    if (documentProperty(WINDOWS_KEY) !== null) deleteDocumentProperty(WINDOWS_KEY);
  } else setDocumentProperty(WINDOWS_KEY, JSON.stringify(next));
  return next;
}

/** Keeps the windows measured on this workbook (written only when they changed). */
export function recordMeasuredWindows(data: WorkbookData): void {
  const measured: Partial<Record<KpiKey, WindowChoice>> = {};
  for (const kpi of WINDOW_KPIS) {
    const w = kpiData(data, kpi).window;
    if (w) measured[kpi] = { days: w.days, basis: w.basis, sample: w.sample };
  }
  const text = JSON.stringify(measured);
  if (documentProperty(MEASURED_WINDOWS_KEY) !== text)
    setDocumentProperty(MEASURED_WINDOWS_KEY, text);
}

/** The windows measured at the last Apply alerts; none before the first. */
export function measuredWindows(): Partial<Record<KpiKey, WindowChoice>> {
  try {
    const parsed = JSON.parse(documentProperty(MEASURED_WINDOWS_KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object'
      ? (parsed as Partial<Record<KpiKey, WindowChoice>>)
      : {};
  } catch {
    return {};
  }
}
