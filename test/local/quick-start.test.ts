// The demo's Quick start sheet shows every declared =KPI_* function at work (README: "every
// `=KPI_*` function"), and only declared ones: a new function whose declared example refers to
// cells or spills needs an example written in local/demo/quick-start.ts.
import { calledFunctions, quickStartExamples } from '../../local/demo/quick-start';
import { KPI_FUNCTIONS } from '../../src/functions/kpi-functions';
import { sampleDipFor } from '../../src/addon/sample-data';

test('the Quick start calls every declared function, and no undeclared KPI_ one', () => {
  const examples = quickStartExamples(sampleDipFor(new Date(2027, 5, 10)));
  const called = new Set(examples.flatMap((e) => calledFunctions(e.formula)));
  expect([...called].sort()).toEqual(KPI_FUNCTIONS.map((f) => f.declaration.name).sort());
});
