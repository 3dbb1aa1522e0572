// Charts: the enums scripts pass to embedded-chart builders (`Charts.ChartType.LINE`,
// `Charts.CurveStyle.SMOOTH`…), the same values as SpreadsheetApp's chart builders read. The
// standalone chart builders (`newLineChart`, `newDataTable`…) build images for HTML and email,
// which this runtime does not draw: they throw "not implemented". Reading enums needs no
// authorisation, as at Google.
import type { RuntimeContext } from '../runtime/context';
import { ChartsEnums } from './spreadsheet/enums';
import { service } from './unimplemented';

type Charts = GoogleAppsScript.Charts.Charts;

export function createCharts(ctx: RuntimeContext): Charts {
  return service<Charts>('Charts', { ...ChartsEnums }, { ctx, defaultAccess: 'NONE' });
}
