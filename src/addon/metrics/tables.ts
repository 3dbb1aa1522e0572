// The typed form of a WorkbookData: each sheet read on first use into typed columns (see
// layout.ts), indexes by date per scope built on first use and kept, and the cells that could
// not be read collected for the user. One Tables per WorkbookData (readTables in data.ts).
import { describeCell } from '../../functions/values/cells';
import { SCHEMA, SURVEY_KINDS } from '../schema';
import { BLANK, choiceIndex } from './choices';
import type { ReadProblem, SourceSheet, SourceTable, WorkbookData } from './data';
import { type DateIndex, groupOf, indexByDate, partitionIndex } from './date-index';
import { MetricError } from './errors';
import {
  type ActivitiesTable,
  type CustomersTable,
  type Kind,
  LAYOUT,
  type OrdersTable,
  type PipelineTable,
  type SurveysTable,
  type TableOf,
} from './layout';
import { NameDictionary, personDictionary, segmentDictionary } from './names';
import {
  type BadCell,
  readCodeColumn,
  readDayColumn,
  readIdColumn,
  readNumberColumn,
  type Rows,
} from './read-cells';
import type { Scope } from './scope';

/** The sheets KPIs are computed from, in reading order. */
const SHEETS: readonly SourceSheet[] = ['activities', 'pipeline', 'customers', 'orders', 'surveys'];

const NPS = choiceIndex(SURVEY_KINDS, 'nps');
const CSAT = choiceIndex(SURVEY_KINDS, 'csat');
/** The first problems are kept for the user to fix; beyond, only counted. */
const KEPT_PROBLEMS = 50;
/** The code of a scope name that no row holds: matches nothing. */
const ABSENT = -3;

/** The KPI's sheet cannot be found: named, with what to do, in both languages. */
export function missingSheetError(sheet: SourceSheet): MetricError {
  const { en, fr } = SCHEMA[sheet];
  const texts = {
    en: `${en} sheet not found: run Set up KPI workbook or restore it`,
    fr: `Feuille ${fr} introuvable : lancez Préparer le classeur KPI ou restaurez-la`,
  };
  return new MetricError('missing sheet', texts.en, texts);
}

/** The typed form of a WorkbookData; get it with readTables. Tables are read on first use. */
export class Tables {
  readonly teams: NameDictionary = personDictionary();
  readonly reps: NameDictionary = personDictionary();
  readonly segments: NameDictionary = segmentDictionary();
  /** The first unreadable cells met (up to 50), and how many there were in all. */
  readonly problems: ReadProblem[] = [];
  problemCount = 0;
  private readonly read: Partial<TableOf> = {};
  private readonly memo = new Map<string, unknown>();

  constructor(private readonly data: WorkbookData) {}

  table<S extends SourceSheet>(sheet: S): TableOf[S] {
    const known = this.read[sheet];
    if (known !== undefined) return known as TableOf[S];
    const table = this.readSheet(sheet);
    this.read[sheet] = table;
    return table;
  }

  get activities(): ActivitiesTable {
    return this.table('activities');
  }
  get pipeline(): PipelineTable {
    return this.table('pipeline');
  }
  get customers(): CustomersTable {
    return this.table('customers');
  }
  get orders(): OrdersTable {
    return this.table('orders');
  }
  get surveys(): SurveysTable {
    return this.table('surveys');
  }

  /** Reads every table now (for listing scopes, or to report problems up front). */
  readAll(): this {
    for (const sheet of SHEETS) this.touchAll(this.table(sheet));
    return this;
  }

  /** A typed column; a MetricError naming the sheet and column when the sheet lacks it. */
  column<S extends SourceSheet, C extends keyof TableOf[S] & string>(
    sheet: S,
    column: C,
  ): NonNullable<TableOf[S][C]> {
    if ((this.data[sheet] as SourceTable | undefined)?.missing) throw missingSheetError(sheet);
    const values = this.table(sheet)[column];
    if (values === undefined) {
      const spec = SCHEMA[sheet].columns.find((c) => c.key === column);
      const texts = {
        en: `The ${SCHEMA[sheet].en} sheet has no ${spec ? spec.en : column} column`,
        fr: `La feuille ${SCHEMA[sheet].fr} n’a pas de colonne ${spec ? spec.fr : column}`,
      };
      throw new MetricError('missing column', texts.en, texts);
    }
    return values as NonNullable<TableOf[S][C]>;
  }

  /**
   * The rows of a sheet in order of one of its date columns, restricted to a scope: the date
   * order is built once per column and split once per (column, scope type), then kept.
   */
  index<S extends SourceSheet>(
    sheet: S,
    dateColumn: keyof TableOf[S] & string,
    scope: Scope,
  ): DateIndex {
    // Reading the columns first also fills the name dictionaries the scope code comes from.
    const days = this.column(sheet, dateColumn) as unknown as Float64Array;
    const all = this.cached(`index ${sheet}.${dateColumn}`, () => indexByDate(days));
    if (scope.type === 'company') return all;
    const codes = this.scopeCodes(sheet, scope.type);
    const byScope = this.cached(`index ${sheet}.${dateColumn} by ${scope.type}`, () =>
      partitionIndex(all, codes),
    );
    return groupOf(byScope, this.scopeCode(scope));
  }

  /** The code column a scope type filters a sheet by. */
  scopeCodes(sheet: SourceSheet, type: 'team' | 'rep' | 'segment'): Int32Array {
    if (type === 'segment' && sheet === 'activities') {
      throw new MetricError(
        'unsupported scope',
        'Activities have no segment: activity KPIs are computed for the company, a team or a rep',
      );
    }
    if (type === 'segment' && (sheet === 'orders' || sheet === 'surveys')) {
      // The customer's segment: without Customers' IDs and segments there is none to join.
      this.column('customers', 'customerId');
      this.column('customers', 'segment');
      this.column(sheet, 'customerId');
    }
    return this.column(sheet as 'pipeline', type);
  }

  /** The shared code of a scope's name; a code no row has when the name is not in the data. */
  scopeCode(scope: Exclude<Scope, { type: 'company' }>): number {
    const names =
      scope.type === 'team' ? this.teams : scope.type === 'rep' ? this.reps : this.segments;
    return names.find(scope.name) ?? ABSENT;
  }

  /** A value computed once per Tables (derived columns such as interaction points). */
  cached<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  private readSheet<S extends SourceSheet>(sheet: S): TableOf[S] {
    const given = this.data[sheet] as SourceTable | undefined;
    // A sheet found missing reads as absent (no rows); its KPIs fail in column().
    const source = given?.missing ? undefined : given;
    const rows: Rows = source ? source.rows : [];
    const layout = LAYOUT[sheet] as Readonly<Record<string, Kind>>;
    // A sheet that is not there has no rows, rather than no columns: its KPIs are empty.
    const columns: Readonly<Record<string, number | undefined>> = source
      ? source.columns
      : Object.fromEntries(Object.keys(layout).map((key) => [key, 0]));
    const firstRow = source?.firstRow ?? 2;
    // Each column is typed on first use, then kept: listing the scopes reads the name columns
    // only, a KPI its own columns; readAll() reads them all (and so reports every problem).
    const out: Record<string, unknown> = { length: rows.length };
    const lazy = (key: string, make: () => unknown): void => {
      Object.defineProperty(out, key, {
        configurable: true,
        enumerable: true,
        get: () => {
          const value = make();
          Object.defineProperty(out, key, { value, enumerable: true, writable: false });
          return value;
        },
      });
    };
    for (const key of Object.keys(layout)) {
      const col = columns[key];
      if (col === undefined || col < 0) continue;
      const bad: BadCell = (index, cell, kind) =>
        this.report({ sheet, column: key, row: firstRow + index, cell: describeCell(cell), kind });
      const read = () => this.readColumn(rows, col, layout[key], bad);
      lazy(
        key,
        sheet === 'surveys' && key === 'score'
          ? () => this.checkScores(out as unknown as SurveysTable, read() as Float64Array, firstRow)
          : read,
      );
    }
    if (sheet === 'orders' || sheet === 'surveys') lazy('segment', () => this.segmentsOf(out));
    // The name columns are read with the table, as before: a scope's code (scopeCode) must know
    // every team, rep and segment of a table once any of its columns is used.
    for (const key of Object.keys(layout)) {
      const kind = layout[key];
      if (kind === 'team' || kind === 'rep' || kind === 'segment') void out[key];
    }
    return out as unknown as TableOf[S];
  }

  /** Every column of a table read now (their problems reported in the layout's order). */
  private touchAll(table: object): void {
    for (const key of Object.keys(table)) void (table as Record<string, unknown>)[key];
  }

  private readColumn(rows: Rows, col: number, kind: Kind, bad: BadCell) {
    switch (kind) {
      case 'day':
        return readDayColumn(rows, col, bad);
      case 'number':
        return readNumberColumn(rows, col, bad);
      case 'id':
        return readIdColumn(rows, col);
      case 'team':
        return readCodeColumn(rows, col, (text) => this.teams.codeOf(text));
      case 'rep':
        return readCodeColumn(rows, col, (text) => this.reps.codeOf(text));
      case 'segment':
        return readCodeColumn(rows, col, (text) => this.segments.codeOf(text));
      default:
        return readCodeColumn(rows, col, kind.choice);
    }
  }

  /** Scores must be whole numbers in their kind's scale (the rule of KPI_NPS and KPI_CSAT). */
  private checkScores(table: SurveysTable, score: Float64Array, firstRow: number): Float64Array {
    const { kind } = table;
    if (!kind) return score;
    for (let i = 0; i < score.length; i++) {
      const s = score[i];
      if (s !== s) continue;
      const [min, max] =
        kind[i] === NPS ? [0, 10] : kind[i] === CSAT ? [1, 5] : [-Infinity, Infinity];
      if (s >= min && s <= max && Math.floor(s) === s) continue;
      score[i] = NaN;
      this.report({
        sheet: 'surveys',
        column: 'score',
        row: firstRow + i,
        cell: String(s),
        kind: 'invalid score',
      });
    }
    return score;
  }

  /** The segment of each row's customer, through Customers (undefined when it cannot be joined). */
  private segmentsOf(table: Record<string, unknown>): Int32Array | undefined {
    const ids = table.customerId as string[] | undefined;
    const customers = this.customers;
    if (!ids || !customers.customerId || !customers.segment) return undefined;
    const segmentOf = new Map<string, number>();
    customers.customerId.forEach((id, i) => {
      if (id !== '') segmentOf.set(id, customers.segment![i]);
    });
    return Int32Array.from(ids, (id) => segmentOf.get(id) ?? BLANK);
  }

  private report(problem: ReadProblem): void {
    this.problemCount++;
    if (this.problems.length < KEPT_PROBLEMS) this.problems.push(problem);
  }
}
