import {
  backtestForecast,
  forecastPeriods,
  knownBefore,
  type DealDates,
} from '../../src/kpi/forecast';
import { addPeriods, dayFromYmd } from '../../src/kpi/days';

const START = dayFromYmd(2025, 1, 1);
const END = dayFromYmd(2026, 12, 31);

/** One lead a day; every other lead becomes an opportunity 2 days later, won 10 days after that. */
function steadyWorld(): DealDates[] {
  const out: DealDates[] = [];
  for (let day = START, i = 0; day <= END; day++, i++) {
    const qualifies = i % 2 === 0;
    out.push({
      id: `D${i}`,
      team: i % 4 < 2 ? 'Lyon' : 'Paris',
      rep: 'r',
      amount: qualifies ? 100 : NaN,
      lead: day,
      opportunity: qualifies ? day + 2 : NaN,
      proposal: NaN,
      won: qualifies ? day + 12 : NaN,
      lost: NaN,
    });
  }
  return out;
}

describe('forecastPeriods', () => {
  const world = steadyWorld();

  it('forecasts a steady pipeline to within one deal of what it brings in', () => {
    const today = dayFromYmd(2026, 6, 10);
    const [current, next] = forecastPeriods(knownBefore(world, today), today, 'month', {
      type: 'company',
    });
    const actual = (from: number, to: number) =>
      world.filter((d) => d.won >= from && d.won < to).reduce((s, d) => s + d.amount, 0);
    expect(current.start).toBe(dayFromYmd(2026, 6, 1));
    expect(current.wonSoFar).toBe(actual(current.start, today));
    expect(Math.abs(current.expected - actual(current.start, current.end))).toBeLessThanOrEqual(
      100,
    );
    expect(Math.abs(next.expected - actual(next.start, next.end))).toBeLessThanOrEqual(100);
    expect(current.low).toBeLessThanOrEqual(current.expected);
    expect(current.high).toBeGreaterThanOrEqual(current.expected);
  });

  it('uses nothing that happened on or after the forecast day', () => {
    const today = dayFromYmd(2026, 3, 1);
    const scope = { type: 'team', name: 'Lyon' } as const;
    const before = forecastPeriods(knownBefore(world, today), today, 'month', scope);
    // Every deal still open that day is lost instead of won: the past is the same.
    const rewritten = world.map((d) => (d.won >= today ? { ...d, won: NaN, lost: d.won } : d));
    expect(forecastPeriods(knownBefore(rewritten, today), today, 'month', scope)).toEqual(before);
  });

  it('falls back on the company history when the scope has too little', () => {
    const today = dayFromYmd(2026, 3, 1);
    const [f] = forecastPeriods(knownBefore(world, today), today, 'month', {
      type: 'rep',
      name: 'nobody',
    });
    expect(f.ownHistory).toBe(false);
    expect(f.expected).toBe(0);
  });
});

describe('backtestForecast', () => {
  it('returns a small error on a steady pipeline, and the points it was made on', () => {
    const days = Array.from({ length: 12 }, (_, i) =>
      addPeriods(dayFromYmd(2025, 11, 1), 'month', i),
    );
    const bt = backtestForecast(steadyWorld(), days, 'month', { type: 'company' });
    expect(bt.points.map((p) => p.day)).toEqual(days);
    expect(bt.wape).toBeLessThan(0.05);
    for (const p of bt.points) expect(p.actual).toBeGreaterThan(0);
  });
});
