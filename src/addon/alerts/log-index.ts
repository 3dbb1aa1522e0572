// The Actions log indexed by rule, for the cooldown (is there a row for this rule, kind and
// period?) and the recovery check (which rows of the rule are still waiting for a recovery?).
// The cooldown also asks the add-on's own memory (logged-memory.ts), so a row the user deleted
// or whose Alert ID they cleared is still known as logged. The memory is read only when the rows
// do not answer (a breach not in the sheet: rare), and stored only when something is logged, with
// every period found logged in the sheet meanwhile; an ordinary run costs no properties call.
import { type LoggedMemory, loggedKey } from './logged-memory';
import { comparedPeriods } from './periods';
import type { ActionRecord } from '../workbook/actions-sheet';
import type { AlertRule } from './types';

/**
 * The Actions log by rule and period. A row's period is its Period cell, or for a row typed by
 * hand without one, the last complete period before its date (what an evaluation that day
 * compared).
 */
export class ActionLogIndex {
  private readonly keys = new Set<string>();
  private readonly byAlert = new Map<string, ActionRecord[]>();

  private stored: LoggedMemory | undefined;
  /** Periods found logged in the sheet or logged now, latest per kind and rule. */
  private readonly found: LoggedMemory = new Map();
  private logged = false;

  /** `loadMemory` reads the stored memory; called once at most, when the rows do not answer. */
  constructor(
    entries: readonly ActionRecord[],
    private readonly loadMemory: () => LoggedMemory = () => new Map(),
  ) {
    for (const e of entries) {
      const list = this.byAlert.get(e.alertId);
      if (list) list.push(e);
      else this.byAlert.set(e.alertId, [e]);
    }
  }

  private periodOf(entry: ActionRecord, rule: AlertRule): number | null {
    if (entry.periodStart !== null) return entry.periodStart;
    return entry.day === null ? null : comparedPeriods(entry.day, rule.period).current.start;
  }

  private rowsOf(kind: ActionRecord['kind'], rule: AlertRule): ActionRecord[] {
    return (this.byAlert.get(rule.id) ?? []).filter((e) => e.kind === kind);
  }

  has(kind: ActionRecord['kind'], rule: AlertRule, periodStart: number): boolean {
    if (this.keys.has(`${kind}|${rule.id}|${periodStart}`)) return true;
    if (this.rowsOf(kind, rule).some((e) => this.periodOf(e, rule) === periodStart)) {
      remember(this.found, loggedKey(kind, rule.id), periodStart);
      return true;
    }
    return this.memory().get(loggedKey(kind, rule.id)) === periodStart;
  }

  add(kind: ActionRecord['kind'], rule: AlertRule, periodStart: number): void {
    this.keys.add(`${kind}|${rule.id}|${periodStart}`);
    remember(this.found, loggedKey(kind, rule.id), periodStart);
    this.logged = true;
  }

  /** The memory to store after this run, or undefined when nothing was logged (no write). */
  toStore(): LoggedMemory | undefined {
    if (!this.logged) return undefined;
    const out = new Map(this.memory());
    for (const [key, day] of this.found) remember(out, key, day);
    return out;
  }

  private memory(): LoggedMemory {
    this.stored ??= this.loadMemory();
    return this.stored;
  }

  /**
   * The rule's rows of a kind about a period before `periodStart` that are not recovered yet:
   * open, in progress, or done (an action done is exactly what the loop measures: did the KPI
   * recover after it?). Rows with a status of the user's own are left alone.
   */
  unrecovered(kind: ActionRecord['kind'], rule: AlertRule, periodStart: number): ActionRecord[] {
    return this.rowsOf(kind, rule).filter((e) => {
      if (e.previous === null) return false;
      if (e.status !== 'open' && e.status !== 'inProgress' && e.status !== 'done') return false;
      const period = this.periodOf(e, rule);
      return period !== null && period < periodStart;
    });
  }
}

/** Keeps the latest period per key. */
function remember(memory: LoggedMemory, key: string, periodStart: number): void {
  const known = memory.get(key);
  if (known === undefined || periodStart > known) memory.set(key, periodStart);
}
