// The demo's built-in dip (team Lyon's lead → opportunity conversion, 30 % down in the last mature
// month) is what the attribution finds, in numbers that add up and in both languages.
import { generateSampleData, sampleDipFor } from '../../../src/addon/sample-data';
import { columnIndexes } from '../../../src/addon/schema';
import { pipelineDeals } from '../../../src/addon/history/deal-dates';
import { whyConversionMoved, whyRevenueMoved } from '../../../src/addon/history/why';
import { insightCells } from '../../../src/addon/history/insights';
import { addPeriods, dayFromYmd } from '../../../src/kpi/days';

const dip = sampleDipFor();
const deals = pipelineDeals(generateSampleData().pipeline, columnIndexes('pipeline'));
const month = (label: string) => {
  const [y, m] = label.split('-').map(Number);
  const start = dayFromYmd(y, m, 1);
  return [start, addPeriods(start, 'month', 1)] as const;
};
const before = month(dip.conversionPreviousMonth);
const after = month(dip.conversionMonth);

describe("the demo's dip, explained", () => {
  it("puts the conversion fall on the dip team's own rate", () => {
    const why = whyConversionMoved(deals, before, after)!;
    expect(why.split.change).toBeLessThan(0);
    expect(why.main).toBe(dip.team);
    const lyon = why.split.groups.find((g) => g.group === dip.team)!;
    // Lyon's own rate fell by more than the whole company rate did.
    expect(lyon.rate).toBeLessThan(why.split.change);
    expect(why.sentence.en).toMatch(
      new RegExp(
        `^Lead \u2192 opportunity conversion \u2212\\d+ pts: team ${dip.team}\u2019s own rate \u2212\\d+ pts`,
      ),
    );
    expect(why.sentence.fr).toMatch(
      new RegExp(`taux propre de l\u2019\u00e9quipe ${dip.team} \u2212\\d+ pts`),
    );
  });

  it("says the dip team's revenue fell mostly through conversion among the rate drivers, adding up", () => {
    const why = whyRevenueMoved(
      deals.filter((d) => d.team === dip.team),
      before,
      after,
    )!;
    const parts = Object.values(why.revenue.parts);
    expect(parts.reduce((s, v) => s + v, 0)).toBeCloseTo(why.revenue.change, 6);
    expect(why.revenue.parts.conversion).toBeLessThan(0);
    expect(Math.abs(why.revenue.parts.conversion)).toBeGreaterThan(
      Math.abs(why.revenue.parts.winRate),
    );
    expect(why.sentence.en).toContain('lower lead \u2192 opportunity conversion');
    expect(why.sentence.fr).toContain('moindre conversion lead \u2192 opportunit\u00e9');
  });
});

describe('the Pipeline insights block on the demo', () => {
  const today = dayFromYmd(2026, 11, 16);
  const en = insightCells(deals, [], today, 'en');
  const fr = insightCells(deals, [], today, 'fr');
  const find = (cells: unknown[][], start: string) =>
    cells.filter((r) => typeof r[0] === 'string' && r[0].startsWith(start));

  it('forecasts this month and the next for the company and each team, within their range', () => {
    const rows = en.filter((r) => r[1] === 'Nov 2026' || r[1] === 'Dec 2026');
    expect(rows.map((r) => `${String(r[0])} ${String(r[1])}`)).toEqual([
      'Company Nov 2026',
      'Company Dec 2026',
      'Team Lyon Nov 2026',
      'Team Lyon Dec 2026',
      'Team Nantes Nov 2026',
      'Team Nantes Dec 2026',
      'Team Paris Nov 2026',
      'Team Paris Dec 2026',
    ]);
    for (const [, , expected, low, high, wonSoFar] of rows as number[][]) {
      expect(low).toBeLessThanOrEqual(expected);
      expect(high).toBeGreaterThanOrEqual(expected);
      expect(low).toBeGreaterThanOrEqual(wonSoFar);
    }
  });

  it("explains the last mature month in the reader's language, naming Lyon for the conversion", () => {
    expect(find(en, 'Why it moved')[0][0]).toBe('Why it moved: Oct 2026 / Sep 2026');
    const company = find(en, 'Company').map((r) => String(r[1]));
    expect(company.some((t) => t.includes('team Lyon\u2019s own rate'))).toBe(true);
    expect(
      find(fr, 'Entreprise').some((r) => String(r[1]).includes('l\u2019\u00e9quipe Lyon')),
    ).toBe(true);
    // A team's own sentence does not name the team as where its change comes from.
    expect(find(en, 'Team Nantes').some((r) => String(r[1]).includes('is team Nantes'))).toBe(
      false,
    );
    expect(en.at(-1)![0]).toBe('No snapshot yet: the history starts with the next daily run.');
  });
});
