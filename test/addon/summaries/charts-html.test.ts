// The email's bar charts (issue 14, item 5) are table cells of computed widths: widths in
// proportion to the amounts, parts on the side of their sign, nothing drawn for zero, and every
// label escaped.
import {
  divergingChartHtml,
  HALF_WIDTH,
  RANGE_WIDTH,
  rangeChartHtml,
  segmentWidths,
  type DivergingBar,
} from '../../../src/addon/summaries/charts-html';

/** A row of the chart (one line each), by its first cell's text. */
function rowOf(html: string, label: string): string {
  const row = html.split('\n').find((r) => r.startsWith('<tr>') && r.includes(`>${label}</td>`));
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

/** [width, colour] of every coloured cell, in order. */
function cells(html: string): Array<[number, string]> {
  return [...html.matchAll(/width:(\d+)px;height:\d+px;background:(#[0-9a-f]{6})/g)].map((m) => [
    Number(m[1]),
    m[2],
  ]);
}

describe('segmentWidths', () => {
  test('proportional to the lengths, adding up to the track', () => {
    expect(segmentWidths([1, 2, 1], 4, 100)).toEqual([25, 50, 25]);
    const thirds = segmentWidths([1, 1, 1], 3, 100);
    expect(thirds.reduce((a, b) => a + b, 0)).toBe(100);
    for (const w of thirds) expect(Math.abs(w - 100 / 3)).toBeLessThan(1);
  });

  test('zero, negative and missing lengths take no room; a zero scale draws nothing', () => {
    expect(segmentWidths([0, -5, NaN, 2], 2, 50)).toEqual([0, 0, 0, 50]);
    expect(segmentWidths([3, 4], 0, 50)).toEqual([0, 0]);
    expect(segmentWidths([], 10, 50)).toEqual([]);
  });
});

describe('rangeChartHtml', () => {
  const legend = { won: 'Won', expected: 'Expected', range: '80 % range' };

  test('won, then the rest of the expected, on a track as long as the largest high', () => {
    const html = rangeChartHtml({
      legend,
      bars: [
        { label: 'Dec', won: 400, expected: 1000, low: 800, high: 1200, caption: '1,000' },
        { label: 'Jan', won: 0, expected: 600, low: 300, high: 900, caption: '600' },
      ],
    });
    const unit = RANGE_WIDTH / 1200;
    const [won, rest, track, before, band] = cells(rowOf(html, 'Dec'));
    expect(won).toEqual([400 * unit, '#188038']);
    expect(rest).toEqual([600 * unit, '#8ab4f8']);
    expect(track[0]).toBe(200 * unit);
    // The range strip: blank up to the low end, the band from low to high.
    expect(before[0]).toBe(800 * unit);
    expect(band).toEqual([400 * unit, '#1a73e8']);
    const jan = cells(rowOf(html, 'Jan'));
    expect(jan[0]).toEqual([600 * unit, '#8ab4f8']);
    expect(jan.slice(0, 2).reduce((a, [w]) => a + w, 0)).toBe(RANGE_WIDTH);
    // The numbers are written beside the bars, the bars hidden from screen readers.
    expect(rowOf(html, 'Dec')).toContain('>1,000</td>');
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('80 % range');
  });

  test('nothing to show: no chart; all zero: captions without bars', () => {
    expect(rangeChartHtml({ legend, bars: [] })).toBe('');
    const html = rangeChartHtml({
      legend,
      bars: [{ label: 'Dec', won: 0, expected: 0, low: 0, high: 0, caption: '0 €' }],
    });
    expect(cells(rowOf(html, 'Dec'))).toEqual([]);
    expect(html).toContain('>0 €</td>');
  });
});

describe('divergingChartHtml', () => {
  const bar = (label: string, value: number): DivergingBar => ({
    label,
    value,
    caption: `${value} pts`,
  });
  const parts = [bar('Leads', -7), bar('Conversion', 2), bar('Win rate', 0), bar('Value', -45)];
  const total = bar('Revenue', -50);
  const html = divergingChartHtml({ title: 'Why', parts, total });
  const axis = 'width="1"';

  test('falls left of the axis in red, rises right in green, widths in proportion', () => {
    const leads = rowOf(html, 'Leads');
    const [[width, colour]] = cells(leads);
    expect(width).toBe(Math.round((7 / 50) * HALF_WIDTH));
    expect(colour).toBe('#c5221f');
    expect(leads.indexOf('background:#c5221f')).toBeLessThan(leads.indexOf(axis));
    const conversion = rowOf(html, 'Conversion');
    expect(cells(conversion)).toEqual([[Math.round((2 / 50) * HALF_WIDTH), '#188038']]);
    expect(conversion.indexOf('background:#188038')).toBeGreaterThan(conversion.indexOf(axis));
    // The total is the longest bar, drawn last and darker.
    expect(cells(rowOf(html, 'Revenue'))).toEqual([[HALF_WIDTH, '#a50e0e']]);
  });

  test('the parts drawn add up to the total drawn, each caption beside its bar', () => {
    const drawn = (label: string) => cells(rowOf(html, label)).reduce((a, [w]) => a + w, 0);
    const sides = parts.map((p) => Math.sign(p.value) * drawn(p.label));
    // Each part is rounded on its own: within a pixel each of the total's width.
    expect(Math.abs(sides.reduce((a, b) => a + b, 0) + drawn('Revenue'))).toBeLessThanOrEqual(
      parts.length,
    );
    expect(cells(rowOf(html, 'Win rate'))).toEqual([]);
    for (const p of [...parts, total]) expect(rowOf(html, p.label)).toContain(`>${p.caption}</td>`);
  });

  test('no parts: no chart; labels and captions are escaped', () => {
    expect(divergingChartHtml({ title: 'Why', parts: [], total })).toBe('');
    const evil = divergingChartHtml({
      title: '<b>t</b>',
      parts: [{ label: '<script>x</script>', value: 1, caption: '"><img src=x>' }],
      total,
    });
    expect(evil).not.toMatch(/<script|<img|<b>/);
    expect(evil).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(evil).toContain('&quot;&gt;&lt;img src=x&gt;');
  });
});
