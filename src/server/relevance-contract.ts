// The typed contract between the "Review tracked KPIs" page and its server functions
// (google.script.run). JSON-safe data only. The page imports these types only.
import type { Busy } from './busy-contract';

export type RelevanceDecision = 'keep' | 'pause' | 'retire';

export interface RelevanceFindingView {
  /** Stable id ("unused:calls"): the decision is remembered under it. */
  id: string;
  kind: 'unused' | 'stopped' | 'unpaired' | 'uncorrelated' | 'crowded';
  /** The finding in the user's language. */
  text: string;
  /** False for a crowded scope: there is no KPI to retire. */
  canRetire: boolean;
}

export interface RelevanceView {
  language: 'en' | 'fr';
  /** "2026-Q4": a pause lasts until the end of it. */
  quarter: string;
  /** The findings still to decide. */
  findings: RelevanceFindingView[];
  /** Retired KPIs (left out of the dashboard and the emails; their data is kept). */
  retired: Array<{ kpi: string; name: string }>;
  /** The latest decisions, newest first, in words. */
  log: string[];
}

/** A decision answers the new list, or Busy (nothing written) when the lock could not be had. */
export interface RelevancePageServer {
  relevancePageInit: () => RelevanceView;
  relevanceDecide: (findingId: string, decision: RelevanceDecision) => RelevanceView | Busy;
  relevanceRestore: (kpi: string) => RelevanceView | Busy;
}
