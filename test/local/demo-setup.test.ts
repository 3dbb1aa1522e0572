// The playground's demo is a workbook the add-on recognises as its own: running the setup on it
// adds only the sheets it lacks, and the wizard reads the demo's data.
import { buildDemoWorkbook } from '../../local/demo/build';
import { addonHarness } from '../../local/harness/addon-runtime';
import { runSetupPage } from '../../local/harness/setup-page';

test('setup on the demo adds the missing managed sheets and creates nothing beside the data', () => {
  const h = addonHarness({ workbook: buildDemoWorkbook() });
  const before = h.workbook.listSheets().map((s) => s.name);
  const activityRows = h.workbook.getLastRow('Activities');
  runSetupPage(h.runtime);
  const after = h.workbook.listSheets().map((s) => s.name);
  expect(after.filter((n) => n.includes('(KPI'))).toEqual([]);
  expect(after).toEqual(
    expect.arrayContaining([...before, 'Objectives', 'Alerts', 'Actions', 'Dashboard']),
  );
  expect(h.workbook.getLastRow('Activities')).toBe(activityRows);
  const init = h.runtime.run('wizardInit') as {
    workbookReady: boolean;
    scopes: { teams: string[] };
  };
  expect(init.workbookReady).toBe(true);
  expect(init.scopes.teams).toEqual(expect.arrayContaining(['Lyon', 'Paris', 'Nantes']));
});
