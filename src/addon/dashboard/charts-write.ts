// Builds the Dashboard's charts with the embedded chart builder. A chart already anchored where a
// spec goes is the one an earlier refresh made: it is modified in place (same chart, same id), so
// refreshing twice leaves the same charts; charts anchored elsewhere (a user's) are left alone.
import { sheetIdOf } from '../workbook/sheet-id';
import {
  fingerprint,
  lastFingerprint,
  rememberWrite,
  writtenAlready,
} from '../workbook/write-memo';
import type { ChartSpec } from './charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export function writeCharts(sheet: Sheet, specs: readonly ChartSpec[]): void {
  const existing = sheet.getCharts();
  // Reading each chart back costs a dozen calls: skip it when the last write was these charts
  // and the sheet holds as many as it did then.
  const memoKey = `charts/${sheetIdOf(sheet)}`;
  const print = fingerprint(specs);
  if (writtenAlready(memoKey, print, existing.length)) return;
  // Each spec's own fingerprint as last written: a chart still at its anchor whose spec has not
  // changed is left as it is (a user deleted another chart: only that one is drawn again).
  const specsKey = `chartSpecs/${sheetIdOf(sheet)}`;
  const drawn = new Set((lastFingerprint(specsKey) ?? '').split('|'));
  const prints = specs.map((spec) => fingerprint(spec));
  // Each chart's anchor, asked once.
  const anchors = existing.map((chart) => {
    const info = chart.getContainerInfo();
    return { chart, row: info.getAnchorRow(), column: info.getAnchorColumn() };
  });
  let inserted = 0;
  specs.forEach((spec, i) => {
    const found = anchors.find((a) => a.row === spec.row && a.column === spec.column)?.chart;
    if (found && drawn.has(prints[i])) return;
    const start = found ? found.modify().clearRanges() : sheet.newChart();
    let builder = typed(start, spec);
    for (const r of spec.ranges)
      builder = builder.addRange(sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
    builder = builder.setPosition(spec.row, spec.column, 0, 0).setNumHeaders(1);
    for (const [option, value] of Object.entries(spec.options))
      builder = builder.setOption(option, value);
    const chart = builder.build();
    if (found) sheet.updateChart(chart);
    else {
      sheet.insertChart(chart);
      inserted++;
    }
  });
  rememberWrite(memoKey, print, existing.length + inserted);
  rememberWrite(specsKey, prints.join('|'), 0);
}

function typed(builder: Builder, spec: ChartSpec): Builder {
  switch (spec.kind) {
    case 'column':
      return builder.asColumnChart() as unknown as Builder;
    case 'line':
      return builder.asLineChart() as unknown as Builder;
    case 'combo':
      return builder.asComboChart() as unknown as Builder;
  }
}
