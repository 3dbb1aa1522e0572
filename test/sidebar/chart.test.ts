import { chartLayout } from '../../sidebar/wizard/chart';

const point = (start: string, value: number | null) => ({ start, value, volume: 1 });

describe('chart layout', () => {
  it('scales bars from zero so the best period is the tallest', () => {
    // Values 0..100 over a 100-px drawing area between 4-px paddings (height 108).
    const { bars, zeroY, targetY } = chartLayout(
      [point('2026-01-01', 50), point('2026-02-01', 100), point('2026-03-01', 25)],
      null,
      300,
      108,
    );
    expect(zeroY).toBe(104);
    expect(targetY).toBeNull();
    expect(bars.map((b) => [b.y, b.height])).toEqual([
      [54, 50],
      [4, 100],
      [79, 25],
    ]);
    expect(bars.map((b) => b.x)).toEqual([1, 101, 201]);
    expect(bars.every((b) => b.width === 98)).toBe(true);
  });

  it('fits the target even above every value', () => {
    const { bars, targetY } = chartLayout([point('a', 50)], 200, 100, 208);
    expect(targetY).toBe(4);
    // 0..200 over 200 px: the value 50 is 50 px tall, standing on zero at y = 204.
    expect(bars[0]).toMatchObject({ y: 154, height: 50 });
  });

  it('grows negative values down from zero (NPS)', () => {
    const { bars, zeroY } = chartLayout([point('a', -50), point('b', 50)], null, 100, 108);
    expect(zeroY).toBe(54);
    expect(bars[0]).toMatchObject({ y: 54, height: 50 });
    expect(bars[1]).toMatchObject({ y: 4, height: 50 });
  });

  it('leaves a gap for a period without data and a hairline for zero', () => {
    const { bars } = chartLayout([point('a', 0), point('b', null), point('c', 0)], null, 90, 50);
    expect(bars.map((b) => b.start)).toEqual(['a', 'c']);
    expect(bars.every((b) => b.height === 1)).toBe(true);
    expect(bars.every((b) => Number.isFinite(b.y))).toBe(true);
  });

  it('draws nothing for no points', () => {
    expect(chartLayout([], null, 100, 50).bars).toEqual([]);
  });
});
