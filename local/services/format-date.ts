// Utilities.formatDate: java.text.SimpleDateFormat patterns in any time zone, English names (as
// Apps Script prints them). Letters: G y M L d D F E u a H k K h m s S z Z X w; quoted text
// 'like this', '' for a quote.
import { MONTH_NAMES } from '../../src/addon/month-names';
import { resolveZone, zonedTime, type ZonedTime } from './zone';

const MONTHS = MONTH_NAMES.en;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MS_PER_DAY = 86_400_000;

type Token = { letter: string; count: number } | { text: string };

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error('Invalid argument: date');
  const t = zonedTime(ms, timeZone);
  return tokenize(pattern)
    .map((token) =>
      'text' in token ? token.text : field(token.letter, token.count, t, ms, timeZone),
    )
    .join('');
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ text: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i += 1;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          text += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          i += 1;
          break;
        } else {
          text += pattern[i];
          i += 1;
        }
      }
      tokens.push({ text });
    } else if (/[A-Za-z]/.test(c)) {
      let count = 1;
      while (pattern[i + count] === c) count += 1;
      tokens.push({ letter: c, count });
      i += count;
    } else {
      tokens.push({ text: c });
      i += 1;
    }
  }
  return tokens;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function field(letter: string, n: number, t: ZonedTime, ms: number, zone: string): string {
  switch (letter) {
    case 'G':
      return t.year > 0 ? 'AD' : 'BC';
    case 'y':
      return n === 2 ? pad(t.year % 100, 2) : pad(t.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[t.month - 1];
      if (n === 3) return MONTHS[t.month - 1].slice(0, 3);
      return pad(t.month, n);
    case 'd':
      return pad(t.day, n);
    case 'D':
      return pad(dayOfYear(t), n);
    case 'F':
      return pad(Math.floor((t.day - 1) / 7) + 1, n);
    case 'E':
      return n >= 4 ? DAYS[t.weekday] : DAYS[t.weekday].slice(0, 3);
    case 'u':
      return pad(t.weekday === 0 ? 7 : t.weekday, n);
    case 'a':
      return t.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(t.hour, n);
    case 'k':
      return pad(t.hour === 0 ? 24 : t.hour, n);
    case 'K':
      return pad(t.hour % 12, n);
    case 'h':
      return pad(t.hour % 12 === 0 ? 12 : t.hour % 12, n);
    case 'm':
      return pad(t.minute, n);
    case 's':
      return pad(t.second, n);
    case 'S':
      return pad(t.millisecond, n);
    case 'w':
      return pad(weekOfYear(t), n);
    case 'Z':
      return offset(t.offsetMs, '');
    case 'X':
      if (t.offsetMs === 0) return 'Z';
      return n === 1 ? offset(t.offsetMs, '').slice(0, 3) : offset(t.offsetMs, n >= 3 ? ':' : '');
    case 'z':
      return zoneName(ms, zone, n >= 4 ? 'long' : 'short');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

function offset(offsetMs: number, separator: string): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const sign = offsetMs < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(minutes / 60), 2)}${separator}${pad(minutes % 60, 2)}`;
}

function dayOfYear(t: ZonedTime): number {
  return (Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(t.year, 0, 1)) / MS_PER_DAY + 1;
}

/** Java's US week numbering: weeks start on Sunday; week 1 holds January 1st. */
export function weekOfYear(t: Pick<ZonedTime, 'year' | 'month' | 'day' | 'weekday'>): number {
  const today = Date.UTC(t.year, t.month - 1, t.day);
  const sunday = today - t.weekday * MS_PER_DAY;
  // The week belongs to next year's week 1 when next January 1st falls in it.
  if (Date.UTC(t.year + 1, 0, 1) <= sunday + 6 * MS_PER_DAY) return 1;
  const jan1 = Date.UTC(t.year, 0, 1);
  const firstSunday = jan1 - new Date(jan1).getUTCDay() * MS_PER_DAY;
  return Math.floor((sunday - firstSunday) / (7 * MS_PER_DAY)) + 1;
}

function zoneName(ms: number, zoneId: string, style: 'short' | 'long'): string {
  const zone = resolveZone(zoneId);
  if ('fixedOffsetMs' in zone)
    return zone.fixedOffsetMs === 0 ? 'GMT' : `GMT${offset(zone.fixedOffsetMs, ':')}`;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zoneId,
    timeZoneName: style,
  }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zoneId;
}
