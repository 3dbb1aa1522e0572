// The Objectives sheet as the alerts need it: each objective's KPI, scope, tracking period and
// owner (a rule linked to an objective takes them) and what its pace is measured from. Cells the
// reader cannot understand become null; the pace check then says what is missing.
import type { Scope } from '../metrics';
import { findChoice, OBJECTIVE_STATUSES } from '../schema';
import { cellOf, isBlankRow, readDayCell, readNumber, textOf, valueOr } from '../workbook/cells';
import { kpiOfText, periodOfFrequency, scopeTypeOfText } from './resolve';
import type { ConfigTable } from '../workbook/cells';
import type { Objective } from './types';

/** Objectives by ID (the first row wins when an ID repeats). */
export function readObjectives(table: ConfigTable): Map<string, Objective> {
  const out = new Map<string, Objective>();
  table.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const id = textOf(cellOf(table, row, 'id'));
    if (id === '' || out.has(id)) return;
    const status = textOf(cellOf(table, row, 'status'));
    out.set(id, {
      id,
      row: table.firstRow + i,
      kpi: kpiOfText(textOf(cellOf(table, row, 'kpi'))) ?? null,
      scope: scopeOf(textOf(cellOf(table, row, 'scopeType')), textOf(cellOf(table, row, 'scope'))),
      baseline: valueOr(readNumber(cellOf(table, row, 'baseline')), null),
      target: valueOr(readNumber(cellOf(table, row, 'target')), null),
      start: valueOr(readDayCell(cellOf(table, row, 'start')), null),
      deadline: valueOr(readDayCell(cellOf(table, row, 'deadline')), null),
      period: periodOfFrequency(textOf(cellOf(table, row, 'frequency'))) ?? null,
      owner: textOf(cellOf(table, row, 'owner')),
      active: status === '' || findChoice(OBJECTIVE_STATUSES, status)?.key === 'active',
    });
  });
  return out;
}

function scopeOf(typeText: string, name: string): Scope | null {
  const type = typeText === '' && name === '' ? 'company' : scopeTypeOfText(typeText);
  if (type === 'company') return { type };
  return type !== undefined && name !== '' ? { type, name } : null;
}
