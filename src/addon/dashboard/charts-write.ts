// Builds the Dashboard's charts with the embedded chart builder. A chart already anchored where a
// spec goes is the one an earlier refresh made: it is modified in place (same chart, same id), so
// refreshing twice leaves the same charts; charts anchored elsewhere (a user's) are left alone.
import { sheetIdOf } from '../workbook/sheet-id';
import { fingerprint, rememberWrite, writtenAlready } from '../workbook/write-memo';
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
  let inserted = 0;
  for (const spec of specs) {
    const found = existing.find((chart) => {
      const info = chart.getContainerInfo();
      return info.getAnchorRow() === spec.row && info.getAnchorColumn() === spec.column;
    });
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
  }
  rememberWrite(memoKey, print, existing.length + inserted);
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
