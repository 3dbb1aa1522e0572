// The demo's context notes: the story behind its one dip (src/addon/sample-data/dip.ts), so the
// playground shows a note beside Lyon's alert, in its lead's email and on the dashboard. Placed
// from the sample's window, so they move with the end date like the dip does.
import { addPeriods, ymdOfDay } from '../../kpi/days';
import type { Language } from '../i18n';
import type { SampleWindow } from './calendar';
import { DIP_TEAM, type People } from './people';

export interface SampleContextNote {
  readonly start: number;
  readonly end: number;
  /** A team index, or null for the company. */
  readonly team: number | null;
  readonly kind: 'competitor' | 'staffing' | 'season';
  readonly note: Readonly<Record<Language, string>>;
  /** Whose note it is: a team index (its lead writes it). */
  readonly author: number;
}

export function sampleContextNotes(window: SampleWindow, people: People): SampleContextNote[] {
  const team = people.teams[DIP_TEAM].name;
  const dip = window.conversionDipMonth;
  const npsDip = window.dipMonth;
  const lastDay = (month: number) => addPeriods(month, 'month', 1) - 1;
  // The last August of the window: a company-wide season.
  const august = [...window.months]
    .reverse()
    .find((m) => ymdOfDay(m).month === 8 && lastDay(m) <= window.endDay);
  const notes: SampleContextNote[] = [
    {
      start: dip,
      end: dip + 19,
      team: DIP_TEAM,
      kind: 'competitor',
      note: {
        en: `Competitor promotion in ${team}`,
        fr: `Promotion d’un concurrent à ${team}`,
      },
      author: DIP_TEAM,
    },
    {
      start: npsDip + 4,
      end: lastDay(npsDip),
      team: DIP_TEAM,
      kind: 'staffing',
      note: {
        en: 'Two reps on leave (slower replies to customers)',
        fr: 'Deux commerciaux en congé (réponses plus lentes aux clients)',
      },
      author: DIP_TEAM,
    },
  ];
  // In date order, as the sheet is kept.
  if (august !== undefined)
    notes.unshift({
      start: august,
      end: lastDay(august),
      team: null,
      kind: 'season',
      note: { en: 'Summer holidays', fr: 'Vacances d’été' },
      author: 0,
    });
  return notes;
}
