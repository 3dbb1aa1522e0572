// The Alerts sheet read back, the one way every feature reads it: the wizard finds each
// objective's rule (to show, edit or delete it), the alert check turns the rows into rules to
// evaluate (alerts/read-rules.ts says what is wrong with a row). Rows come from the wizard or are
// typed by hand, so nothing is checked here: each cell is read as far as it can be, and a cell
// that cannot be read keeps its text for the message that says so.
import type { AlertDirection, AlertMode } from '../../kpi/alert';
import { isBlank } from '../../functions/values/cells';
import { ALERT_MODES, DIRECTIONS, findChoice, YES_NO } from '../schema';
import { type ConfigTable, type Read, readNumber, readRows, textOf } from './cells';
import { canonicalObjectiveId } from './ids';

/** A cell read: blank, a value, or unreadable; with its text as typed (trimmed). */
export type TypedCell<T> = Read<T> & { readonly text: string };

/** One non-blank row of the Alerts sheet. */
export interface AlertRow {
  /** The row's index among the sheet's data rows (0-based), to write its cells back. */
  readonly index: number;
  /** The sheet row (1-based). */
  readonly row: number;
  /** As typed; '' when the row was typed without one. */
  readonly id: string;
  /** "OBJ-0003" for an ID of the wizard's form typed in any case ("obj-3"), else as typed. */
  readonly objectiveId: string;
  /** The KPI, scope type and scope name as typed (a blank takes the objective's). */
  readonly kpi: string;
  readonly scopeType: string;
  readonly scope: string;
  readonly mode: TypedCell<AlertMode>;
  readonly threshold: TypedCell<number>;
  readonly direction: TypedCell<AlertDirection>;
  readonly minVolume: TypedCell<number>;
  readonly action: string;
  readonly owner: string;
  /** Yes / No in either language, TRUE / FALSE (a checkbox or typed); blank counts as active. */
  readonly active: TypedCell<boolean>;
}

/** Every non-blank row, in row order (an ID may repeat or be missing). */
export function alertRows(table: ConfigTable): AlertRow[] {
  return readRows(table, ({ index, row, cell, text }) => {
    const objectiveId = text('objectiveId');
    return {
      index,
      row,
      id: text('id'),
      objectiveId: canonicalObjectiveId(objectiveId) ?? objectiveId,
      kpi: text('kpi'),
      scopeType: text('scopeType'),
      scope: text('scope'),
      mode: choiceCell(cell('mode'), ALERT_MODES),
      threshold: numberCell(cell('threshold')),
      direction: choiceCell(cell('direction'), DIRECTIONS),
      minVolume: numberCell(cell('minVolume')),
      action: text('correctiveAction'),
      owner: text('owner'),
      active: activeCell(cell('active')),
    };
  });
}

function numberCell(cell: unknown): TypedCell<number> {
  return { ...readNumber(cell), text: textOf(cell) };
}

function choiceCell<K extends string>(
  cell: unknown,
  choices: readonly { key: K; en: string; fr: string }[],
): TypedCell<K> {
  const text = textOf(cell);
  if (text === '') return { blank: true, text };
  const choice = findChoice(choices, text);
  return choice ? { value: choice.key, text } : { bad: true, text };
}

function activeCell(cell: unknown): TypedCell<boolean> {
  const text = textOf(cell);
  if (isBlank(cell)) return { blank: true, text };
  if (typeof cell === 'boolean') return { value: cell, text };
  const choice = findChoice(YES_NO, text);
  if (choice) return { value: choice.key === 'yes', text };
  if (/^(true|vrai)$/i.test(text)) return { value: true, text };
  if (/^(false|faux)$/i.test(text)) return { value: false, text };
  return { bad: true, text };
}
