// Checks what the Experiments page sends, field by field (every argument is untrusted): the KPI,
// the groups (teams or reps of the data, two different ones), the dates, the baseline rate and
// the lift to detect. Messages are in the user's language, keyed by field.
import { dayOfIsoText } from '../../functions/values/dates';
import type { KpiKey, ScopesInData } from '../metrics';
import type { Language } from '../i18n';
import { isExperimentKpi } from './kpis';
import { say } from './messages';

export type GroupType = 'team' | 'rep';

export interface CheckedPlan {
  readonly kpi: KpiKey;
  readonly groupType: GroupType;
  readonly control: string;
  readonly variant: string;
  readonly baselineRate: number | null;
  readonly minLift: number;
}

export interface CheckedDraft extends CheckedPlan {
  readonly technique: string;
  readonly hypothesis: string;
  readonly start: number;
  readonly end: number;
  readonly baselineRate: number;
}

export type Errors = Record<string, string>;

const MAX_TEXT = { technique: 200, hypothesis: 1000 } as const;

function record(input: unknown): Record<string, unknown> {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
}

/** The data's name of a group, matched trimmed and in any case; undefined when unknown. */
function groupName(scopes: ScopesInData, type: GroupType, text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const wanted = text.trim().toLowerCase();
  const names = type === 'team' ? scopes.teams.map((t) => t.name) : scopes.reps;
  return names.find((n) => n.trim().toLowerCase() === wanted);
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function checkPlan(
  input: unknown,
  scopes: ScopesInData,
  language: Language,
  errors: Errors = {},
): CheckedPlan | undefined {
  const v = record(input);
  const kpi = isExperimentKpi(v.kpi) ? v.kpi : undefined;
  if (!kpi) errors.kpi = say(language, 'unknownKpi');
  const groupType = v.groupType === 'team' || v.groupType === 'rep' ? v.groupType : undefined;
  if (!groupType) errors.groupType = say(language, 'unknownGroupType');
  const group = (field: 'control' | 'variant') => {
    if (!groupType) return undefined;
    const text = typeof v[field] === 'string' ? (v[field] as string).trim() : '';
    if (text === '') {
      errors[field] = say(language, 'required');
      return undefined;
    }
    const name = groupName(scopes, groupType, text);
    if (!name)
      errors[field] = say(language, 'unknownGroup', { type: say(language, groupType), name: text });
    return name;
  };
  const control = group('control');
  const variant = group('variant');
  if (control && variant && control === variant) errors.variant = say(language, 'sameGroups');
  const baselineRate = finite(v.baselineRate);
  if (
    v.baselineRate !== undefined &&
    v.baselineRate !== null &&
    !(baselineRate! > 0 && baselineRate! < 1)
  )
    errors.baselineRate = say(language, 'badRate');
  const minLift = finite(v.minLift);
  if (minLift === null || minLift === 0 || minLift <= -1) errors.minLift = say(language, 'badLift');
  else if (baselineRate !== null && baselineRate > 0 && baselineRate < 1) {
    const lifted = baselineRate * (1 + minLift);
    if (!(lifted > 0 && lifted < 1))
      errors.minLift = say(language, 'liftOutOfRange', { rate: `${(lifted * 100).toFixed(1)} %` });
  }
  if (Object.keys(errors).length > 0) return undefined;
  return {
    kpi: kpi!,
    groupType: groupType!,
    control: control!,
    variant: variant!,
    baselineRate,
    minLift: minLift!,
  };
}

export function checkDraft(
  input: unknown,
  scopes: ScopesInData,
  language: Language,
): { draft?: CheckedDraft; errors: Errors } {
  const errors: Errors = {};
  const v = record(input);
  const text = (field: 'technique' | 'hypothesis', required: boolean) => {
    const value = typeof v[field] === 'string' ? (v[field] as string).trim() : '';
    if (required && value === '') errors[field] = say(language, 'required');
    if (value.length > MAX_TEXT[field])
      errors[field] = say(language, 'tooLong', { max: MAX_TEXT[field] });
    return value;
  };
  const technique = text('technique', true);
  const hypothesis = text('hypothesis', false);
  const day = (field: 'start' | 'end') => {
    const value = typeof v[field] === 'string' ? dayOfIsoText(v[field] as string) : undefined;
    if (value === undefined) errors[field] = say(language, 'badDate');
    return value;
  };
  const start = day('start');
  const end = day('end');
  if (start !== undefined && end !== undefined && end <= start)
    errors.end = say(language, 'endBeforeStart');
  if (v.baselineRate === undefined || v.baselineRate === null)
    errors.baselineRate = say(language, 'required');
  const plan = checkPlan(input, scopes, language, errors);
  if (!plan || Object.keys(errors).length > 0) return { errors };
  return {
    draft: {
      ...plan,
      technique,
      hypothesis,
      start: start!,
      end: end!,
      baselineRate: plan.baselineRate!,
    },
    errors,
  };
}
