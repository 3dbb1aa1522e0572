// The warehouse's column types for each workbook table: which dates are calendar dates (DATE)
// and which are instants (TIMESTAMP, whose calendar day is taken in the spreadsheet's time zone),
// which columns are numbers and which text. Keys are the workbook's header keys
// (src/addon/schema.ts); a mapping (api.ts TableMapping) may rename them in the warehouse.
import type { LogicalTable } from './api';

export type ColumnType = 'date' | 'timestamp' | 'number' | 'text';

export const WAREHOUSE_COLUMNS: Readonly<
  Record<LogicalTable, Readonly<Record<string, ColumnType>>>
> = {
  Activities: {
    date: 'timestamp',
    rep: 'text',
    team: 'text',
    type: 'text',
    duration: 'number',
    outcome: 'text',
    dealId: 'text',
  },
  Pipeline: {
    dealId: 'text',
    account: 'text',
    segment: 'text',
    rep: 'text',
    team: 'text',
    source: 'text',
    content: 'text',
    amount: 'number',
    cost: 'number',
    leadDate: 'date',
    opportunityDate: 'date',
    proposalDate: 'date',
    wonDate: 'date',
    lostDate: 'date',
    lostReason: 'text',
    expectedClose: 'date',
  },
  Customers: {
    customerId: 'text',
    account: 'text',
    segment: 'text',
    acquiredDate: 'date',
    churnedDate: 'date',
    source: 'text',
    dealId: 'text',
    rep: 'text',
    team: 'text',
  },
  Orders: {
    orderId: 'text',
    customerId: 'text',
    date: 'timestamp',
    amount: 'number',
    cost: 'number',
    rep: 'text',
    team: 'text',
  },
  Surveys: {
    date: 'timestamp',
    customerId: 'text',
    kind: 'text',
    score: 'number',
    comment: 'text',
    rep: 'text',
    team: 'text',
  },
  Spend: { month: 'date', channel: 'text', amount: 'number' },
};

/** The type of a column; an unknown column is a mistake in a definition. */
export function columnType(table: LogicalTable, column: string): ColumnType {
  const type = WAREHOUSE_COLUMNS[table][column];
  if (!type) throw new Error(`The ${table} table has no column "${column}"`);
  return type;
}
