// The wizard's form state (what the inputs hold, numbers as typed), the six SMART steps and the
// fields each one owns, and the conversions between the form and the contract's ObjectiveDraft.
// Pure: no DOM, no server; unit-tested in Node.
import type {
  Frequency,
  KpiOption,
  MeasureResult,
  ObjectiveDraft,
  ScopeInput,
  ScopeType,
  WizardInit,
} from '../../src/server/wizard-contract';
import { numberInput, parseNumber } from '../shared/format';
import type { Language } from '../shared/i18n';
import { suggestedDeadline } from './dates';
import type { TextKey } from './texts';
import { targetFromInput, targetToInput, thresholdFromInput, thresholdToInput } from './units';

export interface FormState {
  /** Set when editing an existing objective. */
  id?: string;
  goal: string;
  kpi: string;
  /** Whether the KPI list shows every KPI rather than those serving the goal. */
  allKpis: boolean;
  scopeType: ScopeType | '';
  scopeName: string;
  who: string;
  what: string;
  where: string;
  how: string;
  targetMode: 'value' | 'change';
  target: string;
  /** The baseline an edited objective was saved with. */
  savedBaseline: number | null;
  /**
   * The measure key (KPI, scope, frequency) it was saved with: while they stay the same, the
   * objective keeps its saved baseline, as the server does; a change measures a new one.
   */
  savedKey?: string;
  start: string;
  deadline: string;
  frequency: Frequency;
  pairedKpi: string;
  owner: string;
  alertEnabled: boolean;
  alertMode: 'relative' | 'points';
  alertThreshold: string;
  alertDirection: 'down' | 'up';
  alertMinVolume: string;
  alertAction: string;
  alertOwner: string;
}

export const STEPS = [
  'specific',
  'measurable',
  'achievable',
  'realistic',
  'timebound',
  'review',
] as const;
export type StepName = (typeof STEPS)[number];

/** The contract's field paths (wizardCheck error keys) each step shows, in screen order. */
export const STEP_FIELDS: Readonly<Record<StepName, readonly string[]>> = {
  specific: ['goal', 'kpi', 'scope.type', 'scope.name', 'who', 'what', 'where', 'how'],
  measurable: ['baseline', 'targetMode', 'target'],
  achievable: [],
  realistic: ['pairedKpi'],
  timebound: ['start', 'deadline', 'frequency'],
  review: [
    'owner',
    'alert.enabled',
    'alert.mode',
    'alert.direction',
    'alert.threshold',
    'alert.minVolume',
    'alert.action',
    'alert.owner',
  ],
};

/** The field path each form key is shown as (the key of its errors). */
export const PATH_OF_KEY: Partial<Record<keyof FormState, string>> = {
  goal: 'goal',
  kpi: 'kpi',
  scopeType: 'scope.type',
  scopeName: 'scope.name',
  who: 'who',
  what: 'what',
  where: 'where',
  how: 'how',
  targetMode: 'targetMode',
  target: 'target',
  start: 'start',
  deadline: 'deadline',
  frequency: 'frequency',
  pairedKpi: 'pairedKpi',
  owner: 'owner',
  alertEnabled: 'alert.enabled',
  alertMode: 'alert.mode',
  alertThreshold: 'alert.threshold',
  alertDirection: 'alert.direction',
  alertMinVolume: 'alert.minVolume',
  alertAction: 'alert.action',
  alertOwner: 'alert.owner',
};

/** The paths whose values differ between two forms (their errors no longer apply). */
export function changedPaths(before: FormState, after: FormState): string[] {
  const paths: string[] = [];
  for (const [key, path] of Object.entries(PATH_OF_KEY)) {
    const k = key as keyof FormState;
    if (before[k] !== after[k] && path) paths.push(path);
  }
  // A different target mode or KPI changes what the baseline means.
  if (before.targetMode !== after.targetMode || before.kpi !== after.kpi) paths.push('baseline');
  return paths;
}

/** Server paths that name a group of fields: shown on the field the user would change. */
const ALIASES: Record<string, string> = {
  scope: 'scope.name',
  'scope.key': 'scope.name',
  targetValue: 'target',
  alert: 'alert.threshold',
};

/** A server path as one of STEP_FIELDS (or itself when unknown). */
export function normalizePath(path: string, form: FormState): string {
  if (path === 'scope' && form.scopeType === 'company') return 'scope.type';
  return ALIASES[path] ?? path;
}

/** The index of the step showing a field path; -1 for a path no step shows. */
export function stepOfPath(path: string): number {
  const i = STEPS.findIndex((s) => STEP_FIELDS[s].includes(path));
  if (i >= 0) return i;
  if (path.startsWith('alert.')) return STEPS.indexOf('review');
  if (path.startsWith('scope.')) return STEPS.indexOf('specific');
  return -1;
}

/** The DOM id of a field's control ("alert.threshold" → "f-alert-threshold"). */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

export function kpiOf(init: WizardInit, key: string): KpiOption | undefined {
  return init.kpis.find((k) => k.key === key);
}

export function newForm(init: WizardInit): FormState {
  return {
    goal: '',
    kpi: '',
    allKpis: false,
    scopeType: 'company',
    scopeName: '',
    who: '',
    what: '',
    where: '',
    how: '',
    targetMode: 'change',
    target: '',
    savedBaseline: null,
    start: init.today,
    deadline: init.suggestedDeadline ?? suggestedDeadline(init.today),
    frequency: 'monthly',
    pairedKpi: '',
    owner: init.user,
    alertEnabled: true,
    alertMode: 'relative',
    alertThreshold: '10',
    alertDirection: 'down',
    alertMinVolume: '0',
    alertAction: '',
    alertOwner: init.user,
  };
}

/**
 * The form after picking another KPI: its default frequency and alert rule (with the article's
 * corrective action), no paired KPI, and a scope type it supports.
 */
export function withKpi(form: FormState, kpi: KpiOption, lang: Language): FormState {
  const scopeOk = form.scopeType !== '' && kpi.scopes.includes(form.scopeType);
  return {
    ...form,
    kpi: kpi.key,
    scopeType: scopeOk ? form.scopeType : kpi.scopes[0],
    scopeName: scopeOk ? form.scopeName : '',
    frequency: kpi.frequency,
    pairedKpi: '',
    alertEnabled: kpi.alert.enabled,
    alertMode: kpi.alert.mode,
    alertThreshold: thresholdToInput(kpi.alert.threshold, kpi.alert.mode, kpi.unit, lang),
    alertDirection: kpi.alert.direction,
    alertMinVolume: numberInput(kpi.alert.minVolume, lang),
    alertAction: kpi.alert.action,
    alertOwner: form.alertOwner || kpi.alert.owner || form.owner,
  };
}

export function scopeOf(form: FormState): ScopeInput {
  const type = form.scopeType === '' ? 'company' : form.scopeType;
  return type === 'company' ? { type } : { type, name: form.scopeName.trim() };
}

/** The cache key of a measure: the same KPI, scope and frequency give the same numbers. */
export function measureKey(form: FormState): string {
  return JSON.stringify([form.kpi, scopeOf(form), form.frequency]);
}

/** Whether an edited objective keeps the baseline it was saved with (same KPI, scope, frequency). */
export function keepsSavedBaseline(form: FormState): boolean {
  return form.savedKey !== undefined && form.savedKey === measureKey(form);
}

/** The baseline the objective is measured from: the saved one if kept, else the fresh measure's. */
export function baselineOf(form: FormState, measure: MeasureResult | null): number | null {
  if (keepsSavedBaseline(form)) return form.savedBaseline;
  return measure ? measure.baseline : null;
}

/**
 * The ObjectiveDraft sent to wizardCheck and wizardSave. A number that does not parse is sent
 * as NaN's JSON-safe stand-in 0 only for steps not yet validated: the client validates each step
 * before leaving it, and the server validates everything again.
 */
export function toDraft(
  form: FormState,
  kpi: KpiOption | undefined,
  measure: MeasureResult | null,
  lang: Language,
): ObjectiveDraft {
  const unit = kpi?.unit ?? 'count';
  const target = targetFromInput(form.target, form.targetMode, unit, lang);
  const threshold = thresholdFromInput(form.alertThreshold, form.alertMode, unit, lang);
  const minVolume = parseNumber(form.alertMinVolume, lang);
  const draft: ObjectiveDraft = {
    goal: form.goal,
    kpi: form.kpi,
    scope: scopeOf(form),
    who: form.who.trim(),
    what: form.what.trim(),
    where: form.where.trim(),
    how: form.how.trim(),
    baseline: baselineOf(form, measure),
    targetMode: form.targetMode,
    target: target ?? 0,
    start: form.start,
    deadline: form.deadline,
    frequency: form.frequency,
    owner: form.owner.trim(),
    alert: {
      mode: form.alertMode,
      threshold: threshold ?? 0,
      direction: form.alertDirection,
      minVolume: minVolume ?? 0,
      action: form.alertAction.trim(),
      owner: form.alertOwner.trim(),
      enabled: form.alertEnabled,
    },
  };
  if (form.id !== undefined) draft.id = form.id;
  if (form.pairedKpi !== '') draft.pairedKpi = form.pairedKpi;
  return draft;
}

/** The form of a saved objective (wizardLoad), numbers written back as the user types them. */
export function fromDraft(draft: ObjectiveDraft, init: WizardInit, lang: Language): FormState {
  const unit = kpiOf(init, draft.kpi)?.unit ?? 'count';
  const form: FormState = {
    id: draft.id,
    goal: draft.goal,
    kpi: draft.kpi,
    allKpis: !init.kpis.some((k) => k.key === draft.kpi && k.goals.includes(draft.goal)),
    scopeType: draft.scope.type,
    scopeName: draft.scope.name ?? '',
    who: draft.who,
    what: draft.what,
    where: draft.where,
    how: draft.how,
    targetMode: draft.targetMode,
    target: targetToInput(draft.target, draft.targetMode, unit, lang),
    savedBaseline: draft.baseline,
    start: draft.start,
    deadline: draft.deadline,
    frequency: draft.frequency,
    pairedKpi: draft.pairedKpi ?? '',
    owner: draft.owner,
    alertEnabled: draft.alert.enabled,
    alertMode: draft.alert.mode,
    alertThreshold: thresholdToInput(draft.alert.threshold, draft.alert.mode, unit, lang),
    alertDirection: draft.alert.direction,
    alertMinVolume: numberInput(draft.alert.minVolume, lang),
    alertAction: draft.alert.action,
    alertOwner: draft.alert.owner,
  };
  return { ...form, savedKey: measureKey(form) };
}

/** A message to show: a text key and its parameters (translated by the view). */
export interface Message {
  key: TextKey;
  params?: Record<string, string | number>;
}
