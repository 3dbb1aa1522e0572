// The live formulas of an objective's row. "Current" computes the KPI for the objective's scope
// over its window (the row's own Start and Deadline cells, both included) straight from the
// source sheets, with the metrics engine's definitions (metrics/measures-*.ts): built-in COUNTIFS,
// SUMIFS and AVERAGEIFS where the scope is a column of the KPI's sheet (fast in Sheets), and
// SUMPRODUCT over a FILTER of the segment's customers where the segment must be joined through
// Customers (orders and survey answers carry the customer, not the segment). Sheets and columns
// are the ones found by metadata, so a renamed sheet or a moved column is written correctly; whole
// columns (Sheet!$J:$J) follow added rows, their header excluded by the date conditions.
// "Progress" and "Pace" take KPI_PROGRESS's achieved share and status (INDEX, so nothing spills
// over the next row): from the baseline for level KPIs, from 0 for cumulative ones, as of the
// add-on's as-of cell (workbook/as-of.ts): a custom function recalculates only when an argument
// changes, so with as_of left empty ("now") Pace would stay on the day it was first computed.
import type { KpiKey, Scope } from '../metrics';
import { ACTIVITY_TYPES, OUTCOMES, SCHEMA, SOURCES, SURVEY_KINDS } from '../schema';
import type { Language } from '../i18n';
import { wholeColumn } from '../workbook/a1';
import type { SourceLayouts } from '../workbook/read-data';
import type { SourceSheet } from '../metrics';
import { isCumulative } from './cumulative';
import {
  between,
  blank,
  choiceLabels,
  compare,
  type Condition,
  ifs,
  mask,
  nonBlank,
  noneOf,
  oneOf,
  segmentLabels,
} from './formula-parts';

/** Cell references of the objective's own row ("$H5"). */
export interface RowRefs {
  readonly start: string;
  readonly deadline: string;
  readonly target: string;
  readonly baseline: string;
  readonly current: string;
  /** The as-of cell ('KPI date'!$B$1) holding today; empty only in workbooks that lack it. */
  readonly asOf?: string;
}

export type FormulaResult = { readonly formula: string } | { readonly problem: string };

/** A column the formula needs is missing: which sheet and column, in the user's words. */
class MissingColumn extends Error {
  constructor(
    readonly sheet: SourceSheet,
    readonly column: string,
  ) {
    super(`${sheet}.${column}`);
  }
}

const REFERRAL_ALIASES = ['Bouche-à-oreille', 'Bouche à oreille'];

export function currentFormula(
  kpi: KpiKey,
  scope: Scope,
  layouts: SourceLayouts,
  refs: RowRefs,
  language: Language,
): FormulaResult {
  try {
    return { formula: `=IFERROR(${new Builder(layouts, refs, scope).kpi(kpi)},"")` };
  } catch (e) {
    if (!(e instanceof MissingColumn)) throw e;
    const sheet = SCHEMA[e.sheet];
    const column = sheet.columns.find((c) => c.key === e.column);
    const problem =
      language === 'fr'
        ? `la feuille ${sheet.fr} n’a pas de colonne ${column?.fr ?? e.column}.`
        : `the ${sheet.en} sheet has no ${column?.en ?? e.column} column.`;
    return { problem };
  }
}

/** KPI_PROGRESS's row, column `index` (1: achieved share, 4: status), when Current is a number. */
function progressPart(kpi: KpiKey, refs: RowRefs, index: number): string {
  const from = isCumulative(kpi) ? '0' : refs.baseline;
  const asOf = refs.asOf ?? '';
  const call = `KPI_PROGRESS(${refs.current},${refs.target},${refs.start},${refs.deadline},${asOf},${from})`;
  return `=IF(ISNUMBER(${refs.current}),INDEX(${call},2,${index}),"")`;
}

export function progressFormula(kpi: KpiKey, refs: RowRefs): string {
  return progressPart(kpi, refs, 1);
}

export function paceFormula(kpi: KpiKey, refs: RowRefs): string {
  return progressPart(kpi, refs, 4);
}

class Builder {
  constructor(
    private readonly layouts: SourceLayouts,
    private readonly refs: RowRefs,
    private readonly scope: Scope,
  ) {}

  kpi(kpi: KpiKey): string {
    switch (kpi) {
      case 'calls':
        return ifs([...this.activities(), this.type('call')]);
      case 'emails':
        return ifs([...this.activities(), this.type('email')]);
      case 'meetings': {
        // Meetings that took place: any outcome (or none) but rescheduled or no-show.
        const held = noneOf(this.col('activities', 'outcome'), [
          ...choiceLabels(OUTCOMES, 'rescheduled'),
          ...choiceLabels(OUTCOMES, 'noShow'),
        ]);
        return ifs([...this.activities(), this.type('meeting'), ...held]);
      }
      case 'significant_interactions':
        return this.interactions();
      case 'lead_to_opportunity':
        return this.conversion('leadDate', 'opportunityDate');
      case 'opportunity_to_proposal':
        return this.conversion('opportunityDate', 'proposalDate');
      case 'win_rate': {
        const won = ifs(this.pipeline('wonDate'));
        const lost = ifs([...this.pipeline('lostDate'), blank(this.col('pipeline', 'wonDate'))]);
        return `${won}/(${won}+${lost})`;
      }
      case 'cycle_days':
        return this.cycleDays();
      case 'revenue':
      case 'aov':
      case 'gross_margin':
        return this.scope.type === 'segment' ? this.ordersBySegment(kpi) : this.orders(kpi);
      case 'new_customers':
        return ifs(this.customers());
      case 'retention':
        return this.retention();
      case 'referral_rate': {
        const source = this.col('customers', 'source');
        const referral = oneOf(source, choiceLabels(SOURCES, 'referral', REFERRAL_ALIASES));
        return `${ifs([...this.customers(), referral])}/${ifs([...this.customers(), nonBlank(source)])}`;
      }
      case 'nps':
      case 'csat':
        return this.survey(kpi);
    }
  }

  private col(sheet: SourceSheet, key: string): string {
    const layout = this.layouts[sheet];
    const column = layout?.columns.get(key);
    if (!layout || column === undefined) throw new MissingColumn(sheet, key);
    return wholeColumn(layout.name, column);
  }

  private window(sheet: SourceSheet, dateKey: string): Condition[] {
    return between(this.col(sheet, dateKey), this.refs.start, this.refs.deadline);
  }

  /** The scope as a column of the sheet (segments of orders and surveys are joined instead). */
  private scoped(sheet: SourceSheet): Condition[] {
    const s = this.scope;
    if (s.type === 'company') return [];
    const labels = s.type === 'segment' ? segmentLabels(s.name) : [s.name.trim()];
    return [oneOf(this.col(sheet, s.type), labels)];
  }

  private activities(): Condition[] {
    return [...this.window('activities', 'date'), ...this.scoped('activities')];
  }

  private type(key: string): Condition {
    return oneOf(this.col('activities', 'type'), choiceLabels(ACTIVITY_TYPES, key));
  }

  private outcome(key: string): Condition {
    return oneOf(this.col('activities', 'outcome'), choiceLabels(OUTCOMES, key));
  }

  /** KPI_INTERACTION_SCORE's default rules: 1 point each, the rules' types never overlap. */
  private interactions(): string {
    const base = this.activities();
    const longCalls = ifs([
      ...base,
      this.type('call'),
      compare(this.col('activities', 'duration'), '>=', '15'),
    ]);
    const replies = ifs([...base, this.type('email'), this.outcome('positiveReply')]);
    const webinars = ifs([...base, this.type('webinar'), this.outcome('attended')]);
    return `${longCalls}+${replies}+${webinars}`;
  }

  private pipeline(dateKey: string): Condition[] {
    return [...this.window('pipeline', dateKey), ...this.scoped('pipeline')];
  }

  /** Deals entering the first stage in the window; the share that reached the next (ever). */
  private conversion(from: string, to: string): string {
    const entered = this.pipeline(from);
    return `${ifs([...entered, nonBlank(this.col('pipeline', to))])}/${ifs(entered)}`;
  }

  /** Median days from Lead date to Won date of the deals won in the window (typos left out). */
  private cycleDays(): string {
    const won = this.col('pipeline', 'wonDate');
    const lead = this.col('pipeline', 'leadDate');
    const tests = [
      `ISNUMBER(${won})`,
      `ISNUMBER(${lead})`,
      ...this.pipeline('wonDate').map((c) => c.test),
      `(${lead}<=${won})`,
    ];
    return `MEDIAN(FILTER(INT(${won})-INT(${lead}),${tests.join(',')}))`;
  }

  private orders(kpi: 'revenue' | 'aov' | 'gross_margin'): string {
    const conditions = [...this.window('orders', 'date'), ...this.scoped('orders')];
    const amount = this.col('orders', 'amount');
    if (kpi === 'revenue') return ifs(conditions, amount);
    if (kpi === 'aov') {
      // Orders have no label alternatives (team and rep are one name): one AVERAGEIFS.
      const args = conditions.flatMap((c) => [c.column, c.criteria[0]]);
      return `AVERAGEIFS(${amount},${args.join(',')})`;
    }
    const revenue = ifs(conditions, amount);
    const cost = ifs([...conditions, nonBlank(amount)], this.col('orders', 'cost'));
    return `(${revenue}-${cost})/${revenue}`;
  }

  /** 1 where the row's customer belongs to the segment (through Customers' IDs and segments). */
  private inSegment(sheet: 'orders' | 'surveys'): string {
    if (this.scope.type !== 'segment') throw new Error('inSegment needs a segment scope');
    const ids = this.col('customers', 'customerId');
    const segment = oneOf(this.col('customers', 'segment'), segmentLabels(this.scope.name));
    return `ISNUMBER(MATCH(${this.col(sheet, 'customerId')},FILTER(${ids},${segment.test}),0))`;
  }

  private ordersBySegment(kpi: 'revenue' | 'aov' | 'gross_margin'): string {
    const rows = `${mask(this.window('orders', 'date'))}*${this.inSegment('orders')}`;
    const amount = this.col('orders', 'amount');
    const revenue = `SUMPRODUCT(${rows},${amount})`;
    if (kpi === 'revenue') return revenue;
    const priced = `${rows}*ISNUMBER(${amount})`;
    if (kpi === 'aov') return `${revenue}/SUMPRODUCT(${priced})`;
    return `(${revenue}-SUMPRODUCT(${priced},${this.col('orders', 'cost')}))/${revenue}`;
  }

  private customers(): Condition[] {
    return [...this.window('customers', 'acquiredDate'), ...this.scoped('customers')];
  }

  /**
   * Customers active at the start (acquired before it, not churned before it) kept to the end:
   * the engine's retention over the whole window, which falls as the window grows (a quarter
   * keeps fewer customers than a month), unlike the per-period baseline it is compared with.
   */
  private retention(): string {
    const acquired = this.col('customers', 'acquiredDate');
    const churned = this.col('customers', 'churnedDate');
    const before = [compare(acquired, '<', this.refs.start), ...this.scoped('customers')];
    const stayed = ifs([...before, blank(churned)]);
    const atStart = `${stayed}+${ifs([...before, compare(churned, '>=', this.refs.start)])}`;
    const atEnd = `${stayed}+${ifs([...before, compare(churned, '>', this.refs.deadline)])}`;
    return `(${atEnd})/(${atStart})`;
  }

  private survey(kpi: 'nps' | 'csat'): string {
    const score = this.col('surveys', 'score');
    const kind = oneOf(this.col('surveys', 'kind'), choiceLabels(SURVEY_KINDS, kpi));
    const range = (low: number, high: number) => [
      compare(score, '>=', String(low)),
      compare(score, '<=', String(high)),
    ];
    const bySegment = this.scope.type === 'segment';
    const base = [
      ...this.window('surveys', 'date'),
      kind,
      ...(bySegment ? [] : this.scoped('surveys')),
    ];
    const count = (low: number, high: number): string =>
      bySegment
        ? `SUMPRODUCT(${mask([...base, ...range(low, high)])}*${this.inSegment('surveys')})`
        : ifs([...base, ...range(low, high)]);
    if (kpi === 'csat') return `${count(4, 5)}/${count(1, 5)}`;
    return `100*(${count(9, 10)}-${count(0, 6)})/${count(0, 10)}`;
  }
}
