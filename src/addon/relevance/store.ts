// Where the relevance review keeps its state: document properties, shared by every editor. The
// retired list has a property of its own, so the dashboard refresh and the summaries read it in
// one call; the decisions, the log and the last quarter reviewed have theirs.
import { documentProperty, setDocumentProperty } from '../adapters/services';
import { readRetired, writeRetired } from '../workbook/retired-kpis';
import { type DecisionState, type LogEntry, parseDecided, parseLog } from './decisions';

const DECIDED = 'salesKpi.relevance.decisions';
const LOG = 'salesKpi.relevance.log';
const REVIEWED = 'salesKpi.relevance.reviewed';

export interface StoredReview {
  readonly state: DecisionState;
  readonly log: LogEntry[];
  /** The last quarter whose review the hourly job made ('' never). */
  readonly reviewed: string;
}

export function readReview(): StoredReview {
  // documentProperty reads every property once per execution (services.ts).
  return {
    state: {
      decided: parseDecided(documentProperty(DECIDED)),
      retired: readRetired(),
    },
    log: parseLog(documentProperty(LOG)),
    reviewed: lastReviewedQuarter(),
  };
}

export function writeDecisions(state: DecisionState, log: readonly LogEntry[]): void {
  setDocumentProperty(DECIDED, JSON.stringify(state.decided));
  writeRetired(state.retired);
  setDocumentProperty(LOG, JSON.stringify(log));
}

/** "2026-Q4 3": the quarter last reviewed by the job and how many findings it left to decide. */
export function lastReviewedQuarter(): string {
  return (documentProperty(REVIEWED) ?? '').split(' ')[0];
}

export function lastReviewCount(): number | null {
  const count = (documentProperty(REVIEWED) ?? '').split(' ')[1];
  return count === undefined ? null : Number(count);
}

export function setReviewedQuarter(quarter: string, pending: number): void {
  setDocumentProperty(REVIEWED, `${quarter} ${pending}`);
}
