// The dashboard's column widths are set in as few setColumnWidths calls as give every column its
// width: applied in order, the calls leave each column at its wanted width.
import { widthRuns } from '../../../src/addon/dashboard/frame';

function applied(runs: ReturnType<typeof widthRuns>): Map<number, number> {
  const out = new Map<number, number>();
  for (const run of runs)
    for (let c = run.from; c < run.from + run.count; c++) out.set(c, run.width);
  return out;
}

describe('widthRuns', () => {
  test('alternating widths: the common width over the span, then the others', () => {
    const widths = Array.from(
      { length: 17 },
      (_, i) => [i + 1, i >= 12 ? 95 : [175, 95, 110][i % 3]] as const,
    );
    const runs = widthRuns(widths);
    expect(applied(runs)).toEqual(new Map(widths));
    expect(runs).toHaveLength(9); // 13 runs of equal neighbours
  });

  test('long runs of equal neighbours stay one call each', () => {
    const widths = [
      [1, 100],
      [2, 100],
      [3, 200],
      [4, 200],
    ] as const;
    expect(widthRuns(widths)).toEqual([
      { from: 1, count: 2, width: 100 },
      { from: 3, count: 2, width: 200 },
    ]);
  });

  test('columns with gaps are set one run at a time (a gap keeps its width)', () => {
    const widths = [
      [1, 100],
      [3, 100],
      [4, 50],
    ] as const;
    const runs = widthRuns(widths);
    expect(applied(runs)).toEqual(new Map(widths));
  });

  test('no columns, no calls', () => {
    expect(widthRuns([])).toEqual([]);
  });
});
