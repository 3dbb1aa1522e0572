// The Experiments sheet's rows: reading them back into records, and the cells of a new row. A new
// row holds the plan as values and, in the formula columns, live formulas on its own cells:
// sample size (=KPI_SAMPLE_SIZE), the groups' rates, lift and p-value (=KPI_EXPERIMENT by INDEX,
// so nothing spills over the next column) and the verdict, with the same rule as verdict.ts.
import { dateOfDay } from '../../functions/values/dates';
import { kpiOfText } from '../workbook/labels';
import { isBlankRow, readDayCell, readNumber, textOf, valueOr } from '../workbook/cells';
import { kpiEntry, type KpiKey } from '../metrics';
import { safeCell } from '../safe-text';
import { EXPERIMENT_STATUSES, findChoice, GROUP_TYPES } from '../schema';
import type { Language } from '../i18n';
import { columnLetter, textLiteral } from '../workbook/a1';
import type { Counts } from './kpis';
import { say } from './messages';
import type { CheckedDraft, GroupType } from './validate';
import { ALPHA } from './verdict';

/** Column key → 0-based index in a row. */
export type Columns = ReadonlyMap<string, number>;

export interface ExperimentRecord {
  /** Index among the data rows (0 is the sheet's row 2). */
  readonly index: number;
  readonly id: string;
  readonly technique: string;
  readonly hypothesis: string;
  readonly kpi: KpiKey | undefined;
  readonly groupType: GroupType | undefined;
  readonly control: string;
  readonly variant: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly baselineRate: number | null;
  readonly minLift: number | null;
  readonly counts: { readonly control: Counts; readonly variant: Counts };
  readonly concluded: boolean;
}

export function readRecords(
  rows: readonly (readonly unknown[])[],
  columns: Columns,
): ExperimentRecord[] {
  const out: ExperimentRecord[] = [];
  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const cell = (key: string) => {
      const c = columns.get(key);
      return c === undefined ? '' : row[c];
    };
    const number = (key: string) => valueOr(readNumber(cell(key)), null);
    const count = (key: string) => Math.max(0, Math.round(number(key) ?? 0));
    const status = findChoice(EXPERIMENT_STATUSES, textOf(cell('status')))?.key;
    out.push({
      index,
      id: textOf(cell('id')),
      technique: textOf(cell('technique')),
      hypothesis: textOf(cell('hypothesis')),
      kpi: kpiOfText(textOf(cell('kpi'))),
      groupType: findChoice(GROUP_TYPES, textOf(cell('groupType')))?.key,
      control: textOf(cell('control')),
      variant: textOf(cell('variant')),
      start: valueOr(readDayCell(cell('start')), null),
      end: valueOr(readDayCell(cell('end')), null),
      baselineRate: number('baselineRate'),
      minLift: number('minLift'),
      counts: {
        control: { successes: count('controlSuccesses'), total: count('controlTotal') },
        variant: { successes: count('variantSuccesses'), total: count('variantTotal') },
      },
      concluded: status === 'concluded',
    });
  });
  return out;
}

/** The ID after the largest EXP-n of the sheet (read under the document lock). */
export function nextExperimentId(records: readonly ExperimentRecord[]): string {
  let max = 0;
  for (const r of records) {
    const m = /^EXP-(\d+)$/i.exec(r.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `EXP-${String(max + 1).padStart(4, '0')}`;
}

export interface NewRow {
  readonly id: string;
  readonly draft: CheckedDraft;
  readonly owner: string;
  readonly today: number;
  readonly counts: { readonly control: Counts; readonly variant: Counts };
  /** Its end day has passed already: logged concluded, with its verdict. */
  readonly concluded: boolean;
}

/** The cells of a new row at sheet row `row` (1-based), in the sheet's column positions. */
export function newRowCells(
  input: NewRow,
  columns: Columns,
  row: number,
  language: Language,
): unknown[] {
  const width = Math.max(...columns.values()) + 1;
  const cells: unknown[] = new Array(width).fill('');
  const put = (key: string, value: unknown) => {
    const c = columns.get(key);
    if (c !== undefined) cells[c] = value;
  };
  const ref = (key: string) => {
    const c = columns.get(key);
    return c === undefined ? '""' : `${columnLetter(c + 1)}${row}`;
  };
  const { draft } = input;
  put('id', input.id);
  put('technique', safeCell(draft.technique));
  put('kpi', kpiEntry(draft.kpi).name[language]);
  put('hypothesis', safeCell(draft.hypothesis));
  put('groupType', findChoice(GROUP_TYPES, draft.groupType)![language]);
  put('control', safeCell(draft.control));
  put('variant', safeCell(draft.variant));
  put('start', dateOfDay(draft.start));
  put('end', dateOfDay(draft.end));
  put('baselineRate', draft.baselineRate);
  put('minLift', draft.minLift);
  put('sampleSize', `=IFERROR(KPI_SAMPLE_SIZE(${ref('baselineRate')},${ref('minLift')}),"")`);
  put('controlSuccesses', input.counts.control.successes);
  put('controlTotal', input.counts.control.total);
  put('variantSuccesses', input.counts.variant.successes);
  put('variantTotal', input.counts.variant.total);
  const counts = ['controlSuccesses', 'controlTotal', 'variantSuccesses', 'variantTotal'].map(ref);
  const result = (k: number) => `=IFERROR(INDEX(KPI_EXPERIMENT(${counts.join(',')}),2,${k}),"")`;
  put('controlRate', result(1));
  put('variantRate', result(2));
  put('lift', result(3));
  put('pValue', result(4));
  put('verdict', verdictFormula(ref, language));
  put('status', EXPERIMENT_STATUSES[input.concluded ? 1 : 0][language]);
  put('owner', safeCell(input.owner));
  put('updated', dateOfDay(input.today));
  return cells;
}

/** The Verdict cell: verdict.ts's rule on the row's cells, in the row's language. */
function verdictFormula(ref: (key: string) => string, language: Language): string {
  const t = (key: Parameters<typeof say>[1]) => textLiteral(say(language, key));
  const [n, ct, vt, p] = ['sampleSize', 'controlTotal', 'variantTotal', 'pValue'].map(ref);
  const concluded = EXPERIMENT_STATUSES[1];
  const status = ref('status');
  const ended = `OR(${status}=${textLiteral(concluded.en)},${status}=${textLiteral(concluded.fr)})`;
  const short = `OR(NOT(ISNUMBER(${n})),N(${ct})<${n},N(${vt})<${n},NOT(ISNUMBER(${p})))`;
  const better = `N(${ref('variantRate')})>N(${ref('controlRate')})`;
  return (
    `=IF(${short},IF(${ended},${t('inconclusive')},${t('notEnoughData')}),` +
    `IF(${p}<${ALPHA},IF(${better},${t('variantWins')},${t('variantLoses')}),${t('noDifference')}))`
  );
}
