// The revenue forecast of a period from the open pipeline, and its backtest. Each open deal is
// weighted by the chance, learnt from the scope's own history, that a deal in its stage and of
// its age there is won within the period: among the deals that entered that stage long enough ago
// to have settled, and were still in it at the same age, the share won on the matching days (a
// lead untouched for weeks is worth little; a fresh proposal, much). The
// revenue of deals not created yet is the average of the same stretch in the last six periods.
//
// The chance is weighted by amount (large deals close later and less often); a lead with no amount
// yet is worth the average won amount per such lead. The range is an 80 % interval by normal
// approximation: each open deal is a Bernoulli draw of its amount (variance p(1 − p)·amount²; a
// lead, the spread of what such leads brought in), plus the spread (sample variance) of the
// new-deal revenue over those six periods. Days are day numbers (kpi/days.ts); NaN is a blank.
import { addPeriods, type Period, periodStart } from './days';

/** A deal's stage dates, as the Pipeline sheet holds them. */
export interface DealDates {
  readonly id: string;
  readonly team: string;
  readonly rep: string;
  /** NaN until known (a lead). */
  readonly amount: number;
  readonly lead: number;
  readonly opportunity: number;
  readonly proposal: number;
  readonly won: number;
  readonly lost: number;
}

/**
 * A finite number, without a global lookup: in Apps Script's sandbox (and the local runtime's)
 * every read of Number or Math in a hot loop costs, and these loops run per deal and entry.
 */
const finite = (x: number): boolean => x - x === 0;

export type ForecastScope =
  { readonly type: 'company' } | { readonly type: 'team' | 'rep'; readonly name: string };

export function inScope(deal: DealDates, scope: ForecastScope): boolean {
  if (scope.type === 'company') return true;
  return (scope.type === 'team' ? deal.team : deal.rep) === scope.name;
}

/** The deals as they were known before `today`: later dates blanked, amount with the opportunity. */
export function knownBefore<D extends DealDates>(deals: readonly D[], today: number): readonly D[] {
  // One copy per deal list and day: the insights and every summary email ask for the same one.
  const cached = knownCache.get(deals);
  if (cached?.today === today) return cached.known as readonly DealDates[] as readonly D[];
  const known = copyKnownBefore(deals, today);
  knownCache.set(deals, { today, known });
  return known;
}

const knownCache = new WeakMap<readonly DealDates[], { today: number; known: DealDates[] }>();

function copyKnownBefore<D extends DealDates>(deals: readonly D[], today: number): D[] {
  const keep = (day: number) => (day < today ? day : NaN);
  const out: D[] = [];
  for (const d of deals) {
    if (!(d.lead < today)) continue;
    const opportunity = keep(d.opportunity);
    out.push({
      ...d,
      amount: finite(opportunity) ? d.amount : NaN,
      opportunity,
      proposal: keep(d.proposal),
      won: keep(d.won),
      lost: keep(d.lost),
    });
  }
  return out;
}

const STAGE_KEYS = ['proposal', 'opportunity', 'lead'] as const;
type OpenStage = (typeof STAGE_KEYS)[number];

/** The latest open stage a deal reached and the day it entered it. */
function stageOf(d: DealDates): { stage: OpenStage; entered: number } | undefined {
  for (const stage of STAGE_KEYS) if (finite(d[stage])) return { stage, entered: d[stage] };
  return undefined;
}

/** The close day (won or lost, the earlier), or NaN while open. */
function closeOf(d: DealDates): number {
  const won = d.won;
  const lost = d.lost;
  if (won - won === 0) return lost - lost === 0 && lost < won ? lost : won;
  return lost - lost === 0 ? lost : NaN;
}

export interface ForecastOptions {
  /** Days a stage entry must be old to be learnt from (default 120: nearly all have settled). */
  readonly settleDays?: number;
  /** Days of history learnt from, before the settle days (default 365). */
  readonly lookbackDays?: number;
  /** Fewer settled deals than this in a stage for the scope: the company's are used (default 30). */
  readonly minSample?: number;
  /** Past periods whose new-deal revenue is averaged (default 6). */
  readonly newDealPeriods?: number;
}

interface Entry {
  /** Days from entering the stage to closing (Infinity: still open before today). */
  readonly days: number;
  /** Days from entering the stage to leaving it: the next stage or the close. */
  readonly stayed: number;
  readonly won: boolean;
  readonly amount: number;
  /** The amount, 0 when unknown (a lead's). */
  readonly value: number;
}

/** The settled stage entries of a set of deals, per stage. */
function entriesOf(
  deals: readonly DealDates[],
  today: number,
  settle: number,
  lookback: number,
): Record<OpenStage, Entry[]> {
  const out: Record<OpenStage, Entry[]> = { lead: [], opportunity: [], proposal: [] };
  const newest = today - settle;
  const oldest = newest - lookback;
  for (const d of deals) {
    const closed = closeOf(d);
    const close = finite(closed) ? closed : Infinity;
    const won = finite(d.won) && d.won === close;
    // STAGE_KEYS runs from the last stage back, so `next` is the stage entered after this one.
    let next = close;
    for (const stage of STAGE_KEYS) {
      const e = d[stage];
      if (!finite(e)) continue;
      if (e < newest && e >= oldest)
        out[stage].push({
          days: close - e,
          stayed: next - e,
          won,
          amount: d.amount,
          value: finite(d.amount) ? d.amount : 0,
        });
      next = e;
    }
  }
  return out;
}

const NO_ODDS: WinOdds = { byValue: 0, mean: 0, meanSquare: 0 };

const longest = new WeakMap<readonly Entry[], number>();
/** The most days any won entry took from entering the stage to the win. */
function longestWin(entries: readonly Entry[]): number {
  let days = longest.get(entries);
  if (days === undefined) {
    days = -Infinity;
    for (const e of entries) if (e.won && e.days > days) days = e.days;
    longest.set(entries, days);
  }
  return days;
}

/** What the settled entries still in the stage at a deal's age brought in on the window's days. */
/** The company's entries, made once per deal list and day (forecasting each team reuses them). */
const companyCache = new WeakMap<
  readonly DealDates[],
  { key: string; entries: Record<OpenStage, Entry[]> }
>();
function companyEntries(
  deals: readonly DealDates[],
  today: number,
  settle: number,
  lookback: number,
): Record<OpenStage, Entry[]> {
  const key = `${today} ${settle} ${lookback}`;
  const cached = companyCache.get(deals);
  if (cached && cached.key === key) return cached.entries;
  const entries = entriesOf(deals, today, settle, lookback);
  companyCache.set(deals, { key, entries });
  return entries;
}

interface WinOdds {
  /** Won amount over amount, among the entries with an amount: a deal's chance, by value. */
  readonly byValue: number;
  /** Won amount per entry, and its second moment: what a deal with no amount yet is worth. */
  readonly mean: number;
  readonly meanSquare: number;
}

/**
 * A stage's entries arranged for winOdds: all of them in order of days stayed (with the value
 * of each suffix summed), and the won ones in the same order, so that a query reads the entries
 * still in the stage at an age as a suffix instead of scanning them all (it is asked once per
 * open deal's entry day, for each scope and period).
 */
interface OddsIndex {
  readonly stayed: Float64Array;
  /** suffixValue[i]: the values of entries i… (in stayed order). */
  readonly suffixValue: Float64Array;
  readonly wonStayed: Float64Array;
  readonly wonDays: Float64Array;
  readonly wonValue: Float64Array;
  readonly answers: Map<string, WinOdds>;
}

const oddsIndexes = new WeakMap<readonly Entry[], OddsIndex>();

function oddsIndex(entries: readonly Entry[]): OddsIndex {
  let index = oddsIndexes.get(entries);
  if (index) return index;
  const sorted = [...entries].sort((a, b) => a.stayed - b.stayed);
  const n = sorted.length;
  const suffixValue = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) suffixValue[i] = suffixValue[i + 1] + sorted[i].value;
  const won = sorted.filter((e) => e.won);
  index = {
    stayed: Float64Array.from(sorted, (e) => e.stayed),
    suffixValue,
    wonStayed: Float64Array.from(won, (e) => e.stayed),
    wonDays: Float64Array.from(won, (e) => e.days),
    wonValue: Float64Array.from(won, (e) => e.value),
    answers: new Map(),
  };
  oddsIndexes.set(entries, index);
  return index;
}

/** The first index whose value is above `x` in an ascending array. */
function firstAbove(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The odds of a deal still in the stage `age` days after entering it being won `lo` to `hi` days
 * (exclusive) after entering it, among the settled entries still in the stage at that age.
 * Weighted by amount: large deals close later and less often, so a count would overstate them.
 */
function winOdds(entries: readonly Entry[], age: number, lo: number, hi: number): WinOdds {
  // Past the longest win of the stage, nothing is won any more (an old lead never qualified).
  if (lo > longestWin(entries)) return NO_ODDS;
  const index = oddsIndex(entries);
  const key = `${age} ${lo} ${hi}`;
  const known = index.answers.get(key);
  if (known) return known;
  const first = firstAbove(index.stayed, age);
  const alive = index.stayed.length - first;
  const aliveValue = index.suffixValue[first];
  let wonValue = 0;
  let wonSquare = 0;
  const { wonDays, wonValue: values } = index;
  for (let i = firstAbove(index.wonStayed, age); i < wonDays.length; i++) {
    const days = wonDays[i];
    if (days >= lo && days < hi) {
      const amount = values[i];
      wonValue += amount;
      wonSquare += amount * amount;
    }
  }
  const odds = {
    byValue: aliveValue > 0 ? wonValue / aliveValue : 0,
    mean: alive > 0 ? wonValue / alive : 0,
    meanSquare: alive > 0 ? wonSquare / alive : 0,
  };
  index.answers.set(key, odds);
  return odds;
}

export interface PeriodForecast {
  readonly start: number;
  /** The day after the period's last day. */
  readonly end: number;
  /** Won in the period before today. */
  readonly wonSoFar: number;
  /** Expected from the deals open today. */
  readonly openExpected: number;
  /** Expected from deals not created yet. */
  readonly newExpected: number;
  readonly expected: number;
  readonly low: number;
  readonly high: number;
  /** Open deals weighted, and whether the scope's own history was enough (else the company's). */
  readonly openDeals: number;
  readonly ownHistory: boolean;
}

const Z80 = 1.2815515655446004;

/**
 * The forecast of the period that holds `today` (k = 0) and the next one (k = 1), from the deals
 * known before today (pass knownBefore(deals, today) to forecast a past day).
 */
export function forecastPeriods(
  deals: readonly DealDates[],
  today: number,
  period: Period,
  scope: ForecastScope,
  options: ForecastOptions = {},
): PeriodForecast[] {
  const settle = options.settleDays ?? 120;
  const lookback = options.lookbackDays ?? 365;
  const minSample = options.minSample ?? 30;
  const pastPeriods = options.newDealPeriods ?? 6;
  const mine = deals.filter((d) => inScope(d, scope));
  const own = entriesOf(mine, today, settle, lookback);
  const company = scope.type === 'company' ? own : companyEntries(deals, today, settle, lookback);
  const ownHistory = STAGE_KEYS.every((s) => own[s].length >= minSample);
  const history = (stage: OpenStage) => (own[stage].length >= minSample ? own : company)[stage];
  const current = periodStart(today, period);
  const out: PeriodForecast[] = [];
  for (let k = 0; k <= 1; k++) {
    const start = addPeriods(current, period, k);
    const end = addPeriods(current, period, k + 1);
    let wonSoFar = 0;
    let openExpected = 0;
    let variance = 0;
    let openDeals = 0;
    const oddsByEntry = new Map<string, WinOdds>();
    for (const d of mine) {
      if (finite(d.won) && d.won >= start && d.won < end) wonSoFar += d.amount;
      if (finite(closeOf(d))) continue;
      const at = stageOf(d);
      if (!at) continue;
      const age = today - at.entered;
      // Won on a day in [max(start, today), end): that many days after entering the stage.
      const from = Math.max(start, today);
      // The odds depend on the stage and the entry day only: asked once per pair.
      const key = `${at.stage} ${at.entered}`;
      let odds = oddsByEntry.get(key);
      if (!odds) {
        odds = winOdds(history(at.stage), age - 1, from - at.entered, end - at.entered);
        oddsByEntry.set(key, odds);
      }
      if (finite(d.amount)) {
        // A Bernoulli draw of its amount.
        openExpected += odds.byValue * d.amount;
        variance += odds.byValue * (1 - odds.byValue) * d.amount * d.amount;
      } else {
        // No amount yet (a lead): worth what such leads brought in, with their spread.
        openExpected += odds.mean;
        variance += odds.meanSquare - odds.mean * odds.mean;
      }
      openDeals++;
    }
    const past = newDealRevenue(mine, today, period, k, pastPeriods);
    const newExpected = past.length ? past.reduce((s, v) => s + v, 0) / past.length : 0;
    if (past.length > 1) {
      const m = newExpected;
      variance += past.reduce((s, v) => s + (v - m) ** 2, 0) / (past.length - 1);
    }
    const expected = wonSoFar + openExpected + newExpected;
    const spread = Z80 * Math.sqrt(variance);
    out.push({
      start,
      end,
      wonSoFar,
      openExpected,
      newExpected,
      expected,
      low: Math.max(wonSoFar, expected - spread),
      high: expected + spread,
      openDeals,
      ownHistory,
    });
  }
  return out;
}

/**
 * What deals created on or after the same point of a past period brought in the window k periods
 * on, for the last `count` past periods whose window ended before today.
 */
function newDealRevenue(
  deals: readonly DealDates[],
  today: number,
  period: Period,
  k: number,
  count: number,
): number[] {
  const current = periodStart(today, period);
  const offset = today - current;
  // Only won deals bring revenue in; the earliest lead says how far back the data goes.
  let firstLead = Infinity;
  const won: DealDates[] = [];
  for (const d of deals) {
    if (d.lead < firstLead) firstLead = d.lead;
    if (finite(d.won)) won.push(d);
  }
  const out: number[] = [];
  for (let j = 1; out.length < count && j < count + 24; j++) {
    const origin = addPeriods(current, period, -j);
    const start = addPeriods(origin, period, k);
    const end = addPeriods(origin, period, k + 1);
    if (end > today) continue;
    const day = Math.min(origin + offset, addPeriods(origin, period, 1) - 1);
    if (!(firstLead < origin)) break;
    let sum = 0;
    for (const d of won)
      if (d.lead >= day && d.won >= start && d.won < end && d.won >= day) sum += d.amount;
    out.push(sum);
  }
  return out;
}

export interface BacktestPoint {
  readonly day: number;
  readonly expected: number;
  readonly low: number;
  readonly high: number;
  readonly actual: number;
}

export interface Backtest {
  readonly points: readonly BacktestPoint[];
  /** Σ|forecast − actual| / Σ actual (weighted absolute percentage error). */
  readonly wape: number;
  /** Mean of (forecast − actual) / actual over the points with revenue. */
  readonly bias: number;
  /** Share of the points whose actual revenue fell within the 80 % range. */
  readonly coverage: number;
}

/**
 * Forecasts made on each of `days` with only what was known before it, for the period holding
 * that day, against what the period brought in (every period must have ended by `lastKnown`).
 */
export function backtestForecast(
  deals: readonly DealDates[],
  days: readonly number[],
  period: Period,
  scope: ForecastScope,
  options: ForecastOptions = {},
): Backtest {
  const mine = deals.filter((d) => inScope(d, scope));
  const points = days.map((day) => {
    const [f] = forecastPeriods(knownBefore(deals, day), day, period, scope, options);
    let actual = 0;
    for (const d of mine)
      if (finite(d.won) && d.won >= f.start && d.won < f.end) actual += d.amount;
    return { day, expected: f.expected, low: f.low, high: f.high, actual };
  });
  const totalActual = points.reduce((s, p) => s + p.actual, 0);
  const totalError = points.reduce((s, p) => s + Math.abs(p.expected - p.actual), 0);
  const withRevenue = points.filter((p) => p.actual > 0);
  return {
    points,
    wape: totalActual > 0 ? totalError / totalActual : NaN,
    bias: withRevenue.length
      ? withRevenue.reduce((s, p) => s + (p.expected - p.actual) / p.actual, 0) / withRevenue.length
      : NaN,
    coverage: points.length
      ? points.filter((p) => p.actual >= p.low && p.actual <= p.high).length / points.length
      : NaN,
  };
}
