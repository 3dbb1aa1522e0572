// A team named with a quote: the add-on writes its name into the Objectives formulas as a
// doubled quote ("North ""A"""), which Sheets parses; the local engine must too, so the row's
// Current is the KPI's value, not #ERROR!.
import { columnIndexes } from '../../src/addon/schema';
import type { SaveResult } from '../../src/server/wizard-contract';
import { draft, PIPELINE, smallWorkbook } from '../addon/objectives/workbook';

test('an objective for a team named with a quote computes its Current', () => {
  const h = smallWorkbook();
  const team = 'North "A"';
  const P = columnIndexes('pipeline');
  PIPELINE.forEach((row, i) => {
    if (row[P.team] === 'North') h.workbook.setInput('Pipeline', i + 1, P.team, team);
  });
  h.workbook.setInput('Teams', 1, 0, team);
  const result = h.runtime.run('wizardSave', [
    draft({ scope: { type: 'team', name: team } }),
  ]) as SaveResult;
  expect(result.check.errors).toEqual({});
  const O = columnIndexes('objectives');
  const row = result.objectives.findIndex((o) => o.id === result.id) + 1;
  expect(h.workbook.getFormula('Objectives', row, O.current)).toContain('"=North ""A"""');
  expect(h.workbook.getError('Objectives', row, O.current)).toBeUndefined();
  // From 1 March: North's leads of 2, 9, 16 and 23 March and 2 April, three of them opportunities.
  expect(h.workbook.getValue('Objectives', row, O.current)).toBeCloseTo(3 / 5, 12);
});
