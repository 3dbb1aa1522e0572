// Activity KPIs, from the Activities sheet by its Date column (scopes: company, team, rep).
// calls, emails: rows of that type. meetings: Meeting rows except those rescheduled or no-show
// (they did not take place; a blank outcome counts as held). significant_interactions: the
// points KPI_INTERACTION_SCORE gives with its default rules; its volume is the period's
// activities of any type.
import { interactionPoints, type InteractionRule } from '../../kpi/activity';
import { ACTIVITY_TYPES, OUTCOMES } from '../schema';
import { choiceIndex } from './choices';
import type { Tables } from './data';
import { type Measure, type MetricValue, periodMeasure, type Query } from './measure';

const CALL = choiceIndex(ACTIVITY_TYPES, 'call');
const EMAIL = choiceIndex(ACTIVITY_TYPES, 'email');
const MEETING = choiceIndex(ACTIVITY_TYPES, 'meeting');
const RESCHEDULED = choiceIndex(OUTCOMES, 'rescheduled');
const NO_SHOW = choiceIndex(OUTCOMES, 'noShow');

/** A Measure on the period's activities (a count or a sum: `total`). */
const activityMeasure = (compute: (rows: Int32Array, q: Query) => MetricValue): Measure =>
  periodMeasure('activities', 'date', true, compute);

function countOfType(type: number, skipOutcomes: readonly number[] = []): Measure {
  return activityMeasure((rows, q) => {
    const types = q.tables.column('activities', 'type');
    // Without an Outcome column nothing tells a meeting did not happen: all count.
    const outcomes = skipOutcomes.length ? q.tables.activities.outcome : undefined;
    let n = 0;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (types[r] !== type) continue;
      if (outcomes && skipOutcomes.includes(outcomes[r])) continue;
      n++;
    }
    return { value: n, volume: n };
  });
}

export const calls = countOfType(CALL);
export const emails = countOfType(EMAIL);
export const meetings = countOfType(MEETING, [RESCHEDULED, NO_SHOW]);

/**
 * KPI_INTERACTION_SCORE's default rules (1 point each: a call of 15 minutes or more, an email
 * with a positive reply, a webinar attended), written with the schema's choice keys because the
 * engine reads types and outcomes as choices, in English or French alike.
 */
const DEFAULT_RULES: readonly InteractionRule[] = [
  { types: new Set(['call']), minMinutes: 15, outcomes: null, points: 1 },
  { types: new Set(['email']), minMinutes: null, outcomes: new Set(['positiveReply']), points: 1 },
  { types: new Set(['webinar']), minMinutes: null, outcomes: new Set(['attended']), points: 1 },
];

const keyOf = (choices: readonly { key: string }[], code: number) =>
  code >= 0 ? choices[code].key : '';

/**
 * Each activity's points, computed once per workbook. The rules are applied by
 * interactionPoints itself, once per distinct (type, outcome, duration): a few thousand calls
 * for any number of rows.
 */
function pointsPerRow(tables: Tables): Float64Array {
  return tables.cached('activities.points', () => {
    const types = tables.column('activities', 'type');
    const { outcome, duration } = tables.activities;
    const points = new Float64Array(types.length);
    const memo = new Map<number | string, number>();
    for (let i = 0; i < types.length; i++) {
      const o = outcome ? outcome[i] : -1;
      const d = duration ? duration[i] : NaN;
      // Whole minutes (nearly all durations) make a numeric key; anything else a text key.
      const key =
        d >= 0 && d < 1e5 && Math.floor(d) === d
          ? ((types[i] + 3) * 64 + (o + 3)) * 1e5 + d
          : `${types[i]}|${o}|${d}`;
      let p = memo.get(key);
      if (p === undefined) {
        p = interactionPoints(
          [keyOf(ACTIVITY_TYPES, types[i])],
          [d],
          [keyOf(OUTCOMES, o)],
          DEFAULT_RULES,
        );
        memo.set(key, p);
      }
      points[i] = p;
    }
    return points;
  });
}

export const significantInteractions = activityMeasure((rows, q) => {
  const points = pointsPerRow(q.tables);
  let sum = 0;
  for (let k = 0; k < rows.length; k++) sum += points[rows[k]];
  return { value: sum, volume: rows.length };
});
