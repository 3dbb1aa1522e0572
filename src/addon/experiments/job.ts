// The experiments' scheduled job: on the document's hourly tick (src/addon/schedule), an
// experiment whose end day has passed is concluded (conclude.ts) without waiting for someone to
// open the Experiments page. Due only when the next end day recorded in the document properties
// (next-end.ts) has passed: an hourly run with nothing due makes no Sheets call for it.
import { dayOfIsoText } from '../../functions/values/dates';
import { activeSpreadsheet, spreadsheetToday } from '../adapters/services';
import { SOURCE_SHEETS } from '../metrics';
import type { ScheduledJob } from '../schedule/tick';
import { currentLanguage } from '../i18n';
import { locateSheets } from '../workbook/locate';
import { readSources } from '../workbook/read-data';
import { concludeEnded } from './conclude';
import { forgetNextEnd, isEnded, recordedNextEnd } from './next-end';

export const EXPERIMENTS_JOB_NAME = 'experiments';

/** The tick's day (the one it kept the KPI date cell at: no second look at the clock). */
function today(): number {
  return dayOfIsoText(spreadsheetToday(activeSpreadsheet()))!;
}

/** An experiment's end day has passed (asked of the properties first: no Sheets call if none). */
export function experimentEndPassed(): boolean {
  const next = recordedNextEnd();
  return next !== null && isEnded(next, today());
}

export const EXPERIMENTS_JOB: ScheduledJob = {
  name: EXPERIMENTS_JOB_NAME,
  enabled: experimentEndPassed,
  run: () => {
    const day = today();
    const located = locateSheets(activeSpreadsheet(), [...SOURCE_SHEETS, 'experiments']);
    const where = located.get('experiments');
    const ready = SOURCE_SHEETS.every((k) => located.has(k));
    if (!where || !ready) {
      // Nothing to conclude here until the workbook is set up again; the page records the day
      // anew when it opens. Forgotten, so that the next ticks do not look again every hour.
      forgetNextEnd();
      return where ? 'sources missing' : 'no Experiments sheet';
    }
    const language = currentLanguage();
    const done = concludeEnded(where, ready, () => readSources(located).data, day, language);
    if (done.busy) return 'busy: tried again next hour';
    return `concluded ${done.updates.length}`;
  },
};
