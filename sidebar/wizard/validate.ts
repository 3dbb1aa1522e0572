// Client-side validation of each step, field by field (keyed by the contract's field paths, as
// the server's wizardCheck errors are). It spares a round trip for the obvious mistakes; the
// server checks everything again on save and its errors are shown the same way.
import type { MeasureResult, WizardInit } from '../../src/server/wizard-contract';
import { parseNumber } from '../shared/format';
import type { Language } from '../shared/i18n';
import { MAX_ACTION, MAX_TEXT } from '../../src/addon/objectives/rules';
import { isIsoDay } from './dates';
import { formatKpiValue, isLevel, targetFromInput, targetValue } from './units';
import { baselineOf, kpiOf, type FormState, type Message, type StepName } from './model';

export type FieldErrors = Record<string, Message>;

export interface ValidationContext {
  init: WizardInit;
  measure: MeasureResult | null;
  lang: Language;
}

function text(errors: FieldErrors, path: string, value: string, required: boolean, max: number) {
  const v = value.trim();
  if (required && v === '') errors[path] = { key: 'err.text' };
  else if (v.length > max) errors[path] = { key: 'err.tooLong', params: { max } };
}

/** The names a scope type can take, as wizardInit listed them. */
export function scopeNames(init: WizardInit, type: string): string[] {
  if (type === 'team') return init.scopes.teams;
  if (type === 'rep') return init.scopes.reps.map((r) => r.name);
  if (type === 'segment') return init.scopes.segments;
  return [];
}

function specific(form: FormState, ctx: ValidationContext, errors: FieldErrors): void {
  if (!ctx.init.goals.some((g) => g.key === form.goal)) errors.goal = { key: 'err.goal' };
  const kpi = kpiOf(ctx.init, form.kpi);
  if (form.kpi === '') errors.kpi = { key: 'err.kpi' };
  else if (!kpi) errors.kpi = { key: 'err.kpiUnknown' };
  if (form.scopeType === '') errors['scope.type'] = { key: 'err.scopeType' };
  else if (kpi && !kpi.scopes.includes(form.scopeType)) {
    errors['scope.type'] = { key: 'err.scopeUnsupported', params: { kpi: kpi.name } };
  } else if (form.scopeType !== 'company') {
    const name = form.scopeName.trim();
    const known = scopeNames(ctx.init, form.scopeType).map((n) => n.toLowerCase());
    if (name === '') errors['scope.name'] = { key: 'err.choose' };
    else if (!known.includes(name.toLowerCase())) {
      errors['scope.name'] = { key: 'err.scopeNameUnknown', params: { name } };
    }
  }
  text(errors, 'who', form.who, true, MAX_TEXT);
  text(errors, 'what', form.what, true, MAX_TEXT);
  text(errors, 'where', form.where, false, MAX_TEXT);
  text(errors, 'how', form.how, false, MAX_TEXT);
}

function measurable(form: FormState, ctx: ValidationContext, errors: FieldErrors): void {
  const kpi = kpiOf(ctx.init, form.kpi);
  const unit = kpi?.unit;
  const baseline = baselineOf(form, ctx.measure);
  const n = parseNumber(form.target, ctx.lang);
  const example =
    form.targetMode === 'change'
      ? '10'
      : unit === 'rate'
        ? '35'
        : unit === 'points'
          ? '50'
          : unit === 'days'
            ? '30'
            : '120';
  if (n === null) {
    errors.target = { key: 'err.number', params: { example } };
    return;
  }
  if (form.targetMode === 'change') {
    if (baseline === null || baseline === 0) errors.targetMode = { key: 'err.noBaseline' };
    if (n === 0) errors.target = { key: 'err.changeZero' };
    else if (n <= -100) errors.target = { key: 'err.changeTooLow' };
  } else if (unit === 'rate' && (n < 0 || n > 100)) {
    errors.target = { key: 'err.rateRange' };
  } else if (unit === 'points' && (n < -100 || n > 100)) {
    errors.target = { key: 'err.npsRange' };
  } else if (unit !== 'points' && n < 0) {
    errors.target = { key: 'err.negative' };
  }
  if (errors.target || errors.targetMode || !kpi || !isLevel(kpi) || baseline === null) return;
  // A level target must improve on the baseline: progress runs from one to the other.
  const value = targetValue(
    targetFromInput(form.target, form.targetMode, kpi.unit, ctx.lang)!,
    form.targetMode,
    baseline,
  );
  const sign = kpi.higherIsBetter ? 1 : -1;
  if (value !== null && !(sign * (value - baseline) > 0)) {
    errors.target = {
      key: kpi.higherIsBetter ? 'err.notAbove' : 'err.notBelow',
      params: { baseline: formatKpiValue(baseline, kpi.unit, ctx.lang) },
    };
  }
}

function realistic(form: FormState, ctx: ValidationContext, errors: FieldErrors): void {
  const kpi = kpiOf(ctx.init, form.kpi);
  if (!kpi?.isVolume) return;
  if (form.pairedKpi === '') errors.pairedKpi = { key: 'err.pairedKpi' };
  else if (!kpi.pairs.includes(form.pairedKpi)) errors.pairedKpi = { key: 'err.pairedKpiInvalid' };
}

function timebound(form: FormState, ctx: ValidationContext, errors: FieldErrors): void {
  if (!isIsoDay(form.start)) errors.start = { key: 'err.date' };
  if (!isIsoDay(form.deadline)) errors.deadline = { key: 'err.date' };
  else if (isIsoDay(form.start) && form.deadline <= form.start) {
    errors.deadline = { key: 'err.deadlineOrder' };
  }
  if (!ctx.init.frequencies.some((f) => f.key === form.frequency)) {
    errors.frequency = { key: 'err.choose' };
  }
}

function review(form: FormState, ctx: ValidationContext, errors: FieldErrors): void {
  text(errors, 'owner', form.owner, true, MAX_TEXT);
  if (errors.owner?.key === 'err.text') errors.owner = { key: 'err.owner' };
  if (!form.alertEnabled) return;
  const threshold = parseNumber(form.alertThreshold, ctx.lang);
  if (threshold === null || threshold <= 0) errors['alert.threshold'] = { key: 'err.threshold' };
  const volume = parseNumber(form.alertMinVolume, ctx.lang);
  if (volume === null || volume < 0 || !Number.isInteger(volume)) {
    errors['alert.minVolume'] = { key: 'err.minVolume' };
  }
  text(errors, 'alert.action', form.alertAction, true, MAX_ACTION);
  if (errors['alert.action']?.key === 'err.text') errors['alert.action'] = { key: 'err.action' };
  text(errors, 'alert.owner', form.alertOwner, true, MAX_TEXT);
  if (errors['alert.owner']?.key === 'err.text') errors['alert.owner'] = { key: 'err.owner' };
}

const RULES: Record<StepName, (f: FormState, c: ValidationContext, e: FieldErrors) => void> = {
  specific,
  measurable,
  achievable: () => undefined,
  realistic,
  timebound,
  review,
};

/** The errors of one step's fields (empty when the step is valid). */
export function validateStep(step: StepName, form: FormState, ctx: ValidationContext): FieldErrors {
  const errors: FieldErrors = {};
  RULES[step](form, ctx, errors);
  return errors;
}
