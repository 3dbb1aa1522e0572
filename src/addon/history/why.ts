// "Why did it move" on the Pipeline sheet: a period's revenue against the one before, split into
// leads × lead → opportunity conversion × win rate × order value (kpi/attribution.ts), and the
// rate drivers split by team, source, segment and rep into rate and mix effects, so the sentence
// can say where most of the largest driver's change comes from. All counts are flows of the
// period (leads created, opportunities opened, deals won in it), so the identity is exact.
import {
  attributeRate,
  attributeRevenue,
  mainContributor,
  type RateAttribution,
  type RateCounts,
  type RevenueAttribution,
  type RevenueDriver,
} from '../../kpi/attribution';
import {
  type Contributor,
  type Language,
  rateSentence,
  revenueSentence,
} from '../../kpi/attribution-words';
import type { PipelineDeal } from './deal-dates';

export const DIMENSIONS = ['team', 'source', 'segment', 'rep'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const inside = (day: number, from: number, to: number) => day >= from && day < to;

/** The period's flows, in total and by the groups of one dimension. */
function flows(deals: readonly PipelineDeal[], from: number, to: number) {
  let leads = 0;
  let opportunities = 0;
  let won = 0;
  let revenue = 0;
  for (const d of deals) {
    if (inside(d.lead, from, to)) leads++;
    if (inside(d.opportunity, from, to)) opportunities++;
    if (inside(d.won, from, to)) {
      won++;
      revenue += Number.isFinite(d.amount) ? d.amount : 0;
    }
  }
  return { leads, opportunities, won, revenue };
}

/** Per group: hits and total of a rate driver over the period. */
function groupCounts(
  deals: readonly PipelineDeal[],
  from: number,
  to: number,
  dimension: Dimension,
  driver: 'conversion' | 'winRate',
): Map<string, RateCounts> {
  const out = new Map<string, { hits: number; total: number }>();
  const add = (group: string, hits: number, total: number) => {
    const c = out.get(group) ?? { hits: 0, total: 0 };
    c.hits += hits;
    c.total += total;
    out.set(group, c);
  };
  for (const d of deals) {
    const group = d[dimension];
    if (driver === 'conversion') {
      add(group, inside(d.opportunity, from, to) ? 1 : 0, inside(d.lead, from, to) ? 1 : 0);
    } else {
      add(group, inside(d.won, from, to) ? 1 : 0, inside(d.opportunity, from, to) ? 1 : 0);
    }
  }
  return out;
}

export interface WhyItMoved {
  readonly revenue: RevenueAttribution;
  /** The largest driver, and for a rate driver its split by each dimension. */
  readonly largest: RevenueDriver;
  readonly byDimension: Partial<Record<Dimension, RateAttribution>>;
  readonly contributors: readonly Contributor[];
  readonly sentence: Readonly<Record<Language, string>>;
}

/** The rate driver's split by each dimension, and the groups carrying most of its change. */
export function rateDriverSplit(
  deals: readonly PipelineDeal[],
  driver: 'conversion' | 'winRate',
  before: readonly [number, number],
  after: readonly [number, number],
) {
  const byDimension: Partial<Record<Dimension, RateAttribution>> = {};
  const contributors: Contributor[] = [];
  for (const dimension of DIMENSIONS) {
    const split = attributeRate(
      groupCounts(deals, before[0], before[1], dimension, driver),
      groupCounts(deals, after[0], after[1], dimension, driver),
    );
    if (!split) continue;
    byDimension[dimension] = split;
    // One group only (a team's own deals, split by team): it says nothing about where.
    if (split.groups.length < 2) continue;
    const main = mainContributor(split);
    // A rep is named only when no team or source already says where the change is.
    if (main && main.group !== '' && (dimension !== 'rep' || contributors.length === 0))
      contributors.push({ dimension, label: main.group });
  }
  return { byDimension, contributors: contributors.slice(0, 2) };
}

/**
 * Revenue of [after) against [before) for the deals given (already filtered to a scope), with its
 * drivers, where the largest rate driver's change comes from, and the sentence in both languages.
 * Undefined when either period lacks a lead, an opportunity or a win.
 */
export function whyRevenueMoved(
  deals: readonly PipelineDeal[],
  before: readonly [number, number],
  after: readonly [number, number],
): WhyItMoved | undefined {
  const revenue = attributeRevenue(
    flows(deals, before[0], before[1]),
    flows(deals, after[0], after[1]),
  );
  if (!revenue) return undefined;
  const drivers = Object.keys(revenue.parts) as RevenueDriver[];
  const largest = drivers.reduce((m, d) =>
    Math.abs(revenue.parts[d]) > Math.abs(revenue.parts[m]) ? d : m,
  );
  const split =
    largest === 'conversion' || largest === 'winRate'
      ? rateDriverSplit(deals, largest, before, after)
      : { byDimension: {}, contributors: [] };
  return {
    revenue,
    largest,
    byDimension: split.byDimension,
    contributors: split.contributors,
    sentence: {
      en: revenueSentence(revenue, 'en', split.contributors),
      fr: revenueSentence(revenue, 'fr', split.contributors),
    },
  };
}

/**
 * Lead → opportunity conversion of [after) against [before) (opportunities opened per lead
 * created), split by team into rate and mix effects, in words: "Lead → opportunity conversion
 * −3 pts: team Lyon's own rate −6 pts, other rates +3 pts, mix 0 pts."
 */
export function whyConversionMoved(
  deals: readonly PipelineDeal[],
  before: readonly [number, number],
  after: readonly [number, number],
): { split: RateAttribution; main?: string; sentence: Record<Language, string> } | undefined {
  const split = attributeRate(
    groupCounts(deals, before[0], before[1], 'team', 'conversion'),
    groupCounts(deals, after[0], after[1], 'team', 'conversion'),
  );
  if (!split) return undefined;
  const main = mainContributor(split);
  const who: Contributor | undefined = main ? { dimension: 'team', label: main.group } : undefined;
  const label = {
    en: 'Lead \u2192 opportunity conversion',
    fr: 'Conversion lead \u2192 opportunit\u00e9',
  };
  return {
    split,
    main: main?.group,
    sentence: {
      en: rateSentence(label.en, split, who, main?.rate ?? 0, 'en'),
      fr: rateSentence(label.fr, split, who, main?.rate ?? 0, 'fr'),
    },
  };
}
