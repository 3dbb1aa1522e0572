// The whole check of a draft (wizardCheck, and wizardSave before it writes): the field checks of
// validate.ts, then what needs the workbook: the baseline measured on the data (an edited
// objective keeps the baseline it was saved with, unless its KPI, scope or frequency changed),
// the target as a KPI value in range and better than the baseline, the achievability verdict
// against the history, the alignment with the strategic goal, the Goodhart reason, the warning
// for a crowded scope, and the SMART sentence.
import {
  achievability,
  formatValue,
  GOODHART_REASON,
  kpiEntry,
  type KpiKey,
  MAX_ACTIVE_OBJECTIVES_PER_SCOPE,
  MetricError,
  type Verdict,
  type WorkbookData,
} from '../metrics';
import { achievabilityText } from '../metrics/achievability-words';
import { formatNumber, periodNoun } from '../metrics/format';
import type { Language } from '../i18n';
import { alignment, goalName } from './alignment';
import { isCumulative, periodsInWindow } from './cumulative';
import { say } from './messages';
import { measure, type Measurement } from './measure';
import type { ObjectiveFields } from './model';
import type { ObjectiveRecord } from '../workbook/objectives-sheet';
import { sameScope } from './scopes';
import { perPeriodText, scopePhrase, smartSentence } from './sentence';
import { targetValue } from './target';
import { fieldText, fieldTexts } from './note-words';
import { type DraftContext, readDraft } from './validate';

export interface CheckEnv extends DraftContext {
  /** The reader's: the check says every note and sentence in it. */
  readonly language: Language;
  readonly data: WorkbookData;
  /** The objectives already in the sheet. */
  readonly existing: readonly ObjectiveRecord[];
}

/** A checked objective, ready to be written. */
export interface CheckedObjective extends ObjectiveFields {
  readonly baseline: number | null;
  readonly targetValue: number;
  readonly achievable: string;
  readonly realistic: string;
}

export interface CheckOutcome {
  readonly errors: Record<string, string>;
  readonly warnings: string[];
  readonly targetValue: number | null;
  readonly verdict?: { readonly verdict: Verdict; readonly reason: string };
  readonly alignment?: string;
  readonly goodhart?: string;
  readonly sentence: string;
  readonly measurement?: Measurement;
  readonly baseline?: number | null;
  readonly objective?: CheckedObjective;
}

export function checkDraft(input: unknown, env: CheckEnv): CheckOutcome {
  const reading = readDraft(input, env);
  const f = reading.fields;
  const lang = env.language;
  const errors = fieldTexts(reading.errors, lang);
  const warnings = reading.warnings.map((note) => fieldText(note, lang));
  const record = f.id === undefined ? undefined : env.existing.find((o) => o.id === f.id);
  if (f.id !== undefined && !record) errors.id = say(lang, 'id.missing', { id: f.id });

  let m: Measurement | undefined;
  let baseline: number | null | undefined;
  if (f.kpi && f.scope && f.frequency) {
    try {
      m = measure(env.data, f.kpi, f.scope, f.frequency, env.today);
      const kept =
        record &&
        record.kpi === f.kpi &&
        record.frequency === f.frequency &&
        record.scope !== undefined &&
        sameScope(record.scope, f.scope);
      baseline = kept ? record.baseline : m.baseline.value;
    } catch (e) {
      if (!(e instanceof MetricError)) throw e;
      errors.kpi = e.message;
    }
  }

  let target: number | null = null;
  if (f.kpi && f.targetMode && f.target !== undefined && baseline !== undefined) {
    const window =
      f.start !== undefined && f.deadline !== undefined && f.frequency
        ? { start: f.start, deadline: f.deadline, frequency: f.frequency }
        : undefined;
    const outcome = targetValue(f.kpi, f.targetMode, f.target, baseline, window);
    if ('value' in outcome) target = outcome.value;
    else if ('problem' in outcome && !(outcome.problem.path in errors)) {
      const b = outcome.problem.baseline;
      errors[outcome.problem.path] = say(lang, outcome.problem.key, {
        baseline: b === undefined ? '' : formatValue(b, kpiEntry(f.kpi).unit, lang),
      });
    }
  }

  const verdict =
    m && f.kpi && target !== null ? judge(f, m, baseline ?? null, target, lang) : undefined;
  const aligned = f.kpi && f.goal ? alignment(f.kpi, f.goal, lang) : undefined;
  if (aligned && !aligned.aligned && f.kpi && f.goal) {
    const names = { kpi: kpiEntry(f.kpi).name[lang], goal: goalName(f.goal, lang) };
    warnings.push(say(lang, 'warning.misaligned', names));
  }
  if (f.kpi && !isCumulative(f.kpi) && baseline === null)
    warnings.push(say(lang, 'warning.noBaseline'));
  if (f.scope) {
    const scope = f.scope;
    const others = env.existing.filter(
      // An unreadable status counts as active, as the wizard's list shows it.
      (o) =>
        (o.status ?? 'active') === 'active' &&
        o.id !== f.id &&
        o.scope &&
        sameScope(o.scope, scope),
    ).length;
    if (others >= MAX_ACTIVE_OBJECTIVES_PER_SCOPE) {
      const who = scopePhrase(scope, lang).replace(/^(for|pour)\s+/, '');
      warnings.push(
        say(lang, 'warning.tooMany', {
          scope: who.charAt(0).toUpperCase() + who.slice(1),
          count: others,
          max: MAX_ACTIVE_OBJECTIVES_PER_SCOPE,
        }),
      );
    }
  }
  const goodhart = f.kpi ? goodhartReason(f.kpi, lang) : undefined;
  const sentence = f.kpi
    ? smartSentence({ ...f, kpi: f.kpi, baseline, target: target ?? undefined }, lang)
    : '';
  const ok = Object.keys(errors).length === 0;
  const objective =
    ok && target !== null && baseline !== undefined && verdict && aligned
      ? ({
          ...(f as ObjectiveFields),
          baseline,
          targetValue: target,
          achievable: verdict.reason,
          realistic: realisticText(aligned.text, f.pairedKpi, lang),
        } satisfies CheckedObjective)
      : undefined;
  return {
    errors,
    warnings,
    targetValue: target,
    ...(verdict ? { verdict } : {}),
    ...(aligned ? { alignment: aligned.text } : {}),
    ...(goodhart ? { goodhart } : {}),
    sentence,
    ...(m ? { measurement: m } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
    ...(objective ? { objective } : {}),
  };
}

/**
 * The verdict: a level target against the history as it is; a cumulative total through its
 * per-period equivalent (undefined until the window is known).
 */
function judge(
  f: Partial<ObjectiveFields>,
  m: Measurement,
  baseline: number | null,
  target: number,
  lang: Language,
): { verdict: Verdict; reason: string } | undefined {
  const kpi = f.kpi as KpiKey;
  if (!isCumulative(kpi)) {
    const a = achievability(m.history, baseline, target);
    return { verdict: a.verdict, reason: achievabilityText(a, lang) };
  }
  if (f.start === undefined || f.deadline === undefined || !f.frequency) return undefined;
  const periods = periodsInWindow(f.start, f.deadline, f.frequency);
  const perPeriod = target / periods;
  const a = achievability(m.history, baseline, perPeriod);
  const unit = kpiEntry(kpi).unit;
  const lead = say(lang, 'verdict.perPeriod', {
    total: formatValue(target, unit, lang),
    n: formatNumber(periods, 1, lang),
    noun: periodNoun(m.period, lang),
    each: formatValue(perPeriod, unit, lang),
    per: perPeriodText(f.frequency, lang),
  });
  return { verdict: a.verdict, reason: lead + achievabilityText(a, lang) };
}

/** Why a volume KPI needs its pair (Goodhart), in the user's language; undefined otherwise. */
function goodhartReason(kpi: KpiKey, language: Language): string | undefined {
  return kpiEntry(kpi).isVolume ? GOODHART_REASON[language] : undefined;
}

function realisticText(alignmentText: string, pair: KpiKey | undefined, lang: Language): string {
  if (!pair) return alignmentText;
  return `${alignmentText} ${say(lang, 'realistic.paired', { name: kpiEntry(pair).name[lang] })}`;
}
