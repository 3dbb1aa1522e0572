// The pipeline: leads arrive on working days, and each one moves lead → opportunity → proposal →
// won or lost with realistic chances (about 40 %, 60 % and 35 %), cycle lengths of 20 to 90
// days by segment, and content and sources that change the odds. Stages after the end date are
// left blank (open deals), exactly as a live CRM export looks.
//
// The dip: in the last mature month (the last one whose leads have all had two weeks to convert
// by the end date), the DIP_TEAM's lead → opportunity conversion is 30 % below the month before. Both months are drawn by quota for every team (the
// number of converted leads is fixed, which leads convert is still random), so that the fall is
// the same whatever the seed and no other team shows a false dip through sampling noise.
import { addPeriods } from '../../kpi/days';
import { CONTENT_TYPES, LOST_REASONS, SEGMENTS, SOURCES } from '../schema';
import { CONVERSION_SETTLE_DAYS, isWorkday, nextWorkday, previousWorkday } from './calendar';
import { accountName, DIP_TEAM, People } from './people';
import { Random, Weighted, weightedMean } from './random';
import { type SampleRun, startGenerator } from './run';

export interface Deal {
  readonly id: string;
  readonly account: string;
  /** Indexes into SEGMENTS, SOURCES, CONTENT_TYPES (-1: no content) and LOST_REASONS (-1). */
  readonly segment: number;
  readonly source: number;
  readonly content: number;
  readonly rep: number;
  readonly team: number;
  /** Estimated amount and cost; NaN until the lead becomes an opportunity. */
  amount: number;
  cost: number;
  /** Stage days; NaN when the stage was not reached by the end date. */
  readonly lead: number;
  opportunity: number;
  proposal: number;
  won: number;
  lost: number;
  lostReason: number;
}

// Per-choice tables are keyed by the schema's choice keys (the types make them complete), then
// laid out as arrays in the choice lists' order, so a deal stores each choice as an index.
type Key<L extends readonly { key: string }[]> = L[number]['key'];
function inOrder<L extends readonly { key: string }[], T>(list: L, table: Record<Key<L>, T>): T[] {
  return list.map((c) => table[c.key as Key<L>]);
}

/**
 * A segment's traits, one table row per segment: its share of leads, its lead-to-close cycle in
 * days, its odds multipliers at the proposal and win stages, its deal amounts and margin.
 */
function traits(
  weight: number,
  cycle: [number, number],
  proposal: number,
  win: number,
  amountMedian: number,
  amountRange: [number, number],
  margin: number,
) {
  return { weight, cycle, proposal, win, amountMedian, amountRange, margin };
}
type SegmentTraits = ReturnType<typeof traits>;

// Larger accounts: fewer leads, longer cycles, lower odds at each stage, larger and thinner deals.
const SEGMENT = inOrder<typeof SEGMENTS, SegmentTraits>(SEGMENTS, {
  smb: traits(0.55, [20, 45], 1.05, 1.1, 8_000, [2_000, 30_000], 0.48),
  midMarket: traits(0.3, [30, 65], 1, 0.95, 30_000, [10_000, 90_000], 0.4),
  enterprise: traits(0.15, [45, 88], 0.85, 0.75, 110_000, [40_000, 400_000], 0.33),
});

// Referrals convert best at every stage; cold outbound and paid ads least at qualification.
const SOURCE = inOrder<typeof SOURCES, { weight: number; qualify: number; win: number }>(SOURCES, {
  website: { weight: 0.28, qualify: 0.9, win: 1 },
  outbound: { weight: 0.24, qualify: 0.75, win: 1 },
  referral: { weight: 0.12, qualify: 1.6, win: 1.3 },
  event: { weight: 0.1, qualify: 1, win: 1 },
  partner: { weight: 0.11, qualify: 1.25, win: 1.05 },
  paidAds: { weight: 0.15, qualify: 0.8, win: 0.95 },
});

// The pricing page, demos and case studies signal intent; a whitepaper download much less. Index
// 0 is "no content consumed", then the CONTENT_TYPES in order.
const CONTENT = [
  { weight: 0.28, qualify: 0.85 },
  ...inOrder<typeof CONTENT_TYPES, { weight: number; qualify: number }>(CONTENT_TYPES, {
    caseStudy: { weight: 0.15, qualify: 1.25 },
    webinar: { weight: 0.15, qualify: 1.05 },
    whitepaper: { weight: 0.15, qualify: 0.88 },
    demoVideo: { weight: 0.14, qualify: 1.2 },
    pricingPage: { weight: 0.13, qualify: 1.4 },
  }),
];

// Why deals are lost: early (at the opportunity stage) and late (after the proposal).
const LOST = inOrder<typeof LOST_REASONS, { early: number; late: number }>(LOST_REASONS, {
  price: { early: 0.1, late: 0.35 },
  competitor: { early: 0.1, late: 0.35 },
  noDecision: { early: 0.35, late: 0.15 },
  timing: { early: 0.25, late: 0.12 },
  productFit: { early: 0.2, late: 0.03 },
});
const LOST_EARLY = new Weighted(LOST.map((x) => x.early));
const LOST_LATE = new Weighted(LOST.map((x) => x.late));

const QUALIFY_RATE = 0.4;
const PROPOSAL_RATE = 0.6;
const WIN_RATE = 0.35;
/** The dip team's conversion in the dip month, relative to the month before. */
export const DIP_CONVERSION_FACTOR = 0.7;
/** Extra days a stalled proposal stays open before it is marked lost. */
const STALL_DAYS = 45;
/** Leads a rep receives per working day at scale 1 (before season, growth and rep activity). */
const LEADS_PER_REP_DAY = 0.83;

// The mean factors, so that the blend of segments, sources and contents keeps the rates above.
function mean<T extends { weight: number }>(table: readonly T[], factor: (x: T) => number) {
  return weightedMean(
    table.map((x) => x.weight),
    table.map(factor),
  );
}
const QUALIFY_NORM = mean(SOURCE, (x) => x.qualify) * mean(CONTENT, (x) => x.qualify);
const PROPOSAL_NORM = mean(SEGMENT, (x) => x.proposal);
const WIN_NORM = mean(SEGMENT, (x) => x.win) * mean(SOURCE, (x) => x.win);

/** Segment traits that customers and orders reuse. */
export const SEGMENT_TRAITS: readonly Readonly<SegmentTraits>[] = SEGMENT;
/** Draws a segment index or a source index with the pipeline's mix. */
export const SEGMENT_MIX = new Weighted(SEGMENT.map((x) => x.weight));
export const SOURCE_MIX = new Weighted(SOURCE.map((x) => x.weight));
const CONTENT_MIX = new Weighted(CONTENT.map((x) => x.weight));

/**
 * All deals in lead-date order. `volume` multiplies the lead flow; `firstAccount` is the index of
 * the first account name to use (the ones before it name the customers acquired before the window).
 */
export function generateDeals(run: SampleRun): Deal[] {
  const {
    calendar,
    people,
    volume,
    legacyCount: firstAccount,
    startDay,
    endDay,
    conversionPreviousMonth,
    conversionDipMonth,
    random,
  } = startGenerator(run, 'pipeline');
  // The two months the conversion dip is measured on: [previousMonth, afterDip).
  const measured = {
    previousMonth: conversionPreviousMonth,
    dipMonth: conversionDipMonth,
    afterDip: addPeriods(conversionDipMonth, 'month', 1),
  };

  const deals: Deal[] = [];
  const qualifyChance: number[] = [];
  for (let day = startDay; day <= endDay; day++) {
    if (!isWorkday(day)) continue;
    const season = calendar.volumeOn(day);
    for (let r = 0; r < people.reps.length; r++) {
      const rep = people.reps[r];
      const n = random.count(LEADS_PER_REP_DAY * season * rep.activity * volume);
      for (let k = 0; k < n; k++) {
        const segment = SEGMENT_MIX.draw(random);
        const source = SOURCE_MIX.draw(random);
        const content = CONTENT_MIX.draw(random) - 1;
        const index = deals.length;
        deals.push({
          id: `D-${String(index + 1).padStart(5, '0')}`,
          account: accountName(firstAccount + index),
          segment,
          source,
          content,
          rep: r,
          team: rep.team,
          amount: NaN,
          cost: NaN,
          lead: day,
          opportunity: NaN,
          proposal: NaN,
          won: NaN,
          lost: NaN,
          lostReason: -1,
        });
        qualifyChance.push(
          Math.min(
            0.9,
            (QUALIFY_RATE *
              SOURCE[source].qualify *
              CONTENT[content + 1].qualify *
              people.teams[rep.team].conversion *
              calendar.conversionOn(day)) /
              QUALIFY_NORM,
          ),
        );
      }
    }
  }

  const qualifies = decideQualification(deals, qualifyChance, people, random, measured);
  deals.forEach((deal, i) => advance(deal, qualifies[i], people, random, endDay));
  return deals;
}

/** The conversion dip's month, the month before it, and the start of the month after it. */
interface MeasuredMonths {
  readonly previousMonth: number;
  readonly dipMonth: number;
  readonly afterDip: number;
}

/**
 * Whether each lead becomes an opportunity: a random draw, except in the two months the dip is
 * measured on, where every team converts a fixed number of its leads (its natural rate; 30 % less
 * for the dip team in the dip month), the most likely leads first in a random race.
 */
function decideQualification(
  deals: readonly Deal[],
  chance: readonly number[],
  people: People,
  random: Random,
  months: MeasuredMonths,
): Uint8Array {
  const qualifies = new Uint8Array(deals.length);
  // pairs[2t] = team t's leads of the month before the dip, pairs[2t + 1] = of the dip month.
  const pairs: { index: number; race: number }[][] = [];
  for (let t = 0; t < people.teams.length; t++) pairs.push([], []);
  const chanceSum = new Float64Array(people.teams.length);
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i];
    // Every lead draws once, so the random sequence does not depend on the window's months.
    const u = random.next();
    if (d.lead >= months.previousMonth && d.lead < months.afterDip) {
      const month = d.lead >= months.dipMonth ? 1 : 0;
      // Exponential race: the smaller -ln(u)/p, the earlier the lead is picked.
      pairs[2 * d.team + month].push({ index: i, race: -Math.log(1 - u) / chance[i] });
      chanceSum[d.team] += chance[i];
    } else if (u < chance[i]) {
      qualifies[i] = 1;
    }
  }
  for (let t = 0; t < people.teams.length; t++) {
    const leads = pairs[2 * t].length + pairs[2 * t + 1].length;
    const rate = leads > 0 ? chanceSum[t] / leads : 0;
    for (let month = 0; month < 2; month++) {
      const group = pairs[2 * t + month];
      const factor = t === DIP_TEAM && month === 1 ? DIP_CONVERSION_FACTOR : 1;
      const quota = Math.round(group.length * rate * factor);
      group.sort((a, b) => a.race - b.race || a.index - b.index);
      for (let k = 0; k < quota; k++) qualifies[group[k].index] = 1;
    }
  }
  return qualifies;
}

/** Draws the deal's later stages, amount and cost, then blanks whatever lies after the end. */
function advance(
  deal: Deal,
  qualifies: number,
  people: People,
  random: Random,
  endDay: number,
): void {
  const s = deal.segment;
  const skill = people.reps[deal.rep].skill;
  // Every deal draws the same numbers whatever its fate, so one deal's outcome never shifts the
  // random sequence of the next.
  const traits = SEGMENT[s];
  const [shortest, longest] = traits.cycle;
  const cycle = random.int(shortest, longest);
  const toOpportunity = Math.max(1, Math.min(14, Math.round(cycle * random.between(0.08, 0.2))));
  const toProposal = Math.max(2, Math.round((cycle - toOpportunity) * random.between(0.35, 0.5)));
  const proposes = random.chance(
    (PROPOSAL_RATE * traits.proposal * Math.sqrt(skill)) / PROPOSAL_NORM,
  );
  const wins = random.chance((WIN_RATE * traits.win * SOURCE[deal.source].win * skill) / WIN_NORM);
  const earlyLoss = random.int(5, 30);
  const lateLoss = random.int(5, 40);
  const earlyReason = LOST_EARLY.draw(random);
  const lateReason = LOST_LATE.draw(random);
  const [low, high] = traits.amountRange;
  const amount = Math.min(high, Math.max(low, random.logNormal(traits.amountMedian, 0.45)));
  const margin = Math.min(0.7, Math.max(0.15, traits.margin + 0.04 * random.normal()));

  if (!qualifies) return;
  let opportunity = nextWorkday(deal.lead + toOpportunity);
  // Within two weeks of the lead, on a working day, so a month's leads are settled two weeks
  // after it ends (the conversion dip's months, by the window's choice, before the end date).
  const settled = deal.lead + CONVERSION_SETTLE_DAYS;
  if (opportunity > settled) opportunity = previousWorkday(settled);
  if (opportunity > endDay) return;
  deal.opportunity = opportunity;
  const round = s === 0 ? 10 : 100;
  deal.amount = Math.round(amount / round) * round;
  deal.cost = Math.round(deal.amount * (1 - margin));

  if (!proposes) {
    const lost = nextWorkday(opportunity + earlyLoss);
    if (lost <= endDay) {
      deal.lost = lost;
      deal.lostReason = earlyReason;
    }
    return;
  }
  const proposal = nextWorkday(Math.max(opportunity + 1, deal.lead + toOpportunity + toProposal));
  if (proposal > endDay) return;
  deal.proposal = proposal;
  if (wins) {
    const won = nextWorkday(Math.max(proposal + 1, deal.lead + cycle));
    if (won <= endDay) deal.won = won;
  } else {
    // One lost proposal in six stalls for weeks before it is marked lost: there are always
    // deals idle longer than the usual cycle in the pipeline, whatever the end date.
    const stalls = lateLoss > 34;
    const lost = nextWorkday(proposal + (stalls ? STALL_DAYS + lateLoss : lateLoss));
    if (lost <= endDay) {
      deal.lost = lost;
      deal.lostReason = lateReason;
    }
  }
}
