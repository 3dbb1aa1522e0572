// What every sample generator draws from, passed as one value: the calendar, the people, the
// scale's volumes and the seed. Each generator takes its own named random stream from it, so
// changing how one sheet is generated leaves the others' data unchanged.
import type { SampleCalendar } from './calendar';
import type { People } from './people';
import { Random } from './random';

export interface SampleRun {
  readonly calendar: SampleCalendar;
  readonly people: People;
  /** The requested scale (1: the demo's volume). */
  readonly scale: number;
  /** Leads and activities per rep, relative to the demo (more teams carry a larger scale). */
  readonly volume: number;
  /** Customers acquired before the window; the won deals' accounts are numbered after them. */
  readonly legacyCount: number;
  /** The seed as a 32-bit unsigned integer. */
  readonly seed: number;
}

/**
 * What a generator starts from: the run, the window's days and months, and its own random
 * stream named after what it generates.
 */
export function startGenerator(run: SampleRun, stream: string) {
  return { ...run, ...run.calendar.window, random: new Random(run.seed, stream) };
}
