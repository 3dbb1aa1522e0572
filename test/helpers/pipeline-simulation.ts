// A simulated pipeline for the history tests: deals that arrive, move lead → opportunity →
// proposal → won or lost, change amount and have their expected close pushed later, on known days.
// The ground truth (each deal's script) gives the history KPIs directly, to compare with those the
// snapshots yield. Deterministic from a seed (a small linear congruential generator).
import type { Stage } from '../../src/kpi/pipeline-history';

export interface DealScript {
  readonly id: string;
  readonly rep: string;
  readonly team: string;
  readonly created: number;
  /** Days the deal enters each later stage (NaN: never). */
  readonly opportunity: number;
  readonly proposal: number;
  readonly closed: number;
  readonly outcome: 'won' | 'lost';
  /** Amount from the opportunity on, then changed to `amount2` on `amountDay` (NaN: never). */
  readonly amount: number;
  readonly amountDay: number;
  readonly amount2: number;
  /** Expected close from the opportunity on, pushed to `close2` on `slipDay` (NaN: never). */
  readonly close1: number;
  readonly slipDay: number;
  readonly close2: number;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TEAMS = [
  ['Lyon', 'Ana'],
  ['Lyon', 'Ben'],
  ['Paris', 'Chloé'],
  ['Paris', 'Dev'],
] as const;

/** `count` deals created on days [first, first + span). */
export function simulateDeals(
  seed: number,
  count: number,
  first: number,
  span: number,
): DealScript[] {
  const r = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const out: DealScript[] = [];
  for (let i = 0; i < count; i++) {
    const [team, rep] = TEAMS[i % TEAMS.length];
    const created = first + int(0, span - 1);
    const qualifies = r() < 0.6;
    const opportunity = qualifies ? created + int(1, 6) : NaN;
    const proposes = qualifies && r() < 0.7;
    const proposal = proposes ? opportunity + int(1, 10) : NaN;
    const closes = qualifies && r() < 0.8;
    const closed = closes ? (proposes ? proposal : opportunity) + int(1, 15) : NaN;
    const outcome = r() < 0.45 ? 'won' : 'lost';
    const amount = 1000 * int(1, 50);
    const changes = qualifies && r() < 0.3;
    const amountDay = changes ? opportunity + int(1, 5) : NaN;
    const close1 = qualifies ? opportunity + int(10, 30) : NaN;
    const slips = qualifies && r() < 0.3;
    const slipDay = slips ? opportunity + int(1, 8) : NaN;
    out.push({
      id: `S-${String(i + 1).padStart(4, '0')}`,
      rep,
      team,
      created,
      opportunity,
      proposal,
      closed,
      outcome,
      amount,
      amountDay,
      amount2: amount + 1000 * int(-1, 5),
      close1,
      slipDay,
      close2: close1 + int(3, 20),
    });
  }
  return out;
}

const reached = (day: number, on: number) => Number.isFinite(day) && day <= on;

/** A deal's state at the end of `day` (undefined before it exists). */
export function stateOn(d: DealScript, day: number) {
  if (d.created > day) return undefined;
  let stage: Stage = 'lead';
  if (reached(d.opportunity, day)) stage = 'opportunity';
  if (reached(d.proposal, day)) stage = 'proposal';
  if (reached(d.closed, day)) stage = d.outcome;
  const qualified = reached(d.opportunity, day);
  return {
    stage,
    amount: !qualified ? NaN : reached(d.amountDay, day) ? d.amount2 : d.amount,
    expectedClose: !qualified ? NaN : reached(d.slipDay, day) ? d.close2 : d.close1,
  };
}

/** The deal's last open amount before it closed (NaN-free: 0 when it had none). */
function amountBeforeClose(d: DealScript): number {
  if (!Number.isFinite(d.opportunity)) return 0;
  return Number.isFinite(d.amountDay) && d.amountDay < d.closed ? d.amount2 : d.amount;
}

/** The KPIs straight from the scripts, over the days [first, last] (weeks from Monday). */
export function truthKpis(deals: readonly DealScript[], first: number, last: number) {
  const within = (day: number) => Number.isFinite(day) && day >= first && day <= last;
  const closedIn = (d: DealScript, outcome: 'won' | 'lost') =>
    d.outcome === outcome && within(d.closed) && d.created <= last;
  const opportunityStays = deals
    .filter((d) => within(d.opportunity))
    .map((d) => ({ d, left: Number.isFinite(d.proposal) ? d.proposal : d.closed }))
    .filter(({ left }) => within(left))
    .map(({ d, left }) => left - d.opportunity);
  const open = deals.filter((d) => {
    const s = stateOn(d, last);
    return s && s.stage !== 'won' && s.stage !== 'lost';
  });
  return {
    created: deals.filter((d) => within(d.created)).length,
    won: deals.filter((d) => closedIn(d, 'won')).length,
    wonAmount: deals
      .filter((d) => closedIn(d, 'won'))
      .reduce((s, d) => s + amountBeforeClose(d), 0),
    lost: deals.filter((d) => closedIn(d, 'lost')).length,
    opportunityStays: opportunityStays.length,
    opportunityMeanDays: opportunityStays.reduce((s, x) => s + x, 0) / opportunityStays.length,
    openAtEnd: open.length,
    openAmountAtEnd: open.reduce((s, d) => s + (stateOn(d, last)!.amount || 0), 0),
    slips: deals.filter(
      (d) => within(d.slipDay) && !(Number.isFinite(d.closed) && d.closed <= d.slipDay),
    ).length,
    /** (deal, day) pairs whose state differs from the day before, while open or on closing. */
    changes: deals.reduce((n, d) => {
      let count = 0;
      for (let day = Math.max(first, d.created); day <= last; day++) {
        const before = stateOn(d, day - 1);
        const now = stateOn(d, day)!;
        if (before && (before.stage === 'won' || before.stage === 'lost')) break;
        const same =
          before &&
          before.stage === now.stage &&
          Object.is(before.amount, now.amount) &&
          Object.is(before.expectedClose, now.expectedClose);
        if (!same) count++;
      }
      return n + count;
    }, 0),
  };
}
