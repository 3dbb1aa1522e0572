// Why: HyperFormula 3.5 evaluates COUNTIFS, SUMIFS, AVERAGEIFS, MINIFS and MAXIFS (when its
// criterion cache cannot answer) through chains of generators that, for every row, split each
// condition column's iterator and allocate three arrays (the splits, their first values, a zip
// of those with the criteria). Over the demo's 50,000-row columns that was most of the time of an
// objective's formula (a third of test/addon/objectives/formulas.test.ts). The replacement walks
// the same values with an index: the values mapped as before, the rows taken in order until the
// shortest column ends, each row's criteria tried left to right until one fails (the same calls
// in the same order), the values kept folded from the same initial value. Applied once to
// HyperFormula's class, and only over the code it replaces.
interface RangeLike {
  valuesFromTopLeftCorner(): unknown[];
}
interface ConditionLike {
  conditionRange: RangeLike;
  criterionPackage: { lambda: (value: unknown) => boolean };
}
interface ComputeLike {
  reduceInitialValue: unknown;
  composeFunction(acc: unknown, value: unknown): unknown;
  mapFunction(value: unknown, index: number, values: unknown[]): unknown;
}
interface Modules {
  CriterionFunctionCompute: { prototype: Record<PropertyKey, unknown> };
  getRawValue: (value: unknown) => unknown;
}

const PATCHED = Symbol('sheets-local.criteriaPatched');

/** HyperFormula's own modules (the ones its index loaded, in this module registry). */
function modules(): Modules | undefined {
  try {
    // The package's exports hide these files: they are found next to its main file.
    const main = require.resolve('hyperformula');
    const dir = main.slice(0, main.lastIndexOf('index.js'));
    /* eslint-disable @typescript-eslint/no-require-imports */
    const compute = require(`${dir}interpreter/CriterionFunctionCompute.js`) as Partial<Modules>;
    const values = require(`${dir}interpreter/InterpreterValue.js`) as Partial<Modules>;
    /* eslint-enable @typescript-eslint/no-require-imports */
    if (!compute.CriterionFunctionCompute || typeof values.getRawValue !== 'function')
      return undefined;
    return {
      CriterionFunctionCompute: compute.CriterionFunctionCompute,
      getRawValue: values.getRawValue,
    };
  } catch {
    return undefined;
  }
}

/** Installs the indexed evaluation of conditional aggregations (idempotent). */
export function patchCriterionFunctions(): void {
  const found = modules();
  if (!found) return;
  const proto = found.CriterionFunctionCompute.prototype;
  if (proto[PATCHED]) return;
  // Only over the code this replaces (another HyperFormula version keeps its own).
  const original = String(proto.evaluateRangeValue);
  if (
    !/Array\.from\(simpleValuesRange\.valuesFromTopLeftCorner\(\)\)\.map\(this\.mapFunction\)[\s\S]*ifFilter\(criterionLambdas, conditionsIterators, values\)[\s\S]*reduceFunction/.test(
      original,
    )
  )
    return;
  const getRawValue = found.getRawValue;
  proto.evaluateRangeValue = function (
    this: ComputeLike,
    simpleValuesRange: RangeLike,
    conditions: ConditionLike[],
  ): unknown {
    const criteria = conditions.map((c) => c.criterionPackage.lambda);
    const values = Array.from(simpleValuesRange.valuesFromTopLeftCorner()).map(this.mapFunction);
    const columns = conditions.map((c) => c.conditionRange.valuesFromTopLeftCorner());
    let rows = values.length;
    for (const column of columns) if (column.length < rows) rows = column.length;
    let acc = this.reduceInitialValue;
    for (let i = 0; i < rows; i++) {
      let kept = true;
      for (let k = 0; k < criteria.length; k++) {
        if (!criteria[k](getRawValue(columns[k][i]))) {
          kept = false;
          break;
        }
      }
      if (kept) acc = this.composeFunction(acc, values[i]);
    }
    return acc;
  };
  proto[PATCHED] = true;
}
