// What a review pack reads, one getValues per sheet: the source sheets, Teams, Objectives,
// Actions, Context and Experiments, found in one search. Missing sheets read as empty.
import { contextNotes } from '../context/notes';
import { readExperiments } from '../experiments/repository';
import { scopesInData } from '../metrics';
import { actionRecords } from '../workbook/actions-sheet';
import { readBlock } from '../workbook/block';
import { tableOf } from '../workbook/cells';
import { locateSheets } from '../workbook/locate';
import { objectiveRecords, objectivesById } from '../workbook/objectives-sheet';
import { readSources, readTeams, type TeamLead, WIZARD_SHEETS } from '../workbook/read-data';
import type { ReviewSources } from './pack';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readReviewSources(spreadsheet: Spreadsheet): {
  sources: ReviewSources;
  teams: TeamLead[];
} {
  const located = locateSheets(spreadsheet, [
    ...WIZARD_SHEETS,
    'actions',
    'context',
    'experiments',
  ]);
  const data = readSources(located).data;
  const block = (key: 'objectives' | 'actions' | 'context') => {
    const where = located.get(key);
    return tableOf(where ? readBlock(where) : undefined);
  };
  const teams = located.get('teams');
  const experiments = located.get('experiments');
  return {
    sources: {
      data,
      scopes: scopesInData(data),
      objectives: [...objectivesById(objectiveRecords(block('objectives'))).values()],
      actions: actionRecords(block('actions')),
      context: contextNotes(block('context')),
      experiments: experiments ? readExperiments(experiments).records : [],
    },
    teams: teams ? readTeams(readBlock(teams)) : [],
  };
}
