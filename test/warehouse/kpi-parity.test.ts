// The definitions describe today's path: on seeded workbooks (local/warehouse/generate.ts), the
// JavaScript evaluator of each warehouse KPI gives, for the whole company and each period, what
// the src/kpi functions behind the =KPI_* functions and the add-on's metrics give for the same
// rows (selected here by hand, read here independently: time-zone days by Intl directly; the
// activity types and outcomes as the add-on reads its choices). Retention is checked against the
// add-on's metrics engine itself (its sheet path over the same customers).
import { AS_OF, generateTables, TIME_ZONE } from '../../local/warehouse/generate';
import { computeMetric, type WorkbookData } from '../../src/addon/metrics';
import { choiceIndex, choiceMatcher } from '../../src/addon/metrics/choices';
import { REFERRAL_LABELS } from '../../src/functions/customers';
import { ACTIVITY_TYPES, OUTCOMES } from '../../src/addon/schema';
import { interactionPoints, type InteractionRule } from '../../src/kpi/activity';
import { cohortRetention } from '../../src/kpi/cohorts';
import { countMatching, csatCounts, npsCounts, npsOf } from '../../src/kpi/customers';
import { addPeriods, dayFromYmd, periodStart } from '../../src/kpi/days';
import { conversionCounts, cycleLengths, funnelCounts, winLossCounts } from '../../src/kpi/funnel';
import {
  marginRate,
  marginTotals,
  presentValues,
  segmentProfitability,
  sumPresent,
} from '../../src/kpi/results';
import { mean, median } from '../../src/kpi/stats';
import { dateSpan, trend } from '../../src/kpi/trend';
import type { Cell, ResultTable, WarehousePeriod } from '../../src/warehouse/api';
import { definitionOf } from '../../src/warehouse/definitions';
import { evaluateKpi, type RowTables } from '../../src/warehouse/evaluate';
import { finishResult } from '../../src/warehouse/finish';
import { close } from './compare';

const SEEDS = Array.from({ length: 90 }, (_, i) => i + 1);
const PERIODS: readonly WarehousePeriod[] = ['day', 'week', 'month'];

const dayIso = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return dayFromYmd(y, m, d);
};
const isoDay = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const AS_OF_DAY = dayIso(AS_OF);
const zoneFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const readers = {
  date: (c: Cell) => (typeof c === 'string' ? dayIso(c) : NaN),
  instant: (c: Cell) =>
    c === null ? NaN : dayIso(zoneFormat.format(typeof c === 'number' ? c : Date.parse(String(c)))),
  number: (c: Cell) => (typeof c === 'number' ? c : NaN),
  text: (c: Cell) => (c === null ? '' : String(c).trim()),
};
function col<T>(t: ResultTable, key: string, read: (c: Cell) => T): T[] {
  const i = t.columns.indexOf(key);
  return t.rows.map((r) => read(r[i]));
}

/** Row indexes by the period of their day (days after as_of and blanks left out). */
function byPeriod(days: readonly number[], period: WarehousePeriod): Map<string, number[]> {
  const out = new Map<string, number[]>();
  days.forEach((d, i) => {
    if (!(d <= AS_OF_DAY)) return;
    const k = isoDay(periodStart(d, period));
    out.set(k, [...(out.get(k) ?? []), i]);
  });
  return out;
}

type Reference = Map<string, Record<string, number | null>>;
const nullIfNaN = (x: number) => (x === x ? x : null);
const pick = <T>(values: readonly T[], rows: readonly number[]) => rows.map((i) => values[i]);

/** Reference measures per period, by KPI, from src/kpi. */
const REFERENCES: Record<string, (t: RowTables, p: WarehousePeriod) => Reference> = {
  lead_to_opportunity: (t, p) => conversion(t.Pipeline!, 'leadDate', 'opportunityDate', p),
  opportunity_to_proposal: (t, p) => conversion(t.Pipeline!, 'opportunityDate', 'proposalDate', p),
  funnel(t, p) {
    const stages = ['leadDate', 'opportunityDate', 'proposalDate', 'wonDate'].map((k) =>
      col(t.Pipeline!, k, readers.date),
    );
    const out: Reference = new Map();
    for (const [k, rows] of byPeriod(stages[0], p)) {
      const cells = Uint8Array.from(
        rows.flatMap((i) => stages.map((s) => (s[i] === s[i] ? 1 : 0))),
      );
      const [leads, opportunities, proposals, won] = funnelCounts(cells, 4, false);
      out.set(k, { leads, opportunities, proposals, won });
    }
    return out;
  },
  win_rate(t, p) {
    const won = col(t.Pipeline!, 'wonDate', readers.date);
    const lost = col(t.Pipeline!, 'lostDate', readers.date);
    const placed = won.map((w, i) => (w === w ? w : lost[i]));
    const outcome = won.map((w, i) => (w === w ? 'won' : lost[i] === lost[i] ? 'lost' : ''));
    const out: Reference = new Map();
    for (const [k, rows] of byPeriod(placed, p)) {
      const c = winLossCounts(pick(outcome, rows), new Set(['won']), new Set(['lost']));
      out.set(k, {
        won: c.won,
        lost: c.lost,
        closed: c.won + c.lost,
        value: c.won / (c.won + c.lost),
      });
    }
    return out;
  },
  cycle_days(t, p) {
    const lead = col(t.Pipeline!, 'leadDate', readers.date);
    const won = col(t.Pipeline!, 'wonDate', readers.date);
    const out: Reference = new Map();
    for (const [k, rows] of byPeriod(won, p)) {
      const kept = rows.filter((i) => won[i] >= lead[i]);
      const { days } = cycleLengths(
        Float64Array.from(pick(lead, kept)),
        Float64Array.from(pick(won, kept)),
      );
      const m = days.length ? median(days) : null;
      out.set(k, { won_deals: rows.length, measured: days.length, median_days: m, value: m });
    }
    return out;
  },
  aov(t, p) {
    const amount = col(t.Orders!, 'amount', readers.number);
    const out: Reference = new Map();
    for (const [k, rows] of byPeriod(col(t.Orders!, 'date', readers.instant), p)) {
      const present = presentValues(Float64Array.from(pick(amount, rows)));
      const { sum } = sumPresent(present);
      out.set(k, {
        revenue: sum,
        orders: present.length,
        value: present.length ? mean(present) : null,
      });
    }
    return out;
  },
  gross_margin(t, p) {
    const amount = col(t.Orders!, 'amount', readers.number);
    const cost = col(t.Orders!, 'cost', readers.number);
    const out: Reference = new Map();
    for (const [k, rows] of byPeriod(col(t.Orders!, 'date', readers.instant), p)) {
      const m = marginTotals(
        Float64Array.from(pick(amount, rows)),
        Float64Array.from(pick(cost, rows)),
      );
      out.set(k, {
        revenue: m.revenue,
        cost: m.cost,
        orders: m.rows,
        value: nullIfNaN(marginRate(m.revenue, m.cost)),
      });
    }
    return out;
  },
  nps(t, p) {
    return surveys(t.Surveys!, 'nps', p, (scores) => {
      const c = npsCounts(scores.filter((s) => Number.isInteger(s) && s >= 0 && s <= 10));
      return {
        responses: c.responses,
        promoters: c.promoters,
        detractors: c.detractors,
        value: c.responses ? npsOf(c) : null,
      };
    });
  },
  csat(t, p) {
    return surveys(t.Surveys!, 'csat', p, (scores) => {
      const c = csatCounts(
        scores.filter((s) => Number.isInteger(s) && s >= 1 && s <= 5),
        5,
      );
      return {
        responses: c.responses,
        top2: c.top2,
        score_sum: c.sum,
        value: c.responses ? c.top2 / c.responses : null,
      };
    });
  },
  referral_rate(t, p) {
    const sources = col(t.Customers!, 'source', (c) => readers.text(c).toLowerCase());
    const values = [...new Set(sources.filter((s) => s !== ''))];
    const out: Reference = new Map();
    for (const [k, rows] of byPeriod(col(t.Customers!, 'acquiredDate', readers.date), p)) {
      const codes = Int32Array.from(rows, (i) => values.indexOf(sources[i]));
      const c = countMatching(codes, values, REFERRALS);
      out.set(k, {
        sourced: c.total,
        referrals: c.matched,
        value: c.total ? c.matched / c.total : null,
      });
    }
    return out;
  },
  interaction_score(t, p) {
    const a = t.Activities!;
    const types = col(a, 'type', (c) => readers.text(c).toLowerCase());
    const outcomes = col(a, 'outcome', (c) => readers.text(c).toLowerCase());
    const durations = col(a, 'duration', readers.number);
    const out: Reference = new Map();
    for (const [k, rows] of byPeriod(col(a, 'date', readers.instant), p)) {
      const points = interactionPoints(
        pick(types, rows),
        pick(durations, rows),
        pick(outcomes, rows),
        RULES,
      );
      out.set(k, { points, activities: rows.length, value: points });
    }
    return out;
  },
  calls: (t, p) => activityCount(t.Activities!, p, 'calls', 'call'),
  emails: (t, p) => activityCount(t.Activities!, p, 'emails', 'email'),
  meetings: (t, p) => activityCount(t.Activities!, p, 'meetings', 'meeting', NOT_HELD),
  new_customers(t, p) {
    const out: Reference = new Map();
    for (const [k, rows] of byPeriod(col(t.Customers!, 'acquiredDate', readers.date), p))
      out.set(k, { customers: rows.length, value: rows.length });
    return out;
  },
};

/** The outcomes of a meeting that did not take place (the add-on's meetings). */
const NOT_HELD = ['rescheduled', 'noShow'];

/**
 * The add-on's activity counts (src/addon/metrics/measures-activity.ts): the rows whose type is
 * the choice `type`, as the add-on reads a choice (English, French or key, any case or accents),
 * except those whose outcome is one of `skip`; a period for every period with a row of the type.
 */
function activityCount(
  t: ResultTable,
  p: WarehousePeriod,
  id: string,
  type: string,
  skip: readonly string[] = [],
): Reference {
  const typeOf = choiceMatcher(ACTIVITY_TYPES);
  const outcomeOf = choiceMatcher(OUTCOMES);
  const types = col(t, 'type', (c) => typeOf(readers.text(c)));
  const outcomes = col(t, 'outcome', (c) => outcomeOf(readers.text(c)));
  const skipped = skip.map((k) => choiceIndex(OUTCOMES, k));
  const wanted = choiceIndex(ACTIVITY_TYPES, type);
  const days = col(t, 'date', readers.instant).map((d, i) => (types[i] === wanted ? d : NaN));
  const out: Reference = new Map();
  for (const [k, rows] of byPeriod(days, p)) {
    const n = rows.filter((i) => !skipped.includes(outcomes[i])).length;
    out.set(k, { [id]: n, value: n });
  }
  return out;
}

/** KPI_REFERRAL_RATE's own default labels, normalised: the definition must follow them. */
const REFERRALS = new Set(REFERRAL_LABELS.map((s) => s.toLowerCase()));

/** KPI_INTERACTION_SCORE's default rules, plus the add-on's choice key for a positive reply. */
const RULES: InteractionRule[] = [
  { types: new Set(['call', 'appel']), minMinutes: 15, outcomes: null, points: 1 },
  {
    types: new Set(['email']),
    minMinutes: null,
    outcomes: new Set(['positive reply', 'réponse positive', 'reponse positive', 'positivereply']),
    points: 1,
  },
  {
    types: new Set(['webinar', 'webinaire']),
    minMinutes: null,
    outcomes: new Set(['attended', 'présent', 'present']),
    points: 1,
  },
];

function conversion(t: ResultTable, from: string, to: string, p: WarehousePeriod): Reference {
  const reachedTo = col(t, to, readers.date);
  const out: Reference = new Map();
  for (const [k, rows] of byPeriod(col(t, from, readers.date), p)) {
    const c = conversionCounts(
      new Uint8Array(rows.length).fill(1),
      Uint8Array.from(rows, (i) => (reachedTo[i] === reachedTo[i] ? 1 : 0)),
    );
    out.set(k, { reached: c.reached, converted: c.converted, value: c.converted / c.reached });
  }
  return out;
}

function surveys(
  t: ResultTable,
  kind: string,
  p: WarehousePeriod,
  measure: (scores: Float64Array) => Record<string, number | null>,
): Reference {
  const kinds = col(t, 'kind', (c) => readers.text(c).toLowerCase());
  const scores = col(t, 'score', readers.number);
  const days = col(t, 'date', readers.instant).map((d, i) => (kinds[i] === kind ? d : NaN));
  const out: Reference = new Map();
  for (const [k, rows] of byPeriod(days, p))
    out.set(k, measure(Float64Array.from(pick(scores, rows).filter((s) => s === s))));
  return out;
}

/** The evaluator's company rows as measures per period. */
function companyRows(result: ResultTable): Reference {
  const out: Reference = new Map();
  for (const row of result.rows) {
    const o: Record<string, Cell> = {};
    result.columns.forEach((c, i) => (o[c] = row[i]));
    if (o.scope_type !== 'company') continue;
    const { period, scope_type: _t, scope: _s, ...measures } = o;
    out.set(String(period), measures as Record<string, number | null>);
  }
  return out;
}

function expectSame(actual: Reference, expected: Reference, label: string): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [k, want] of expected) {
    const got = actual.get(k)!;
    for (const [m, v] of Object.entries(want))
      if (!close(got[m], v)) throw new Error(`${label} ${k} ${m}: ${got[m]} vs ${v}`);
  }
}

const cases = SEEDS.map((seed) => ({
  seed,
  period: PERIODS[seed % 3],
  tables: generateTables(seed),
}));
const options = (period: WarehousePeriod) => ({ asOf: AS_OF, timeZone: TIME_ZONE, period });

test.each(Object.keys(REFERENCES))('%s: the evaluator = src/kpi on 90 seeds', (kpi) => {
  for (const { seed, period, tables } of cases) {
    const got = companyRows(evaluateKpi(definitionOf(kpi), tables, options(period)));
    expectSame(got, REFERENCES[kpi](tables, period), `seed ${seed} ${period}`);
  }
});

test('segment_profitability: the finished table = KPI_SEGMENT_PROFITABILITY per period', () => {
  for (const { seed, period, tables } of cases) {
    const o = options(period);
    const finished = finishResult(
      'segment_profitability',
      evaluateKpi(definitionOf('segment_profitability'), tables, o),
      o,
    );
    const t = tables.Pipeline;
    const amount = col(t, 'amount', readers.number);
    const cost = col(t, 'cost', readers.number);
    const segment = col(t, 'segment', readers.text);
    const won = col(t, 'wonDate', readers.date).map((d, i) =>
      amount[i] === amount[i] && segment[i] !== '' ? d : NaN,
    );
    const expected: Cell[][] = [];
    for (const [k, rows] of [...byPeriod(won, period)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const keys = [...new Set(pick(segment, rows))];
      const table = segmentProfitability(
        Int32Array.from(rows, (i) => keys.indexOf(segment[i])),
        keys,
        keys,
        Float64Array.from(pick(amount, rows)),
        Float64Array.from(pick(cost, rows)),
      );
      for (const s of table)
        expected.push([k, s.segment, s.revenue, s.margin, nullIfNaN(s.rate), nullIfNaN(s.share)]);
    }
    const got = finished.rows
      .filter((r) => r[0] === 'company')
      .map((r) => [r[2], r[3], r[4], r[5], r[6], r[7]]);
    expect(got.length).toBe(expected.length);
    got.forEach((r, i) =>
      r.forEach((v, j) => {
        if (!close(v, expected[i][j]))
          throw new Error(`seed ${seed} row ${i}: ${r} vs ${expected[i]}`);
      }),
    );
  }
});

test('cohort_retention: the finished table = KPI_COHORT_RETENTION', () => {
  for (const { seed, period, tables } of cases) {
    const o = options(period);
    const finished = finishResult(
      'cohort_retention',
      evaluateKpi(definitionOf('cohort_retention'), tables, o),
      o,
    );
    const ids = col(tables.Orders, 'customerId', readers.text);
    const days = col(tables.Orders, 'date', readers.instant).map((d) => (d <= AS_OF_DAY ? d : NaN));
    const cohorts = cohortRetention(ids, days, period);
    const expected = cohorts.map((c) => [isoDay(c.start), c.size, ...c.shares]);
    if (!(JSON.stringify(finished.rows) === JSON.stringify(expected)))
      expect({ seed, rows: finished.rows }).toEqual({ seed, rows: expected });
  }
});

test('trend: the finished company series = KPI_TREND (sum), gaps, changes and moving averages', () => {
  for (const { seed, period, tables } of cases) {
    const o = options(period);
    const finished = finishResult('trend', evaluateKpi(definitionOf('trend'), tables, o), o);
    const amount = col(tables.Orders, 'amount', readers.number);
    const days = col(tables.Orders, 'date', readers.instant).map((d) => (d <= AS_OF_DAY ? d : NaN));
    const span = dateSpan(days, amount)!;
    const t = trend(days, amount, span, period, 'sum');
    const expected = Array.from(t.starts, (s, k) => [
      isoDay(s),
      t.values[k],
      nullIfNaN(t.changes[k]),
      nullIfNaN(t.movingAverages[k]),
    ]);
    const got = finished.rows.filter((r) => r[0] === 'company').map((r) => r.slice(2, 6));
    expect(got.length).toBe(expected.length);
    got.forEach((r, i) =>
      r.forEach((v, j) => {
        if (!close(v, expected[i][j]))
          throw new Error(`seed ${seed} row ${i}: ${r} vs ${expected[i]}`);
      }),
    );
  }
});

test("retention: the evaluator = the metrics engine's retention (sheet path), every period", () => {
  let withValue = 0;
  for (const { seed, period, tables } of cases) {
    const got = companyRows(evaluateKpi(definitionOf('retention'), tables, options(period)));
    // The same customers as the add-on reads them, as known on as_of: an acquisition after it is
    // not there yet, a churn after it has not happened.
    const t = tables.Customers;
    const at = (key: string) => t.columns.indexOf(key);
    const known = (c: Cell) => (typeof c === 'string' && c <= AS_OF ? c : null);
    const rows = t.rows.map((r) => [known(r[at('acquiredDate')]), known(r[at('churnedDate')])]);
    const data: WorkbookData = {
      customers: { rows, columns: { acquiredDate: 0, churnedDate: 1 } },
    };
    const acquired = col(t, 'acquiredDate', readers.date).filter((d) => d <= AS_OF_DAY);
    const last = periodStart(AS_OF_DAY, period);
    for (let p = periodStart(Math.min(...acquired), period); p <= last;) {
      const next = addPeriods(p, period, 1);
      const m = computeMetric(data, 'retention', { type: 'company' }, p, next);
      const { start, end, new: fresh } = m.detail as Record<string, number>;
      const row = got.get(isoDay(p)) ?? { at_start: 0, at_end: 0, joined: 0, value: null };
      const label = `seed ${seed} ${period} ${isoDay(p)}`;
      const counts = [row.at_start, row.at_end, row.joined];
      if (counts.join() !== [start, end, fresh].join() || !close(row.value, m.value))
        throw new Error(`${label}: ${counts} ${row.value} vs ${[start, end, fresh]} ${m.value}`);
      if (m.value !== null) withValue++;
      p = next;
    }
    // No row for a period the engine has nothing in (before the first acquisition, after as_of).
    for (const k of got.keys()) expect(dayIso(k) <= last).toBe(true);
  }
  expect(withValue).toBeGreaterThan(1000);
});
