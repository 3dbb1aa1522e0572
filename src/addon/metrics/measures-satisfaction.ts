// Satisfaction and loyalty KPIs (scopes: company, team, rep, segment).
// - retention: Customers. The customers at the start are those acquired before the period and
//   not churned before it; retained are those of them not churned by its end (a Churned date
//   inside the period means lost). KPI_RETENTION's counts form: (end − new) / start.
// - referral_rate: Customers acquired in the period; the share of those with a source whose
//   source is a referral (KPI_REFERRAL_RATE: blank sources are left out).
// - nps, csat: Surveys by Date, answers of kind NPS or CSAT (KPI_NPS; KPI_CSAT's default top-two
//   share on a 1–5 scale). Surveys take their segment from their customer.
import {
  countMatching,
  csatCounts,
  npsCounts,
  npsOf,
  retentionFromCounts,
} from '../../kpi/customers';
import { SOURCES, SURVEY_KINDS } from '../schema';
import { choiceIndex, OTHER } from './choices';
import { type Measure, periodMeasure, type Query, ratio, rowsIn } from './measure';

export const retention: Measure = {
  sheet: 'customers',
  date: 'acquiredDate',
  total: false,
  compute(q: Query) {
    // Everyone acquired before the end of the period, in acquisition order.
    const rows = rowsIn(q, 'customers', 'acquiredDate', -Infinity, q.to);
    const acquired = q.tables.column('customers', 'acquiredDate');
    const churned = q.tables.customers.churnedDate;
    let start = 0;
    let end = 0;
    let fresh = 0;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      const left = churned ? churned[r] : NaN;
      const activeAtEnd = !(left < q.to); // NaN (still a customer) compares false
      if (acquired[r] < q.from) {
        if (!(left < q.from)) start++;
        if (activeAtEnd) end++;
      } else if (activeAtEnd) {
        end++;
        fresh++;
      }
    }
    return {
      value: start === 0 ? null : retentionFromCounts(start, end, fresh),
      volume: start,
      detail: { start, end, new: fresh },
    };
  },
};

/** countMatching's dictionary: the schema's source keys, then "other" for a custom label. */
const SOURCE_VALUES = [...SOURCES.map((s) => s.key), 'other'];
const OTHER_SOURCE = SOURCES.length;
const REFERRAL = new Set(['referral']);

export const referralRate = periodMeasure('customers', 'acquiredDate', false, (rows, q) => {
  const source = q.tables.column('customers', 'source');
  const codes = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const code = source[rows[k]];
    codes[k] = code === OTHER ? OTHER_SOURCE : code; // BLANK stays −1: left out
  }
  const { total, matched } = countMatching(codes, SOURCE_VALUES, REFERRAL);
  return { value: ratio(matched, total), volume: total, detail: { referrals: matched } };
});

const NPS = choiceIndex(SURVEY_KINDS, 'nps');
const CSAT = choiceIndex(SURVEY_KINDS, 'csat');

/** The valid scores of one kind among the period's answers (`rows`). */
function scoresOf(q: Query, rows: Int32Array, kind: number): Float64Array {
  const kinds = q.tables.column('surveys', 'kind');
  const score = q.tables.column('surveys', 'score');
  const out = new Float64Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const s = score[r];
    if (kinds[r] === kind && s === s) out[n++] = s;
  }
  return out.subarray(0, n);
}

export const nps = periodMeasure('surveys', 'date', false, (rows, q) => {
  const counts = npsCounts(scoresOf(q, rows, NPS));
  return {
    value: counts.responses === 0 ? null : npsOf(counts),
    volume: counts.responses,
    detail: {
      promoters: counts.promoters,
      passives: counts.passives,
      detractors: counts.detractors,
    },
  };
});

export const csat = periodMeasure('surveys', 'date', false, (rows, q) => {
  const counts = csatCounts(scoresOf(q, rows, CSAT), 5);
  return {
    value: ratio(counts.top2, counts.responses),
    volume: counts.responses,
    detail: { top2: counts.top2, mean: counts.responses ? counts.sum / counts.responses : 0 },
  };
});
