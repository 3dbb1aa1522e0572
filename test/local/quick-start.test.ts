// The demo's Quick start sheet shows every declared =KPI_* function at work (README: "every
// `=KPI_*` function"), and only declared ones: a new function needs its example there.
import { quickStartExamples } from '../../local/demo/quick-start';
import { KPI_FUNCTIONS } from '../../src/functions/kpi-functions';
import { sampleDipFor } from '../../src/addon/sample-data';

test('the Quick start calls every declared function, and no undeclared KPI_ one', () => {
  const formulas = quickStartExamples(sampleDipFor(new Date(2027, 5, 10))).map((e) => e.formula);
  const called = new Set(
    formulas.flatMap((f) => [...f.matchAll(/\b(KPI_\w+)\(/g)].map((m) => m[1])),
  );
  expect([...called].sort()).toEqual(KPI_FUNCTIONS.map((f) => f.declaration.name).sort());
});
