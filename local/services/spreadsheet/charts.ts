// EmbeddedChartBuilder (and its typed variants asLineChart()…), EmbeddedChart and
// ContainerInfo. Charts are stored as specs (type, ranges, position, options) that the
// playground draws; nothing is rendered here.
import { clone } from '../../workbook/clone';
import type { ChartSpec, SheetRange } from '../../workbook';
import { ChartsEnums, EnumValue, enumName } from './enums';
import { unwrap } from './guard';
import type { RangeBase } from './range-base';
import type { GContainerInfo, GEmbeddedChart, GEmbeddedChartBuilder, GRange, Scope } from './scope';

type ChartType = GoogleAppsScript.Charts.ChartType;

type BuilderPart =
  | 'addRange'
  | 'asAreaChart'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asComboChart'
  | 'asHistogramChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asScatterChart'
  | 'asTableChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setHiddenDimensionStrategy'
  | 'setMergeStrategy'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns';

/** A chart being built: the stored spec, and the id once the chart is in a sheet. */
export interface ChartState {
  sheetId: number;
  spec: ChartSpec;
}

function newSpec(): ChartSpec {
  return {
    id: 0,
    type: 'LINE',
    ranges: [],
    position: { row: 0, col: 0, offsetX: 0, offsetY: 0 },
    options: {},
    numHeaders: -1,
    transpose: false,
  };
}

export class EmbeddedChartBuilderImpl implements Pick<GEmbeddedChartBuilder, BuilderPart> {
  private _state: ChartState;

  constructor(
    private readonly _scope: Scope,
    sheetId: number,
    from?: ChartSpec,
  ) {
    this._state = { sheetId, spec: from ? clone(from) : newSpec() };
  }

  private _self<T = GEmbeddedChartBuilder>(): T {
    return this._scope.expose('EmbeddedChartBuilder', this);
  }
  private _as<T>(type: string): T {
    this._state.spec.type = type;
    return this._self<T>();
  }
  private _option<T>(key: string, value: unknown): T {
    this._state.spec.options[key] = value instanceof EnumValue ? value.name : value;
    return this._self<T>();
  }

  addRange(range: GRange): GEmbeddedChartBuilder {
    const r = unwrap<RangeBase>(range);
    this._state.spec.ranges.push({ sheetId: r._sheetId, ...r._grid } satisfies SheetRange);
    return this._self();
  }
  removeRange(range: GRange): GEmbeddedChartBuilder {
    const r = unwrap<RangeBase>(range);
    this._state.spec.ranges = this._state.spec.ranges.filter(
      (x) =>
        !(
          x.sheetId === r._sheetId &&
          x.row === r._grid.row &&
          x.col === r._grid.col &&
          x.numRows === r._grid.numRows &&
          x.numCols === r._grid.numCols
        ),
    );
    return this._self();
  }
  clearRanges(): GEmbeddedChartBuilder {
    this._state.spec.ranges = [];
    return this._self();
  }
  getRanges(): GRange[] {
    return this._state.spec.ranges.map((r) => this._scope.range(r.sheetId, r));
  }
  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this._as('AREA');
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this._as('BAR');
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this._as('COLUMN');
  }
  asComboChart(): GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder {
    return this._as('COMBO');
  }
  asHistogramChart(): GoogleAppsScript.Spreadsheet.EmbeddedHistogramChartBuilder {
    return this._as('HISTOGRAM');
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this._as('LINE');
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this._as('PIE');
  }
  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    return this._as('SCATTER');
  }
  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this._as('TABLE');
  }
  setChartType(type: ChartType): GEmbeddedChartBuilder {
    return this._as(enumName(type));
  }
  getChartType(): ChartType {
    return (ChartsEnums.ChartType as Record<string, EnumValue>)[
      this._state.spec.type
    ] as unknown as ChartType;
  }
  getContainer(): GContainerInfo {
    return containerInfo(this._scope, this._state.spec);
  }
  setHiddenDimensionStrategy(
    strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy,
  ): GEmbeddedChartBuilder {
    this._state.spec.hiddenDimensionStrategy = enumName(strategy);
    return this._self();
  }
  setMergeStrategy(
    mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy,
  ): GEmbeddedChartBuilder {
    this._state.spec.mergeStrategy = enumName(mergeStrategy);
    return this._self();
  }
  setNumHeaders(headers: number): GEmbeddedChartBuilder {
    this._state.spec.numHeaders = headers;
    return this._self();
  }
  setOption(option: string, value: unknown): GEmbeddedChartBuilder {
    return this._option(option, value);
  }
  /** Anchor cell (1-based row and column) and pixel offsets. */
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): GEmbeddedChartBuilder {
    this._state.spec.position = { row: anchorRowPos - 1, col: anchorColPos - 1, offsetX, offsetY };
    return this._self();
  }
  setTransposeRowsAndColumns(transpose: boolean): GEmbeddedChartBuilder {
    this._state.spec.transpose = transpose;
    return this._self();
  }

  // The typed builders' most common setters, stored as the Google Charts options they mean.
  setTitle(title: string): GEmbeddedChartBuilder {
    return this._option('title', title);
  }
  setXAxisTitle(title: string): GEmbeddedChartBuilder {
    return this._option('hAxis.title', title);
  }
  setYAxisTitle(title: string): GEmbeddedChartBuilder {
    return this._option('vAxis.title', title);
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): GEmbeddedChartBuilder {
    return this._option('legend.position', enumName(position).toLowerCase());
  }
  setColors(cssValues: string[]): GEmbeddedChartBuilder {
    return this._option('colors', [...cssValues]);
  }
  setStacked(): GEmbeddedChartBuilder {
    return this._option('isStacked', true);
  }
  setCurveStyle(style: GoogleAppsScript.Charts.CurveStyle): GEmbeddedChartBuilder {
    return this._option('curveType', enumName(style) === 'SMOOTH' ? 'function' : 'none');
  }
  setBackgroundColor(cssValue: string): GEmbeddedChartBuilder {
    return this._option('backgroundColor', cssValue);
  }
  set3D(): GEmbeddedChartBuilder {
    return this._option('is3D', true);
  }

  build(): GEmbeddedChart {
    return this._scope.expose(
      'EmbeddedChart',
      new EmbeddedChartImpl(this._scope, clone(this._state)),
    );
  }
}

export class EmbeddedChartImpl implements Pick<
  GEmbeddedChart,
  | 'getChartId'
  | 'getContainerInfo'
  | 'getNumHeaders'
  | 'getOptions'
  | 'getRanges'
  | 'getTransposeRowsAndColumns'
  | 'modify'
> {
  constructor(
    private readonly _scope: Scope,
    readonly _state: ChartState,
  ) {}

  getChartId(): number | null {
    return this._state.spec.id === 0 ? null : this._state.spec.id;
  }
  getContainerInfo(): GContainerInfo {
    return containerInfo(this._scope, this._state.spec);
  }
  getNumHeaders(): number {
    return this._state.spec.numHeaders;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this._state.spec.options;
    return this._scope.expose('ChartOptions', { get: (option: string) => options[option] ?? null });
  }
  getRanges(): GRange[] {
    return this._state.spec.ranges.map((r) => this._scope.range(r.sheetId, r));
  }
  getTransposeRowsAndColumns(): boolean {
    return this._state.spec.transpose;
  }
  modify(): GEmbeddedChartBuilder {
    return this._scope.expose(
      'EmbeddedChartBuilder',
      new EmbeddedChartBuilderImpl(this._scope, this._state.sheetId, this._state.spec),
    );
  }
}

function containerInfo(scope: Scope, spec: ChartSpec): GContainerInfo {
  const p = spec.position;
  return scope.expose('ContainerInfo', {
    getAnchorColumn: () => p.col + 1,
    getAnchorRow: () => p.row + 1,
    getOffsetX: () => p.offsetX,
    getOffsetY: () => p.offsetY,
  });
}
