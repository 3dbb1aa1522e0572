// "Why did it move": exact decompositions of a KPI change into its drivers, so that the parts
// shown beside a change always add up to it. A product of factors (revenue = leads × conversion ×
// win rate × order value) is split with Shapley shares, which stay exact when a factor is zero
// (log-change shares would need every factor positive); a rate that is a ratio of sums over
// groups (teams, reps, segments, sources) is split into each group's rate and mix effects with
// the midpoint formula Δ(w·r) = w̄·Δr + r̄·Δw, exact by algebra.

/**
 * Shapley shares of the change of a product: part i is the average, over every order in which
 * the factors change from `before` to `after`, of what changing factor i adds. The parts sum to
 * prod(after) − prod(before) (up to floating-point rounding), whatever the values.
 */
export function shapleyProductShares(
  before: readonly number[],
  after: readonly number[],
): number[] {
  const n = before.length;
  if (after.length !== n) throw new Error('shapleyProductShares: factor lists differ in length');
  // weight[k] = k! (n − k − 1)! / n!, the chance that exactly k given others changed first.
  const factorial = [1];
  for (let i = 1; i <= n; i++) factorial.push(factorial[i - 1] * i);
  const parts = new Array<number>(n).fill(0);
  // Each subset S of changed factors (a bit mask), its product once.
  const value = new Float64Array(1 << n);
  for (let mask = 0; mask < 1 << n; mask++) {
    let p = 1;
    for (let i = 0; i < n; i++) p *= mask & (1 << i) ? after[i] : before[i];
    value[mask] = p;
  }
  for (let mask = 0; mask < 1 << n; mask++) {
    let k = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) k++;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      const w = (factorial[k] * factorial[n - k - 1]) / factorial[n];
      parts[i] += w * (value[mask | (1 << i)] - value[mask]);
    }
  }
  return parts;
}

/** Flow counts of one period: leads created, opportunities opened, deals won and their revenue. */
export interface FunnelFlow {
  readonly leads: number;
  readonly opportunities: number;
  readonly won: number;
  readonly revenue: number;
}

export const REVENUE_DRIVERS = ['leads', 'conversion', 'winRate', 'orderValue'] as const;
export type RevenueDriver = (typeof REVENUE_DRIVERS)[number];

export interface RevenueAttribution {
  readonly before: number;
  readonly after: number;
  /** after − before. */
  readonly change: number;
  /** Each driver's share of the change, in revenue; they sum to `change`. */
  readonly parts: Readonly<Record<RevenueDriver, number>>;
  /** The factors of each period: leads, lead → opportunity, opportunity → won, revenue per win. */
  readonly factors: {
    readonly before: Readonly<Record<RevenueDriver, number>>;
    readonly after: Readonly<Record<RevenueDriver, number>>;
  };
}

function factorsOf(flow: FunnelFlow): Record<RevenueDriver, number> {
  return {
    leads: flow.leads,
    conversion: flow.opportunities / flow.leads,
    winRate: flow.won / flow.opportunities,
    orderValue: flow.revenue / flow.won,
  };
}

/**
 * Revenue = leads × (opportunities / leads) × (won / opportunities) × (revenue / won): an
 * identity over a period's flows, split into the four drivers with Shapley shares. Undefined when
 * a period has no lead, no opportunity or no win (a factor would be 0/0).
 */
export function attributeRevenue(
  before: FunnelFlow,
  after: FunnelFlow,
): RevenueAttribution | undefined {
  const defined = (f: FunnelFlow) => f.leads > 0 && f.opportunities > 0 && f.won > 0;
  if (!defined(before) || !defined(after)) return undefined;
  const b = factorsOf(before);
  const a = factorsOf(after);
  const shares = shapleyProductShares(
    REVENUE_DRIVERS.map((d) => b[d]),
    REVENUE_DRIVERS.map((d) => a[d]),
  );
  // The identity holds in real numbers; floating-point rounding of the products is given to the
  // largest part, so that the parts add up to the observed change.
  const change = after.revenue - before.revenue;
  let largest = 0;
  shares.forEach((v, i) => {
    if (Math.abs(v) > Math.abs(shares[largest])) largest = i;
  });
  shares[largest] += change - shares.reduce((s, v) => s + v, 0);
  const parts = Object.fromEntries(REVENUE_DRIVERS.map((d, i) => [d, shares[i]])) as Record<
    RevenueDriver,
    number
  >;
  return {
    before: before.revenue,
    after: after.revenue,
    change,
    parts,
    factors: { before: b, after: a },
  };
}

/** A group's numerator and denominator in one period (converted leads and leads, say). */
export interface RateCounts {
  readonly hits: number;
  readonly total: number;
}

export interface GroupEffect {
  readonly group: string;
  /** w̄ · Δr: the change of the group's own rate, weighted by its average share. */
  readonly rate: number;
  /** r̄ · Δw: the change of the group's share of the total, at its average rate. */
  readonly mix: number;
}

export interface RateAttribution {
  readonly before: number;
  readonly after: number;
  readonly change: number;
  /** One entry per group present in either period; Σ (rate + mix) = change. */
  readonly groups: readonly GroupEffect[];
  readonly rateTotal: number;
  readonly mixTotal: number;
}

/**
 * Splits the change of a pooled rate (Σ hits / Σ total) into each group's rate and mix effects.
 * A group absent from one period has weight 0 there and takes its other period's rate, so it
 * contributes through the mix only. Undefined when a period has no denominator at all.
 */
export function attributeRate(
  before: ReadonlyMap<string, RateCounts>,
  after: ReadonlyMap<string, RateCounts>,
): RateAttribution | undefined {
  const sum = (m: ReadonlyMap<string, RateCounts>) => {
    let hits = 0;
    let total = 0;
    for (const c of m.values()) {
      hits += c.hits;
      total += c.total;
    }
    return { hits, total };
  };
  const b = sum(before);
  const a = sum(after);
  if (b.total <= 0 || a.total <= 0) return undefined;
  const groups: GroupEffect[] = [];
  let rateTotal = 0;
  let mixTotal = 0;
  const names = [...new Set([...before.keys(), ...after.keys()])];
  for (const group of names) {
    const cb = before.get(group);
    const ca = after.get(group);
    const wb = cb && cb.total > 0 ? cb.total / b.total : 0;
    const wa = ca && ca.total > 0 ? ca.total / a.total : 0;
    if (wb === 0 && wa === 0) continue;
    const rb = wb > 0 ? cb!.hits / cb!.total : ca!.hits / ca!.total;
    const ra = wa > 0 ? ca!.hits / ca!.total : rb;
    const rate = ((wb + wa) / 2) * (ra - rb);
    const mix = ((rb + ra) / 2) * (wa - wb);
    groups.push({ group, rate, mix });
    rateTotal += rate;
    mixTotal += mix;
  }
  const rBefore = b.hits / b.total;
  const rAfter = a.hits / a.total;
  return {
    before: rBefore,
    after: rAfter,
    change: rAfter - rBefore,
    groups,
    rateTotal,
    mixTotal,
  };
}

/**
 * The group that carries most of a rate's change, if one does: the group whose effect (rate +
 * mix) has the change's sign and is at least `share` of it. Undefined for a change of zero.
 */
export function mainContributor(
  attribution: RateAttribution,
  share = 0.5,
): GroupEffect | undefined {
  if (attribution.change === 0) return undefined;
  let best: GroupEffect | undefined;
  let bestPart = 0;
  for (const g of attribution.groups) {
    const part = (g.rate + g.mix) / attribution.change;
    if (part > bestPart) {
      best = g;
      bestPart = part;
    }
  }
  return bestPart >= share ? best : undefined;
}

/**
 * Rounds values to whole units so that they still add up to the rounded total (largest
 * remainder): the points shown in a sentence always sum to the change shown beside them.
 */
export function roundToTotal(values: readonly number[], total: number): number[] {
  const target = Math.round(total) || 0;
  const floors = values.map(Math.floor);
  let missing = target - floors.reduce((s, v) => s + v, 0);
  const order = values
    .map((v, i) => ({ i, rest: v - Math.floor(v) }))
    .sort((x, y) => y.rest - x.rest || x.i - y.i);
  const out = [...floors];
  // missing may be negative when the parts' sum rounds away from the total's rounding.
  for (let k = 0; missing > 0; k = (k + 1) % out.length, missing--) out[order[k].i]++;
  for (let k = order.length - 1; missing < 0; k = (k - 1 + out.length) % out.length, missing++)
    out[order[k].i]--;
  return out;
}
