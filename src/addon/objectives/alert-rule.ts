// The objective's alert rule: the catalogue's default for the KPI (the article's table, e.g. lead
// → opportunity conversion falling 10 % → review lead quality and qualification, coach reps), and
// the user's edited rule, checked field by field. A disabled rule is kept (written with Active =
// No) but not checked strictly: a value that does not pass falls back to the default.
import { kpiEntry, type KpiKey } from '../metrics';
import type { Language } from '../i18n';
import type { AlertRow } from '../workbook/alerts-sheet';
import { valueOf } from '../workbook/cells';
import { type FieldReader, isRecord, singleLine } from './fields';
import { type AlertSettings, MAX_ACTION, MAX_TEXT } from './model';

export function defaultAlert(kpi: KpiKey, language: Language, owner: string): AlertSettings {
  const alert = kpiEntry(kpi).alert;
  return {
    mode: alert.mode,
    threshold: alert.threshold,
    direction: alert.direction,
    minVolume: alert.minVolume,
    action: alert.action[language],
    owner,
    enabled: true,
  };
}

/** A row of the Alerts sheet as the wizard shows it: what can be read, undefined elsewhere. */
export function alertSettingsOf(row: AlertRow): Partial<AlertSettings> {
  return {
    mode: valueOf(row.mode),
    threshold: valueOf(row.threshold),
    direction: valueOf(row.direction),
    minVolume: valueOf(row.minVolume),
    action: row.action,
    owner: row.owner,
    enabled: valueOf(row.active),
  };
}

/** The largest change in points a KPI can show (rates move within 0…1, NPS within ±100). */
function pointsSpan(kpi: KpiKey): number {
  const unit = kpiEntry(kpi).unit;
  return unit === 'rate' ? 1 : unit === 'points' ? 200 : Infinity;
}

export function readAlert(
  input: unknown,
  kpi: KpiKey | undefined,
  owner: string,
  r: FieldReader,
): AlertSettings | undefined {
  if (!isRecord(input)) return r.fail('alert.enabled', 'field.boolean');
  const enabled = r.boolean(input.enabled, 'alert.enabled');
  if (enabled === undefined) return undefined;
  if (!enabled) return lenient(input, kpi, owner);
  const mode = r.choice(input.mode, 'alert.mode', ['relative', 'points'] as const);
  const direction = r.choice(input.direction, 'alert.direction', ['down', 'up'] as const);
  const threshold = checkThreshold(input.threshold, mode, direction, kpi, r);
  const minVolume = r.number(input.minVolume, 'alert.minVolume');
  if (
    minVolume !== undefined &&
    !(Number.isInteger(minVolume) && minVolume >= 0 && minVolume <= 1e9)
  )
    r.fail('alert.minVolume', 'alert.minVolume');
  const action = r.text(input.action, 'alert.action', MAX_ACTION, 'alert.actionRequired');
  const alertOwner = r.text(input.owner, 'alert.owner', MAX_TEXT, 'alert.ownerRequired');
  if (kpi && direction) {
    const higher = kpiEntry(kpi).higherIsBetter;
    const name = { kpi };
    if (higher && direction === 'up') r.warn('warning.alertDirection', { kpi: name });
    if (!higher && direction === 'down') r.warn('warning.alertDirectionLower', { kpi: name });
  }
  if (
    mode === undefined ||
    direction === undefined ||
    threshold === undefined ||
    minVolume === undefined ||
    action === undefined ||
    alertOwner === undefined ||
    'alert.minVolume' in r.errors
  )
    return undefined;
  return { mode, threshold, direction, minVolume, action, owner: alertOwner, enabled: true };
}

function checkThreshold(
  value: unknown,
  mode: AlertSettings['mode'] | undefined,
  direction: AlertSettings['direction'] | undefined,
  kpi: KpiKey | undefined,
  r: FieldReader,
): number | undefined {
  const threshold = r.number(value, 'alert.threshold');
  if (threshold === undefined) return undefined;
  if (!(threshold > 0)) return r.fail('alert.threshold', 'alert.thresholdPositive');
  if (mode === 'relative' && direction === 'down' && threshold > 1)
    return r.fail('alert.threshold', 'alert.fallTooLarge');
  if (mode === 'points' && kpi && threshold >= pointsSpan(kpi)) {
    const max = { value: pointsSpan(kpi), unit: kpiEntry(kpi).unit };
    return r.fail('alert.threshold', 'alert.pointsTooLarge', { max });
  }
  return threshold;
}

/** A disabled rule: each valid field kept, anything else the default's. */
function lenient(
  input: Record<string, unknown>,
  kpi: KpiKey | undefined,
  owner: string,
): AlertSettings | undefined {
  if (!kpi) return undefined;
  // The catalogue's default action in English: saving writes it in the row's language (actionIn).
  const d = defaultAlert(kpi, 'en', owner);
  const pick = <T>(value: unknown, ok: (v: unknown) => boolean, fallback: T): T =>
    ok(value) ? (value as T) : fallback;
  const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
  const text = (v: unknown, max: number, fallback: string) =>
    typeof v === 'string' && singleLine(v) !== '' ? singleLine(v).slice(0, max) : fallback;
  return {
    mode: pick(input.mode, (v) => v === 'relative' || v === 'points', d.mode),
    threshold: pick(input.threshold, positive, d.threshold),
    direction: pick(input.direction, (v) => v === 'down' || v === 'up', d.direction),
    minVolume: pick(
      input.minVolume,
      (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9,
      d.minVolume,
    ),
    action: text(input.action, MAX_ACTION, d.action),
    owner: text(input.owner, MAX_TEXT, d.owner),
    enabled: false,
  };
}
