import fc from 'fast-check';
import {
  conversionCounts,
  cycleLengths,
  funnelConversions,
  funnelCounts,
  salesVelocity,
  winLossCounts,
} from '../../src/kpi/funnel';

const flags = (...v: number[]) => Uint8Array.from(v);

describe('conversionCounts', () => {
  it('counts the positions reaching from, and among them those reaching to', () => {
    // from reached at 0, 1, 3; to also reached at 0 and 3; to at 2 does not count (from not reached).
    expect(conversionCounts(flags(1, 1, 0, 1), flags(1, 0, 1, 1))).toEqual({
      reached: 3,
      converted: 2,
    });
  });

  it('gives zero counts for empty input', () => {
    expect(conversionCounts(flags(), flags())).toEqual({ reached: 0, converted: 0 });
  });

  it('never converts more than reached', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean())), (pairs) => {
        const from = Uint8Array.from(pairs.map(([a]) => (a ? 1 : 0)));
        const to = Uint8Array.from(pairs.map(([, b]) => (b ? 1 : 0)));
        const { reached, converted } = conversionCounts(from, to);
        expect(converted).toBeGreaterThanOrEqual(0);
        expect(converted).toBeLessThanOrEqual(reached);
      }),
    );
  });
});

describe('funnelCounts', () => {
  // Rows (3 stages): all three; first and third; second and third; first and second.
  const cells = flags(1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0);

  it('"any" counts each stage that is reached', () => {
    expect(Array.from(funnelCounts(cells, 3, false))).toEqual([3, 3, 3]);
  });

  it('"strict" counts a stage only when every earlier stage is reached', () => {
    // Row 1 reaches 3 stages, row 2 only the first, row 3 none, row 4 the first two.
    expect(Array.from(funnelCounts(cells, 3, true))).toEqual([3, 2, 1]);
  });

  it('handles no rows and no stages', () => {
    expect(Array.from(funnelCounts(flags(), 2, true))).toEqual([0, 0]);
    expect(Array.from(funnelCounts(flags(), 0, false))).toEqual([]);
  });

  it('strict counts never rise from stage to stage and never exceed "any" counts', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((stages) =>
            fc.tuple(
              fc.constant(stages),
              fc.array(fc.array(fc.boolean(), { minLength: stages, maxLength: stages })),
            ),
          ),
        ([stages, rows]) => {
          const block = Uint8Array.from(rows.flat().map((b) => (b ? 1 : 0)));
          const strict = funnelCounts(block, stages, true);
          const any = funnelCounts(block, stages, false);
          for (let s = 0; s < stages; s++) {
            expect(strict[s]).toBeLessThanOrEqual(any[s]);
            if (s > 0) expect(strict[s]).toBeLessThanOrEqual(strict[s - 1]);
          }
          expect(strict[0]).toBe(any[0]);
        },
      ),
    );
  });
});

describe('funnelConversions', () => {
  it('divides by the previous and the first stage, NaN for a zero denominator', () => {
    const { fromPrevious, fromFirst } = funnelConversions([4, 2, 0, 0]);
    expect(Array.from(fromPrevious)).toEqual([1, 0.5, 0, NaN]);
    expect(Array.from(fromFirst)).toEqual([1, 0.5, 0, 0]);
  });

  it('leaves every conversion undefined when nothing reached the first stage', () => {
    const { fromPrevious, fromFirst } = funnelConversions([0, 3]);
    expect(Array.from(fromPrevious)).toEqual([NaN, NaN]);
    expect(Array.from(fromFirst)).toEqual([NaN, NaN]);
  });
});

describe('winLossCounts', () => {
  const won = new Set(['won', 'gagné']);
  const lost = new Set(['lost']);

  it('counts won and lost labels and ignores the others and blanks', () => {
    expect(winLossCounts(['won', 'lost', 'open', '', 'gagné', 'won'], won, lost)).toEqual({
      won: 3,
      lost: 1,
    });
  });

  it('does not depend on the order of the outcomes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('won', 'lost', 'open', '', 'gagné')), (outcomes) => {
        const reversed = [...outcomes].reverse();
        expect(winLossCounts(reversed, won, lost)).toEqual(winLossCounts(outcomes, won, lost));
      }),
    );
  });
});

describe('cycleLengths', () => {
  it('measures end − start where both are present', () => {
    const start = Float64Array.from([0, NaN, 10, 5]);
    const end = Float64Array.from([3, 4, 10, NaN]);
    const { days, endBeforeStart } = cycleLengths(start, end);
    expect(Array.from(days)).toEqual([3, 0]);
    expect(endBeforeStart).toBe(-1);
  });

  it('reports the first position whose end is before its start', () => {
    const start = Float64Array.from([1, 9, 8]);
    const end = Float64Array.from([2, 4, 1]);
    expect(cycleLengths(start, end).endBeforeStart).toBe(1);
  });
});

describe('salesVelocity', () => {
  it('is open × win rate × deal size / cycle', () => {
    // 20 × 0.25 × 1000 / 50 = 100 per day.
    expect(salesVelocity(20, 0.25, 1000, 50)).toBe(100);
  });
});
