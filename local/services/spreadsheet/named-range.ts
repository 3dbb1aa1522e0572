// NamedRange of the SpreadsheetApp fake: reads the workbook's named range by name each call.
import { unwrap } from './guard';
import type { RangeBase } from './range-base';
import type { GNamedRange, GRange, Scope } from './scope';

export function namedRangeObject(scope: Scope, name: string): GNamedRange {
  return scope.expose('NamedRange', new NamedRangeImpl(scope, name));
}

class NamedRangeImpl implements Pick<
  GNamedRange,
  'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'
> {
  constructor(
    private readonly _scope: Scope,
    private _name: string,
  ) {}

  private _info() {
    const info = this._scope.wb.getNamedRange(this._name);
    if (!info) throw new Error(`Named range "${this._name}" no longer exists.`);
    return info;
  }

  getName(): string {
    return this._info().name;
  }
  getRange(): GRange {
    const info = this._info();
    return this._scope.range(info.sheetId, info.range);
  }
  remove(): void {
    this._scope.wb.removeNamedRange(this._name);
  }
  setName(name: string): GNamedRange {
    const info = this._info();
    this._scope.wb.removeNamedRange(this._name);
    this._scope.wb.setNamedRange(name, info.sheetId, info.range);
    this._name = name;
    return this._scope.expose('NamedRange', this);
  }
  setRange(range: GRange): GNamedRange {
    const r = unwrap<RangeBase>(range);
    this._info();
    this._scope.wb.setNamedRange(this._name, r._sheetId, r._grid);
    return this._scope.expose('NamedRange', this);
  }
}
