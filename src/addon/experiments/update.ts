// Bringing running experiments up to date (pure): each group's successes and subjects from the
// experiment's start to its end (or to today while it runs), from the metrics engine; an
// experiment whose end has passed is concluded with its final counts, and a concluded one is
// never recounted, so its verdict stays as it was logged. Also the summaries the page shows.
import { kpiEntry, type WorkbookData } from '../metrics';
import type { Language } from '../i18n';
import { isoOfDay } from '../objectives/dates';
import { groupCounts, type Counts } from './kpis';
import { say } from './messages';
import { requiredSample, scopeOfGroup } from './plan';
import type { ExperimentRecord } from './rows';
import { verdictOf, type Verdict } from './verdict';

export interface CountUpdate {
  readonly index: number;
  readonly control: Counts;
  readonly variant: Counts;
  readonly concluded: boolean;
}

/** The counts of one experiment as of today, or undefined when its row cannot be read. */
export function countsOf(
  data: WorkbookData,
  record: ExperimentRecord,
  today: number,
): CountUpdate | undefined {
  const { kpi, groupType, start, end } = record;
  if (!kpi || !groupType || start === null || end === null || !countable(record)) return undefined;
  const to = Math.min(end, today) + 1;
  const count = (name: string) => groupCounts(data, kpi, scopeOfGroup(groupType, name), start, to);
  return {
    index: record.index,
    control: count(record.control),
    variant: count(record.variant),
    concluded: end < today,
  };
}

/** The row holds what counting needs (a KPI, group type, both groups and both days). */
export function countable(record: ExperimentRecord): boolean {
  const { kpi, groupType, start, end, control, variant } = record;
  return !!kpi && !!groupType && start !== null && end !== null && !!control && !!variant;
}

/** The updates of every running experiment. */
export function updatesOf(
  data: WorkbookData,
  records: readonly ExperimentRecord[],
  today: number,
): CountUpdate[] {
  const out: CountUpdate[] = [];
  for (const record of records) {
    if (record.concluded) continue;
    const update = countsOf(data, record, today);
    if (update) out.push(update);
  }
  return out;
}

/** A record with its update applied. */
export function applied(
  record: ExperimentRecord,
  update: CountUpdate | undefined,
): ExperimentRecord {
  if (!update) return record;
  return {
    ...record,
    counts: { control: update.control, variant: update.variant },
    concluded: update.concluded,
  };
}

export interface Summary {
  readonly id: string;
  readonly technique: string;
  readonly hypothesis: string;
  readonly kpi: string;
  readonly kpiName: string;
  readonly groupType: 'team' | 'rep';
  readonly start: string;
  readonly end: string;
  readonly baselineRate: number | null;
  readonly minLift: number | null;
  readonly sampleSize: number | null;
  readonly control: { name: string; successes: number; total: number; rate: number | null };
  readonly variant: { name: string; successes: number; total: number; rate: number | null };
  readonly lift: number | null;
  readonly pValue: number | null;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly status: 'running' | 'concluded';
  readonly progress: number;
}

export function summaryOf(record: ExperimentRecord, language: Language): Summary {
  const n =
    record.baselineRate !== null && record.minLift !== null
      ? requiredSample(record.baselineRate, record.minLift)
      : null;
  const result = verdictOf({ ...record.counts, sampleSize: n, concluded: record.concluded });
  const { control, variant } = record.counts;
  const smaller = Math.min(control.total, variant.total);
  return {
    id: record.id,
    technique: record.technique,
    hypothesis: record.hypothesis,
    kpi: record.kpi ?? '',
    kpiName: record.kpi ? kpiEntry(record.kpi).name[language] : '',
    groupType: record.groupType ?? 'team',
    start: record.start === null ? '' : isoOfDay(record.start),
    end: record.end === null ? '' : isoOfDay(record.end),
    baselineRate: record.baselineRate,
    minLift: record.minLift,
    sampleSize: n,
    control: { name: record.control, ...control, rate: result.controlRate },
    variant: { name: record.variant, ...variant, rate: result.variantRate },
    lift: result.lift,
    pValue: result.pValue,
    verdict: result.verdict,
    verdictLabel: say(language, result.verdict),
    status: record.concluded ? 'concluded' : 'running',
    progress: n === null || n === 0 ? 0 : Math.min(1, smaller / n),
  };
}
