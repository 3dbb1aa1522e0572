// The pipeline's history from its daily snapshots: one row per deal per day on which something
// about it changed (stage, amount, expected close, owner), so a deal's state on any day is its
// last row on or before that day. From the rows: time spent in each stage, the ageing of the open
// deals, the pipeline created, won and lost per period (a waterfall whose steps add up from the
// opening pipeline to the closing one), and the close dates that slipped. Days are day numbers
// (kpi/days.ts); NaN is a blank.
import { addPeriods, type Period, periodStart } from './days';

export const OPEN_STAGES = ['lead', 'opportunity', 'proposal'] as const;
export const STAGES = [...OPEN_STAGES, 'won', 'lost', 'removed'] as const;
export type Stage = (typeof STAGES)[number];

export function isOpenStage(stage: Stage): boolean {
  return stage === 'lead' || stage === 'opportunity' || stage === 'proposal';
}

/** One row of the history: what a deal looked like from `day` on. */
export interface SnapshotRow {
  readonly day: number;
  readonly dealId: string;
  readonly stage: Stage;
  /** NaN when the deal has no amount yet (a lead). */
  readonly amount: number;
  /** NaN when none is known. */
  readonly expectedClose: number;
  readonly rep: string;
  readonly team: string;
}

/** A deal's state now, compared field by field with its last row to decide whether to write. */
export function sameState(a: Omit<SnapshotRow, 'day'>, b: Omit<SnapshotRow, 'day'>): boolean {
  const same = (x: number, y: number) => x === y || (Number.isNaN(x) && Number.isNaN(y));
  return (
    a.dealId === b.dealId &&
    a.stage === b.stage &&
    same(a.amount, b.amount) &&
    same(a.expectedClose, b.expectedClose) &&
    a.rep === b.rep &&
    a.team === b.team
  );
}

/** Each deal's rows in day order, by deal ID (what rowsByDeal makes; the analyses read it). */
export type DealHistories = ReadonlyMap<string, readonly SnapshotRow[]>;

/** Each deal's rows in day order (a later row of the same day replaces an earlier one). */
export function rowsByDeal(rows: readonly SnapshotRow[]): Map<string, SnapshotRow[]> {
  const out = new Map<string, SnapshotRow[]>();
  for (const row of rows) {
    let list = out.get(row.dealId);
    if (!list) out.set(row.dealId, (list = []));
    list.push(row);
  }
  for (const list of out.values()) {
    list.sort((a, b) => a.day - b.day);
    for (let i = list.length - 1; i > 0; i--)
      if (list[i - 1].day === list[i].day) list.splice(i - 1, 1);
  }
  return out;
}

/** The rows that must be appended for `day`: every deal whose state differs from its last row. */
export function changedRows(
  last: ReadonlyMap<string, SnapshotRow>,
  now: readonly Omit<SnapshotRow, 'day'>[],
  day: number,
): SnapshotRow[] {
  const out: SnapshotRow[] = [];
  const seen = new Set<string>();
  for (const state of now) {
    seen.add(state.dealId);
    const previous = last.get(state.dealId);
    // A deal first seen already closed was never in the open pipeline: nothing to record.
    if (!previous && !isOpenStage(state.stage)) continue;
    if (previous && sameState(previous, state)) continue;
    // Once closed and recorded so, a deal is history: later edits of a closed row are not tracked.
    if (previous && !isOpenStage(previous.stage) && !isOpenStage(state.stage)) continue;
    out.push({ ...state, day });
  }
  // An open deal that left the sheet (deleted, or its ID changed) is recorded as removed, once.
  for (const [id, previous] of last) {
    if (seen.has(id) || !isOpenStage(previous.stage)) continue;
    out.push({ ...previous, day, stage: 'removed' });
  }
  return out;
}

/** Each deal's last row on or before `day`. */
export function statesOn(byDeal: DealHistories, day: number) {
  const out = new Map<string, SnapshotRow>();
  for (const [id, list] of byDeal) {
    let found: SnapshotRow | undefined;
    for (const row of list) {
      if (row.day > day) break;
      found = row;
    }
    if (found) out.set(id, found);
  }
  return out;
}

/** One stay of a deal in an open stage: entered on `from`, left on `to` (NaN: still there). */
export interface StageSpell {
  readonly dealId: string;
  readonly stage: Stage;
  readonly from: number;
  readonly to: number;
}

export function stageSpells(byDeal: DealHistories): StageSpell[] {
  const out: StageSpell[] = [];
  for (const [dealId, list] of byDeal) {
    let current: { stage: Stage; from: number } | undefined;
    for (const row of list) {
      if (current && current.stage === row.stage) continue;
      if (current && isOpenStage(current.stage))
        out.push({ dealId, stage: current.stage, from: current.from, to: row.day });
      current = { stage: row.stage, from: row.day };
    }
    if (current && isOpenStage(current.stage))
      out.push({ dealId, stage: current.stage, from: current.from, to: NaN });
  }
  return out;
}

export interface StageTime {
  readonly stage: Stage;
  /** Stays that ended (the deal moved on, closed or was removed). */
  readonly count: number;
  readonly meanDays: number;
  readonly medianDays: number;
}

/** Days spent in each open stage by the stays that ended within [from, to). */
export function timeInStage(byDeal: DealHistories, from = -Infinity, to = Infinity): StageTime[] {
  const spells = stageSpells(byDeal);
  return OPEN_STAGES.map((stage) => {
    const days = spells
      .filter((s) => s.stage === stage && s.to >= from && s.to < to)
      .map((s) => s.to - s.from)
      .sort((a, b) => a - b);
    const n = days.length;
    const mean = n ? days.reduce((s, d) => s + d, 0) / n : NaN;
    const median = n ? (n % 2 ? days[(n - 1) / 2] : (days[n / 2 - 1] + days[n / 2]) / 2) : NaN;
    return { stage, count: n, meanDays: mean, medianDays: median };
  });
}

/** An open deal on a day, with how long it has been in its stage. */
export interface AgedDeal {
  readonly dealId: string;
  readonly stage: Stage;
  readonly amount: number;
  readonly daysInStage: number;
  readonly rep: string;
  readonly team: string;
}

/** The open deals on `day` and their days in the current stage, oldest first. */
export function stageAgeing(byDeal: DealHistories, day: number): AgedDeal[] {
  const out: AgedDeal[] = [];
  for (const [dealId, list] of byDeal) {
    let entered = NaN;
    let state: SnapshotRow | undefined;
    for (const row of list) {
      if (row.day > day) break;
      if (!state || state.stage !== row.stage) entered = row.day;
      state = row;
    }
    if (!state || !isOpenStage(state.stage)) continue;
    const { stage, amount, rep, team } = state;
    out.push({ dealId, stage, amount, daysInStage: day - entered, rep, team });
  }
  return out.sort((a, b) => b.daysInStage - a.daysInStage || (a.dealId < b.dealId ? -1 : 1));
}

/** One period of the pipeline waterfall, in amounts (a deal with no amount counts 0). */
export interface WaterfallStep {
  readonly start: number;
  /** Open pipeline at the start of the period (the states of the day before). */
  readonly opening: number;
  /** Deals that entered the open pipeline during the period, at their first amount. */
  readonly created: number;
  /** Amount changes of deals that stayed open (raises positive, cuts negative). */
  readonly changed: number;
  /** Open pipeline that closed won, lost, or left the sheet, at its last open amount. */
  readonly won: number;
  readonly lost: number;
  readonly removed: number;
  /** Open pipeline at the end: opening + created + changed − won − lost − removed. */
  readonly closing: number;
  readonly createdCount: number;
  readonly wonCount: number;
  readonly lostCount: number;
}

const amountOf = (x: number) => (Number.isFinite(x) ? x : 0);

/**
 * The waterfall of each period starting in [from, to): what the open pipeline was, what was
 * created, changed, won, lost and removed, and what it was at the end. Each step adds up exactly.
 */
export function pipelineWaterfall(
  byDeal: DealHistories,
  period: Period,
  from: number,
  to: number,
): WaterfallStep[] {
  const steps: WaterfallStep[] = [];
  for (let start = periodStart(from, period); start < to; start = addPeriods(start, period, 1)) {
    const end = addPeriods(start, period, 1);
    const step: { -readonly [K in keyof WaterfallStep]: WaterfallStep[K] } = {
      start,
      opening: 0,
      created: 0,
      changed: 0,
      won: 0,
      lost: 0,
      removed: 0,
      closing: 0,
      createdCount: 0,
      wonCount: 0,
      lostCount: 0,
    };
    for (const list of byDeal.values()) {
      // The deal's open amount as the period goes, from its state the day before it starts.
      let open: number | undefined;
      for (const row of list) {
        if (row.day >= end) break;
        const isOpen = isOpenStage(row.stage);
        if (row.day < start) {
          open = isOpen ? amountOf(row.amount) : undefined;
          continue;
        }
        if (open === undefined) {
          if (isOpen) {
            step.created += amountOf(row.amount);
            step.createdCount++;
            open = amountOf(row.amount);
          }
          continue;
        }
        if (isOpen) {
          step.changed += amountOf(row.amount) - open;
          open = amountOf(row.amount);
          continue;
        }
        if (row.stage === 'won') {
          step.won += open;
          step.wonCount++;
        } else if (row.stage === 'lost') {
          step.lost += open;
          step.lostCount++;
        } else step.removed += open;
        open = undefined;
      }
      if (open !== undefined) step.closing += open;
    }
    for (const list of byDeal.values()) {
      let open: number | undefined;
      for (const row of list) {
        if (row.day >= start) break;
        open = isOpenStage(row.stage) ? amountOf(row.amount) : undefined;
      }
      if (open !== undefined) step.opening += open;
    }
    steps.push(step);
  }
  return steps;
}

/** A change of a deal's expected close date to a later day. */
export interface Slip {
  readonly dealId: string;
  readonly day: number;
  readonly from: number;
  readonly to: number;
}

/** The close dates pushed later on days in [from, to), with by how much. */
export function slippedCloseDates(byDeal: DealHistories, from = -Infinity, to = Infinity): Slip[] {
  const out: Slip[] = [];
  for (const [dealId, list] of byDeal) {
    let previous = NaN;
    for (const row of list) {
      const next = row.expectedClose;
      if (
        row.day >= from &&
        row.day < to &&
        isOpenStage(row.stage) &&
        Number.isFinite(previous) &&
        Number.isFinite(next) &&
        next > previous
      )
        out.push({ dealId, day: row.day, from: previous, to: next });
      if (Number.isFinite(next)) previous = next;
    }
  }
  return out;
}
