// The workbook as the metrics engine reads it: each source sheet (Activities, Pipeline,
// Customers, Orders, Surveys) in one getValues, its columns found by metadata or header, plus the
// Teams sheet (each team's lead, who can own objectives). Where each column is also serves the
// live formulas the wizard writes (objectives/formulas.ts), so they follow renamed sheets and
// moved columns too.
import { missingTable, SOURCE_SHEETS, type SourceSheet, type WorkbookData } from '../metrics';
import type { SheetKey } from '../schema';
import { readBlock, cellOf, type SheetBlock } from './block';
import { textOf } from './cells';
import type { Located } from './locate';

export interface TeamLead {
  readonly team: string;
  readonly leadName: string;
  readonly leadEmail: string;
}

/** Where a source sheet's columns are, for formulas: its name and column key → 1-based column. */
export interface SourceLayout {
  readonly name: string;
  readonly columns: ReadonlyMap<string, number>;
}

export type SourceLayouts = { readonly [S in SourceSheet]?: SourceLayout };

export interface WorkbookSnapshot {
  readonly data: WorkbookData;
  readonly layouts: SourceLayouts;
  readonly teams: readonly TeamLead[];
  /** Every managed sheet the wizard uses that exists (sources, Teams, Objectives, Alerts). */
  readonly located: Located;
}

/** The sheets the wizard uses. */
export const WIZARD_SHEETS: readonly SheetKey[] = [
  ...SOURCE_SHEETS,
  'teams',
  'objectives',
  'alerts',
];

export function readSources(located: Located): WorkbookSnapshot {
  const data: Record<string, unknown> = {};
  const layouts: Record<string, SourceLayout> = {};
  for (const sheet of SOURCE_SHEETS) {
    const where = located.get(sheet);
    if (!where) {
      // Not silently empty: the KPIs that read it say it is missing (metrics/tables.ts).
      data[sheet] = missingTable();
      continue;
    }
    const block = readBlock(where);
    data[sheet] = {
      rows: block.values.slice(1),
      columns: Object.fromEntries(block.columns),
      firstRow: 2,
    };
    // The name is asked of Sheets only when a formula needs it (not by the alerts' evaluation).
    layouts[sheet] = {
      get name() {
        return where.name;
      },
      columns: new Map([...block.columns].map(([key, index]) => [key, index + 1])),
    };
  }
  const teamsSheet = located.get('teams');
  const teams = teamsSheet ? readTeams(readBlock(teamsSheet)) : [];
  return { data: data as WorkbookData, layouts: layouts as SourceLayouts, teams, located };
}

/** The Teams sheet's rows that name a team: the one reader of the Teams sheet. */
export function readTeams(block: SheetBlock): TeamLead[] {
  const out: TeamLead[] = [];
  for (const row of block.values.slice(1)) {
    const team = textOf(cellOf(block, row, 'team'));
    if (team === '') continue;
    out.push({
      team,
      leadName: textOf(cellOf(block, row, 'leadName')),
      leadEmail: textOf(cellOf(block, row, 'leadEmail')),
    });
  }
  return out;
}
