// Status colours that need no objective of their own:
// - Pipeline: open deals (an Opportunity date, no Won or Lost date; a lead that never became an
//   opportunity is not a deal in progress) idle longer than the median sales cycle, counted from
//   their latest stage date (opportunity or proposal) to the apply day: red; idle more than half
//   of it: amber. The median is the engine's cycle_days over the deals won in the last 365 days,
//   computed at apply time (the hourly check keeps it current).
// - Objectives: the Pace column (KPI_PROGRESS's status): behind red, on track amber, ahead and
//   done green.
// - Actions: the Status column: open red, in progress amber, recovered green.
import { ACTION_STATUSES, findChoice } from '../schema';
import { textLiteral } from '../workbook/a1';
import {
  cellRef,
  type CfColour,
  type CfRule,
  columnRange,
  dataRange,
  dateLiteral,
  type SheetShape,
} from '../workbook/cf-model';

export function idleDealRules(
  medianCycle: number | null,
  today: number,
  shape: SheetShape,
): CfRule[] {
  if (medianCycle === null || !(medianCycle > 0)) return [];
  const [opportunity, proposal, won, lost] = [
    'opportunityDate',
    'proposalDate',
    'wonDate',
    'lostDate',
  ].map((key) => shape.columns.get(key));
  if (opportunity === undefined || won === undefined || lost === undefined) return [];
  const stages = proposal === undefined ? [opportunity] : [opportunity, proposal];
  const latest = `MAX(${stages.map((c) => cellRef(c)).join(',')})`;
  const open = `ISNUMBER(${cellRef(opportunity)}),${cellRef(won)}="",${cellRef(lost)}=""`;
  // INT: dates written by scripts may carry a time of day.
  const idle = `${dateLiteral(today)}-INT(${latest})`;
  const ranges = [dataRange(shape)];
  const days = Math.round(medianCycle * 10) / 10;
  return [
    { ranges, condition: `AND(${open},${idle}>${days})`, colour: 'red' },
    { ranges, condition: `AND(${open},${idle}>${days / 2})`, colour: 'amber' },
  ];
}

/** KPI_PROGRESS's statuses, with the French words a translated formula might show. */
const PACE: ReadonlyArray<readonly [CfColour, readonly string[]]> = [
  ['red', ['behind', 'en retard']],
  ['amber', ['on track', 'en bonne voie', 'dans les temps']],
  ['green', ['ahead', 'done', 'en avance', 'atteint']],
];

export function paceRules(shape: SheetShape): CfRule[] {
  const column = shape.columns.get('pace');
  return column === undefined ? [] : textRules(shape, column, PACE);
}

export function actionStatusRules(shape: SheetShape): CfRule[] {
  const column = shape.columns.get('status');
  if (column === undefined) return [];
  const words = (key: string) => {
    const c = findChoice(ACTION_STATUSES, key)!;
    return [c.en, c.fr];
  };
  return textRules(shape, column, [
    ['red', words('open')],
    ['amber', words('inProgress')],
    ['green', words('recovered')],
  ]);
}

function textRules(
  shape: SheetShape,
  column: number,
  colours: ReadonlyArray<readonly [CfColour, readonly string[]]>,
): CfRule[] {
  const cell = `TRIM(${cellRef(column)})`;
  return colours.map(([colour, texts]) => ({
    ranges: [columnRange(shape, column)],
    condition: `OR(${[...new Set(texts)].map((t) => `${cell}=${textLiteral(t)}`).join(',')})`,
    colour,
  }));
}
