// The wizard's data as the sidebar receives it (wizard-contract.ts): JSON-safe, days as ISO texts,
// labels in the user's language, numbers also formatted for display.
import { alertSettingsOf, defaultAlert } from '../addon/objectives/alert-rule';
import type { CheckOutcome } from '../addon/objectives/check';
import { isCumulative } from '../addon/objectives/cumulative';
import { isoOfDay, periodName } from '../addon/objectives/dates';
import type { Measurement } from '../addon/objectives/measure';
import type { AlertSettings } from '../addon/objectives/model';
import {
  baselineText,
  type SentenceAlert,
  smartSentence,
  targetText,
  value,
} from '../addon/objectives/sentence';
import {
  CATALOGUE,
  CATEGORY_NAMES,
  explainText,
  kpiEntry,
  type KpiKey,
  type Scope,
} from '../addon/metrics';
import { OBJECTIVE_STATUSES, SCOPE_TYPES } from '../addon/schema';
import type { Language } from '../addon/i18n';
import type { ObjectiveBook } from '../addon/objectives/repository';
import type { AlertRow } from '../addon/workbook/alerts-sheet';
import type { ObjectiveRecord } from '../addon/workbook/objectives-sheet';
import type {
  CheckResult,
  KpiOption,
  MeasureResult,
  ObjectiveDraft,
  ObjectiveSummary,
  ScopeInput,
} from './wizard-contract';

export function kpiOptions(language: Language, owner: string): KpiOption[] {
  return CATALOGUE.map((e) => {
    const explain = explainText(e.key, language);
    return {
      key: e.key,
      name: e.name[language],
      definition: e.definition[language],
      ...(explain === undefined ? {} : { explain }),
      category: e.category,
      categoryLabel: CATEGORY_NAMES[e.category][language],
      unit: e.unit,
      higherIsBetter: e.higherIsBetter,
      isVolume: e.isVolume,
      cumulative: isCumulative(e.key),
      pairs: [...e.pairs],
      goals: [...e.goals],
      frequency: e.frequency,
      scopes: [...e.scopes],
      alert: defaultAlert(e.key, language, owner),
    };
  });
}

export function measureResult(m: Measurement, kpi: KpiKey, language: Language): MeasureResult {
  const entry = kpiEntry(kpi);
  const show = (v: number | null) => (v === null ? '—' : value(kpi, v, language));
  const h = m.history;
  const volume = `${m.baseline.volume} ${entry.volume[language]}`;
  return {
    baseline: m.baseline.value,
    baselineLabel: `${periodName(m.baseline.start, m.period, language)} (${volume})`,
    baselineVolume: m.baseline.volume,
    unit: entry.unit,
    history: {
      periods: h.defined,
      worst: h.worst,
      median: h.median,
      best: h.best,
      points: h.periods.map((p) => ({
        start: isoOfDay(p.start),
        value: p.value,
        volume: p.volume,
      })),
    },
    formatted: {
      baseline: show(m.baseline.value),
      worst: show(h.worst),
      median: show(h.median),
      best: show(h.best),
    },
  };
}

/** The Measurable cell: "Calls: 52 a week (week of 9 November 2026) → 700 in total". */
export function measurableText(outcome: CheckOutcome, language: Language): string {
  const o = outcome.objective;
  const m = outcome.measurement;
  if (!o) return '';
  const name = kpiEntry(o.kpi).name[language];
  const to = targetText(o.kpi, o.targetValue, language);
  if (o.baseline === null)
    return `${name}: ${language === 'fr' ? 'sans valeur de départ' : 'no baseline'} → ${to}`;
  const from = baselineText(o, o.baseline, language);
  const when = m ? ` (${periodName(m.baseline.start, m.period, language)})` : '';
  return `${name}: ${from}${when} → ${to}`;
}

export function checkResult(outcome: CheckOutcome, extraWarnings: string[] = []): CheckResult {
  return {
    ok: Object.keys(outcome.errors).length === 0,
    errors: outcome.errors,
    warnings: [...outcome.warnings, ...extraWarnings],
    targetValue: outcome.targetValue,
    ...(outcome.verdict ? { verdict: outcome.verdict } : {}),
    ...(outcome.alignment ? { alignment: outcome.alignment } : {}),
    ...(outcome.goodhart ? { goodhart: outcome.goodhart } : {}),
    sentence: outcome.sentence,
  };
}

function scopeInput(scope: Scope | undefined): ScopeInput {
  if (!scope || scope.type === 'company') return { type: 'company' };
  return { type: scope.type, name: scope.name };
}

function scopeLabel(scope: Scope | undefined, language: Language): string {
  if (!scope) return '';
  const type = SCOPE_TYPES.find((s) => s.key === scope.type)![language];
  return scope.type === 'company' ? type : `${type} ${scope.name}`;
}

/** The rule as the sentence tells it, when the row gives its mode, threshold and direction. */
function sentenceAlert(rule: Partial<AlertSettings> | undefined): SentenceAlert | undefined {
  if (!rule?.mode || rule.threshold === undefined || !rule.direction) return undefined;
  const { mode, threshold, direction, owner, enabled } = rule;
  return { mode, threshold, direction, owner, enabled };
}

export function objectiveSummary(
  r: ObjectiveRecord,
  language: Language,
  alert?: Partial<AlertSettings>,
): ObjectiveSummary {
  const kpi = r.kpi;
  const target = r.target ?? 0;
  return {
    id: r.id,
    kpi: kpi ?? '',
    kpiName: kpi ? kpiEntry(kpi).name[language] : '',
    scope: scopeInput(r.scope),
    scopeLabel: scopeLabel(r.scope, language),
    target,
    targetLabel: kpi && r.target !== undefined ? targetText(kpi, target, language) : '',
    deadline: r.deadline === undefined ? '' : isoOfDay(r.deadline),
    // An unreadable status shows as active (the alert check, stricter, skips such a row's pace).
    status: OBJECTIVE_STATUSES.find((s) => s.key === (r.status ?? 'active'))![language],
    sentence: kpi
      ? smartSentence(
          {
            ...r,
            kpi,
            scope: r.scope,
            baseline: r.baseline,
            target: r.target,
            pairedKpi: r.pairedKpi,
            alert: sentenceAlert(alert),
          },
          language,
        )
      : '',
  };
}

/** A saved objective as the wizard's draft (its target as the value saved). */
export function draftOfRecord(
  r: ObjectiveRecord,
  alert: AlertRow | undefined,
  language: Language,
): ObjectiveDraft | { missing: string[] } {
  const missing: string[] = [];
  if (!r.kpi) missing.push('kpi');
  if (!r.scope) missing.push('scope');
  if (r.target === undefined) missing.push('target');
  if (r.start === undefined) missing.push('start');
  if (r.deadline === undefined) missing.push('deadline');
  if (
    !r.kpi ||
    !r.scope ||
    r.target === undefined ||
    r.start === undefined ||
    r.deadline === undefined
  )
    return { missing };
  const entry = kpiEntry(r.kpi);
  const fallback = defaultAlert(r.kpi, language, r.owner);
  const rule = alert ? alertSettingsOf(alert) : {};
  const draft: ObjectiveDraft = {
    id: r.id,
    goal: r.goal ?? entry.goals[0],
    kpi: r.kpi,
    scope: scopeInput(r.scope),
    who: r.who,
    what: r.what,
    where: r.where,
    how: r.how,
    baseline: r.baseline,
    targetMode: 'value',
    target: r.target,
    start: isoOfDay(r.start),
    deadline: isoOfDay(r.deadline),
    frequency: r.frequency ?? entry.frequency,
    owner: r.owner,
    alert: {
      mode: rule.mode ?? fallback.mode,
      threshold: rule.threshold ?? fallback.threshold,
      direction: rule.direction ?? fallback.direction,
      minVolume: rule.minVolume ?? fallback.minVolume,
      action: rule.action || fallback.action,
      owner: rule.owner || r.owner,
      enabled: alert ? (rule.enabled ?? true) : fallback.enabled,
    },
  };
  if (r.pairedKpi) draft.pairedKpi = r.pairedKpi;
  return draft;
}

/** The objective list of a book, each sentence with the objective's alert rule. */
export function summaries(book: ObjectiveBook, language: Language): ObjectiveSummary[] {
  return listed(book.records, book.rules, language);
}

/** The objective list, each sentence with the objective's alert rule. */
export function listed(
  objectives: readonly ObjectiveRecord[],
  alerts: readonly AlertRow[],
  language: Language,
): ObjectiveSummary[] {
  const rules = new Map(alerts.map((a) => [a.objectiveId, a]));
  return objectives.map((r) => {
    const rule = rules.get(r.id);
    return objectiveSummary(r, language, rule && alertSettingsOf(rule));
  });
}
