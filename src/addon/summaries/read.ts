// Reading what the summaries need from the spreadsheet, one getValues per sheet. The hourly check
// reads the Teams sheet alone (who is owed a summary); the source sheets (through the workbook
// reader, workbook/read-data), Objectives and Actions are read only when there is something to
// send or preview.
import { type ActionRecord, actionRecords } from '../workbook/actions-sheet';
import { tableOf } from '../workbook/cells';
import { type ContextNote, contextNotes } from '../context/notes';
import {
  objectiveRecords,
  objectivesById,
  type ObjectiveRecord,
} from '../workbook/objectives-sheet';
import type { KpiKey, WorkbookData } from '../metrics';
import { retiredKpis } from '../workbook/retired-kpis';
import { readBlock } from '../workbook/block';
import { type Located, type LocatedSheet, locateSheets } from '../workbook/locate';
import { readSources, readTeams, type TeamLead, WIZARD_SHEETS } from '../workbook/read-data';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SummarySources {
  readonly data: WorkbookData;
  readonly objectives: readonly ObjectiveRecord[];
  readonly actions: readonly ActionRecord[];
  /** The Context sheet's notes (none when the sheet is missing). */
  readonly context?: readonly ContextNote[];
  /** KPIs retired by the relevance review (left out of the emails). */
  readonly retired?: ReadonlySet<KpiKey>;
}

/** The config sheets a summary run reads and writes, found once per run. */
export class SummarySheets {
  private readonly located: Located;

  constructor(spreadsheet: Spreadsheet) {
    // One metadata search for the source sheets and the config sheets together.
    this.located = locateSheets(spreadsheet, [
      ...WIZARD_SHEETS,
      'actions',
      'summaryLog',
      'context',
    ]);
  }

  /** The Summary log sheet, where the run log is written (undefined when missing). */
  statusSheet(): LocatedSheet | undefined {
    return this.located.get('summaryLog');
  }

  /** The Teams sheet's rows that name a team; undefined when the sheet is missing. */
  teams(): TeamLead[] | undefined {
    const located = this.located.get('teams');
    return located ? readTeams(readBlock(located)) : undefined;
  }

  /** The source data, objectives and Actions rows (missing sheets read as empty). */
  sources(): SummarySources {
    const objectives = this.located.get('objectives');
    const actions = this.located.get('actions');
    const context = this.located.get('context');
    return {
      data: readSources(this.located).data,
      objectives: objectives
        ? [...objectivesById(objectiveRecords(tableOf(readBlock(objectives)))).values()]
        : [],
      actions: actions ? actionRecords(tableOf(readBlock(actions))) : [],
      context: context ? contextNotes(tableOf(readBlock(context))) : [],
      retired: retiredKpis(),
    };
  }
}
