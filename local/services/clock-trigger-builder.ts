// ScriptApp.newTrigger(fn).timeBased(): collects the schedule, validates it as Apps Script does,
// and hands a ClockSchedule to `create`.
import type { ClockSchedule } from '../runtime/state';
import { instantOf, isKnownZone, zonedTime } from './zone';

type Builder = GoogleAppsScript.Script.ClockTriggerBuilder;

export const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const;
const MINUTE_STEPS = [1, 5, 10, 15, 30];
const HOUR_STEPS = [1, 2, 4, 6, 8, 12];

type Frequency =
  | { kind: 'minutes' | 'hours' | 'days' | 'weeks'; every: number }
  | { kind: 'once'; atMs: number }
  | { kind: 'afterMs'; ms: number };

export interface ClockSpec {
  schedule: ClockSchedule;
  /** The zone set by inTimezone, if any (else the trigger uses the spreadsheet's). */
  timeZone?: string;
}

function wholeIn(name: string, value: unknown, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(
      `Invalid argument: ${name} must be a whole number from ${min} to ${max} (got ${String(value)})`,
    );
  }
  return n;
}

export class LocalClockTriggerBuilder implements Pick<
  Builder,
  | 'everyMinutes'
  | 'everyHours'
  | 'everyDays'
  | 'everyWeeks'
  | 'onWeekDay'
  | 'onMonthDay'
  | 'atHour'
  | 'nearMinute'
  | 'after'
  | 'at'
  | 'atDate'
  | 'inTimezone'
  | 'create'
> {
  private frequency?: Frequency;
  private weekday?: number;
  private monthDay?: number;
  private hour?: number;
  private minute?: number;
  private zone?: string;
  private date?: { year: number; month: number; day: number };

  constructor(
    private readonly build: (
      spec: ClockSpec,
      builderNowMs: number,
    ) => GoogleAppsScript.Script.Trigger,
    private readonly nowMs: () => number,
    private readonly zoneOf: () => string,
  ) {}

  everyMinutes(n: number): Builder {
    if (!MINUTE_STEPS.includes(Number(n)))
      throw new Error(
        `The value passed to everyMinutes must be one of ${MINUTE_STEPS.join(', ')} (got ${String(n)})`,
      );
    return this.setFrequency({ kind: 'minutes', every: Number(n) });
  }
  everyHours(n: number): Builder {
    if (!HOUR_STEPS.includes(Number(n)))
      throw new Error(
        `The value passed to everyHours must be one of ${HOUR_STEPS.join(', ')} (got ${String(n)})`,
      );
    return this.setFrequency({ kind: 'hours', every: Number(n) });
  }
  everyDays(n: number): Builder {
    return this.setFrequency({ kind: 'days', every: wholeIn('everyDays', n, 1, 366) });
  }
  everyWeeks(n: number): Builder {
    return this.setFrequency({ kind: 'weeks', every: wholeIn('everyWeeks', n, 1, 52) });
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): Builder {
    const index = WEEKDAYS.indexOf(String(day) as (typeof WEEKDAYS)[number]);
    if (index < 0)
      throw new Error(`Invalid argument: day (use ScriptApp.WeekDay; got ${String(day)})`);
    this.weekday = index;
    return this.self();
  }
  onMonthDay(day: number): Builder {
    this.monthDay = wholeIn('onMonthDay', day, 1, 31);
    return this.self();
  }
  atHour(hour: number): Builder {
    this.hour = wholeIn('atHour', hour, 0, 23);
    return this.self();
  }
  nearMinute(minute: number): Builder {
    this.minute = wholeIn('nearMinute', minute, 0, 59);
    return this.self();
  }
  after(durationMilliseconds: number): Builder {
    return this.setFrequency({
      kind: 'afterMs',
      ms: wholeIn('after', durationMilliseconds, 0, Number.MAX_SAFE_INTEGER),
    });
  }
  at(date: GoogleAppsScript.Base.Date): Builder {
    const ms = (date as Date)?.getTime?.();
    if (typeof ms !== 'number' || Number.isNaN(ms)) throw new Error('Invalid argument: date');
    return this.setFrequency({ kind: 'once', atMs: ms });
  }
  atDate(year: number, month: number, day: number): Builder {
    this.date = {
      year: wholeIn('year', year, 1970, 9999),
      month: wholeIn('month', month, 1, 12),
      day: wholeIn('day', day, 1, 31),
    };
    return this.setFrequency({ kind: 'once', atMs: Number.NaN });
  }
  inTimezone(timezone: string): Builder {
    if (!isKnownZone(String(timezone)))
      throw new Error(`Invalid argument: timezone (${String(timezone)})`);
    this.zone = String(timezone);
    return this.self();
  }

  create(): GoogleAppsScript.Script.Trigger {
    const now = this.nowMs();
    return this.build({ schedule: this.schedule(now), timeZone: this.zone }, now);
  }

  private schedule(now: number): ClockSchedule {
    const f = this.frequency;
    const minute = this.minute ?? 0;
    const daily =
      this.hour !== undefined || this.weekday !== undefined || this.monthDay !== undefined;
    if (f?.kind === 'afterMs') return this.once(now + f.ms, daily);
    if (f?.kind === 'once') {
      if (this.date) {
        const { year, month, day } = this.date;
        return { kind: 'once', atMs: this.instantAt(year, month, day, this.hour ?? 0, minute) };
      }
      return this.once(f.atMs, daily);
    }
    if (this.monthDay !== undefined) {
      if (f)
        throw new Error('onMonthDay cannot be combined with every…(): it already means monthly');
      return { kind: 'monthDay', day: this.monthDay, hour: this.hour ?? 0, minute };
    }
    if (this.weekday !== undefined && f && f.kind !== 'weeks')
      throw new Error('onWeekDay can only be combined with everyWeeks');
    if (this.weekday !== undefined || f?.kind === 'weeks') {
      const every = f?.kind === 'weeks' ? f.every : 1;
      return {
        kind: 'weeks',
        every,
        weekday: this.weekday ?? this.creationWeekday(now),
        hour: this.hour ?? 0,
        minute,
      };
    }
    if (!f)
      throw new Error(
        'A time-based trigger needs a frequency (everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay) or a time (at, after, atDate)',
      );
    if (f.kind === 'days') return { kind: 'days', every: f.every, hour: this.hour ?? 0, minute };
    if (this.hour !== undefined)
      throw new Error(
        'atHour can only be used with everyDays, everyWeeks, onWeekDay or onMonthDay',
      );
    if (f.kind === 'hours')
      return this.minute === undefined
        ? { kind: 'hours', every: f.every }
        : { kind: 'hours', every: f.every, minute };
    if (this.minute !== undefined) throw new Error('nearMinute cannot be used with everyMinutes');
    return { kind: 'minutes', every: f.every };
  }

  private once(atMs: number, daily: boolean): ClockSchedule {
    if (daily)
      throw new Error(
        'at/after set one exact time: they cannot be combined with atHour, onWeekDay or onMonthDay',
      );
    return { kind: 'once', atMs };
  }

  private setFrequency(f: Frequency): Builder {
    if (this.frequency)
      throw new Error('This time-based trigger already has a frequency or a time; set only one');
    this.frequency = f;
    return this.self();
  }

  private creationWeekday(now: number): number {
    return zonedTime(now, this.zone ?? this.zoneOf()).weekday;
  }

  private instantAt(
    year: number,
    month: number,
    day: number,
    hour: number,
    minute: number,
  ): number {
    return instantOf({ year, month, day, hour, minute }, this.zone ?? this.zoneOf());
  }

  private self(): Builder {
    return this as unknown as Builder;
  }
}
