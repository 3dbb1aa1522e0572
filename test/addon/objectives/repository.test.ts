// wizardSave, wizardLoad and wizardDelete on the built add-on: one Objectives row and one Alerts
// row per objective, written by ID under the document lock, edited in place, deleted with their
// alert rows; live formulas that evaluate; user texts neutralised; a busy lock writes nothing;
// the number of Sheets calls does not grow with the data.
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { columnIndexes, headers } from '../../../src/addon/schema';
import type { ObjectiveDraft, SaveResult } from '../../../src/server/wizard-contract';
import { draft, smallWorkbook } from './workbook';

const O = columnIndexes('objectives');
const A = columnIndexes('alerts');
const OBJECTIVE_WIDTH = headers('objectives', 'en').length;
const ALERT_WIDTH = headers('alerts', 'en').length;

function save(h: AddonHarness, input: unknown, user?: { email: string; locale: string }) {
  return h.runtime.run('wizardSave', [input], user ? { user } : undefined) as SaveResult;
}

/** The data rows of a sheet (below the header), up to its last row. */
function rows(h: AddonHarness, sheet: string, width: number): unknown[][] {
  const last = h.workbook.getLastRow(sheet);
  return last <= 1 ? [] : h.workbook.getValues(sheet, 1, 0, last - 1, width);
}

describe('saving an objective', () => {
  let h: AddonHarness;
  let result: SaveResult;
  beforeAll(() => {
    h = smallWorkbook();
    result = save(h, draft());
  });

  test('writes exactly one Objectives row and one Alerts row', () => {
    expect(result.id).toBe('OBJ-0001');
    expect(result.check.ok).toBe(true);
    expect(rows(h, 'Objectives', OBJECTIVE_WIDTH)).toHaveLength(1);
    expect(rows(h, 'Alerts', ALERT_WIDTH)).toHaveLength(1);
    expect(result.objectives).toEqual([
      {
        id: 'OBJ-0001',
        kpi: 'lead_to_opportunity',
        kpiName: 'Lead → opportunity conversion',
        scope: { type: 'team', name: 'North' },
        scopeLabel: 'Team North',
        target: 0.8,
        targetLabel: '80%',
        deadline: '2026-06-30',
        status: 'Active',
        sentence: result.check.sentence,
      },
    ]);
  });

  test('the objective list tells the same sentence as the preview, alert rule included', () => {
    expect(result.check.sentence).toMatch(
      /, with an alert to nora@example\.com if it falls by 10%/,
    );
    const init = h.runtime.run('wizardInit') as { objectives: Array<{ sentence: string }> };
    expect(init.objectives.map((o) => o.sentence)).toEqual([result.check.sentence]);
  });

  test('the Objectives row holds the objective, its SMART texts and its live formulas', () => {
    const row = rows(h, 'Objectives', OBJECTIVE_WIDTH)[0];
    const at = (key: keyof typeof O) => row[O[key]];
    expect([at('id'), at('kpi'), at('scopeType'), at('scope')]).toEqual([
      'OBJ-0001',
      'Lead → opportunity conversion',
      'Team',
      'North',
    ]);
    expect([at('baseline'), at('target'), at('unit'), at('frequency'), at('owner')]).toEqual([
      0.75,
      0.8,
      'Percent',
      'Monthly',
      'nora@example.com',
    ]);
    expect(at('start')).toBeInstanceOf(Date);
    expect(h.workbook.getDisplayValue('Objectives', 1, O.start)).toBe('2026-03-01');
    expect(h.workbook.getDisplayValue('Objectives', 1, O.deadline)).toBe('2026-06-30');
    expect(at('specific')).toBe(
      'Who: The North team\nWhat: qualifies every inbound lead within a day\nWhere: on the web leads\nHow: with a shared checklist',
    );
    expect(at('measurable')).toBe('Lead → opportunity conversion: 75% (March 2026) → 80%');
    expect(at('achievable')).toMatch(/^The target \(80%\) is more ambitious than the median/);
    expect(at('realistic')).toMatch(/^Lead → opportunity conversion serves “Win market share”/);
    expect(at('timeBound')).toBe('From 1 March 2026 to 30 June 2026, tracked monthly.');
    expect([at('strategicGoal'), at('pairedKpi'), at('status')]).toEqual([
      'Win market share',
      '',
      'Active',
    ]);
    // Current: North's leads from 1 March to 30 June: March 4 with 3 opportunities, April 1
    // without: 3 / 5. Progress from the 75 % baseline towards 80 %: (0.6 − 0.75) / 0.05 = −3,
    // behind pace.
    expect(at('current')).toBeCloseTo(0.6, 12);
    expect(at('progress')).toBeCloseTo(-3, 9);
    expect(at('pace')).toBe('behind');
    expect(h.workbook.getFormula('Objectives', 1, O.progress)).toBe(
      `=IF(ISNUMBER($T2),INDEX(KPI_PROGRESS($T2,$F2,$H2,$I2,'KPI date'!$B$1,$E2),2,1),"")`,
    );
    expect(h.workbook.getFormula('Objectives', 1, O.pace)).toMatch(/,2,4\),""\)$/);
    expect(h.workbook.getFormula('Objectives', 1, O.current)).toMatch(
      /^=IFERROR\(COUNTIFS\(Pipeline!\$J:\$J,">="&\$H2,Pipeline!\$J:\$J,"<="&\$I2,Pipeline!\$E:\$E,"=North",Pipeline!\$K:\$K,"<>"\)\/COUNTIFS\(/,
    );
    expect(h.workbook.getNumberFormat('Objectives', 1, O.target)).toBe('0.0%');
    expect(h.workbook.getDisplayValue('Objectives', 1, O.baseline)).toBe('75.0%');
  });

  test('the Alerts row holds its rule, linked to the objective', () => {
    expect(rows(h, 'Alerts', ALERT_WIDTH)[0]).toEqual([
      'ALR-0001',
      'OBJ-0001',
      'Lead → opportunity conversion',
      'Team',
      'North',
      'Relative',
      0.1,
      'Down',
      3,
      'Review lead quality and the qualification criteria; coach the reps.',
      'nora@example.com',
      'Yes',
    ]);
    expect(A.threshold).toBe(6);
  });

  test('wizardLoad gives the saved objective back as a draft', () => {
    const loaded = h.runtime.run('wizardLoad', ['obj-1']) as ObjectiveDraft;
    const { baseline, ...sent } = draft() as Record<string, unknown>;
    expect(baseline).toBeNull();
    expect(loaded).toEqual({ ...sent, id: 'OBJ-0001', baseline: 0.75 });
  });
});

describe('editing and deleting', () => {
  let h: AddonHarness;
  beforeAll(() => {
    h = smallWorkbook();
    save(h, draft());
    save(h, draft({ scope: { type: 'team', name: 'South' }, target: 0.9 }));
    save(
      h,
      draft({
        kpi: 'nps',
        scope: { type: 'company' },
        frequency: 'quarterly',
        target: 45,
        goal: 'satisfaction',
      }),
    );
  });

  test('an edit rewrites the objective’s own rows; no row is added or moved', () => {
    const before = rows(h, 'Objectives', OBJECTIVE_WIDTH);
    const alertsBefore = rows(h, 'Alerts', ALERT_WIDTH);
    const edited = save(
      h,
      draft({
        id: 'OBJ-0002',
        scope: { type: 'team', name: 'South' },
        target: 0.95,
        alert: { ...(draft().alert as object), threshold: 0.2 },
      }),
    );
    expect(edited.id).toBe('OBJ-0002');
    const after = rows(h, 'Objectives', OBJECTIVE_WIDTH);
    expect(after).toHaveLength(3);
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
    expect(after[1][O.id]).toBe('OBJ-0002');
    expect(after[1][O.target]).toBe(0.95);
    expect(after[1][O.baseline]).toBe(0.5); // South's March, kept
    const alerts = rows(h, 'Alerts', ALERT_WIDTH);
    expect(alerts).toHaveLength(3);
    expect(alerts[1].slice(0, 2)).toEqual(['ALR-0002', 'OBJ-0002']);
    expect(alerts[1][A.threshold]).toBe(0.2);
    expect([alerts[0], alerts[2]]).toEqual([alertsBefore[0], alertsBefore[2]]);
  });

  test('a delete removes the objective’s row and its alert rows; formulas below follow', () => {
    const summaries = h.runtime.run('wizardDelete', ['OBJ-0002']) as Array<{ id: string }>;
    expect(summaries.map((s) => s.id)).toEqual(['OBJ-0001', 'OBJ-0003']);
    expect(rows(h, 'Objectives', OBJECTIVE_WIDTH).map((r) => r[O.id])).toEqual([
      'OBJ-0001',
      'OBJ-0003',
    ]);
    expect(rows(h, 'Alerts', ALERT_WIDTH).map((r) => r[A.objectiveId])).toEqual([
      'OBJ-0001',
      'OBJ-0003',
    ]);
    // The NPS objective moved up to row 3: its formulas now read row 3, and still evaluate.
    expect(h.workbook.getFormula('Objectives', 2, O.progress)).toContain(
      "KPI_PROGRESS($T3,$F3,$H3,$I3,'KPI date'!$B$1,$E3)",
    );
    expect(typeof h.workbook.getValue('Objectives', 2, O.current)).toBe('number');
    // Deleting again is not an error; a new objective does not reuse a smaller free ID.
    expect((h.runtime.run('wizardDelete', ['OBJ-0002']) as unknown[]).length).toBe(2);
    expect(save(h, draft()).id).toBe('OBJ-0004');
  });

  test('loading or deleting what is not an objective ID is refused', () => {
    expect(() => h.runtime.run('wizardLoad', ['=HYPERLINK("http://x")'])).toThrow(
      'id: Not an objective ID (OBJ-0001).',
    );
    expect(() => h.runtime.run('wizardDelete', [{ id: 'OBJ-0001' }])).toThrow(
      'id: Not an objective ID',
    );
    expect(() => h.runtime.run('wizardLoad', ['OBJ-0099'])).toThrow(
      'No objective OBJ-0099 in the Objectives sheet.',
    );
  });

  test('an edit of an objective deleted meanwhile writes nothing and says so', () => {
    const before = rows(h, 'Objectives', OBJECTIVE_WIDTH);
    const result = save(h, draft({ id: 'OBJ-0002' }));
    expect(result.id).toBe('');
    expect(result.check.errors).toEqual({
      id: 'Objective OBJ-0002 no longer exists (deleted meanwhile?); save it as a new one.',
    });
    expect(rows(h, 'Objectives', OBJECTIVE_WIDTH)).toEqual(before);
  });
});

describe('concurrent saves', () => {
  test('while another execution holds the document lock, a save writes nothing and says so', () => {
    const h = smallWorkbook();
    const other = h.runtime.begin({ user: { email: 'sam@example.com', locale: 'en' } });
    const globals = other.globals as { LockService: GoogleAppsScript.Lock.LockService };
    expect(globals.LockService.getDocumentLock().tryLock(1000)).toBe(true);
    const before = JSON.stringify(h.workbook.toJSON());
    const busy = {
      outcome: 'busy',
      message:
        'Another objective is being saved in this spreadsheet. Nothing was written; try again in a moment.',
    };
    expect(h.runtime.run('wizardSave', [draft()])).toEqual(busy);
    expect(h.runtime.run('wizardDelete', ['OBJ-0001'])).toEqual(busy);
    expect(JSON.stringify(h.workbook.toJSON())).toBe(before);
    other.end();
    expect(save(h, draft()).id).toBe('OBJ-0001');
  });

  test('saves from two users one after the other get unique IDs, and no row is lost', () => {
    const h = smallWorkbook();
    const nora = { email: 'nora@example.com', locale: 'en' };
    const sam = { email: 'sam@example.com', locale: 'fr' };
    const ids = [
      save(h, draft(), nora).id,
      save(h, draft({ scope: { type: 'team', name: 'South' }, target: 0.9 }), sam).id,
      save(h, draft({ target: 0.85 }), nora).id,
    ];
    expect(ids).toEqual(['OBJ-0001', 'OBJ-0002', 'OBJ-0003']);
    const objectives = rows(h, 'Objectives', OBJECTIVE_WIDTH);
    expect(objectives.map((r) => [r[O.id], r[O.target]])).toEqual([
      ['OBJ-0001', 0.8],
      ['OBJ-0002', 0.9],
      ['OBJ-0003', 0.85],
    ]);
    // Sam works in French, in a sheet set up in English: his row is written in the sheet's
    // language (one language per sheet), and his page still reads French.
    expect(objectives[1].slice(O.kpi, O.kpi + 3)).toEqual([
      'Lead → opportunity conversion',
      'Team',
      'South',
    ]);
    expect(objectives[1][O.specific]).toMatch(/^Who: The North team\nWhat: /);
    expect(rows(h, 'Alerts', ALERT_WIDTH).map((r) => [r[A.id], r[A.objectiveId]])).toEqual([
      ['ALR-0001', 'OBJ-0001'],
      ['ALR-0002', 'OBJ-0002'],
      ['ALR-0003', 'OBJ-0003'],
    ]);
    expect((h.runtime.run('wizardLoad', ['OBJ-0002']) as ObjectiveDraft).who).toBe(
      'The North team',
    );
  });
});

test('texts that look like formulas arrive in the cells as plain text', () => {
  const h = smallWorkbook();
  const payload = {
    who: '=HYPERLINK("http://x")',
    what: '+1',
    where: '@x',
    how: '-2+3',
    owner: '=HYPERLINK("http://x","owner")',
    alert: { ...(draft().alert as object), action: '@x', owner: '+1' },
  };
  expect(save(h, draft(payload)).check.ok).toBe(true);
  const cells: Array<[string, number, string]> = [
    ['Objectives', O.owner, '=HYPERLINK("http://x","owner")'],
    ['Alerts', A.correctiveAction, '@x'],
    ['Alerts', A.owner, '+1'],
  ];
  for (const [sheet, col, text] of cells) {
    expect(h.workbook.getFormula(sheet, 1, col)).toBe('');
    expect(h.workbook.getValue(sheet, 1, col)).toBe(text);
  }
  expect(h.workbook.getValue('Objectives', 1, O.specific)).toBe(
    'Who: =HYPERLINK("http://x")\nWhat: +1\nWhere: @x\nHow: -2+3',
  );
  expect(h.workbook.getFormula('Objectives', 1, O.specific)).toBe('');
  // Line breaks and control characters in a text become spaces: one answer, one line.
  const broken = save(h, draft({ who: 'North\nteam\t\u0007=1+1' }));
  expect((h.runtime.run('wizardLoad', [broken.id]) as ObjectiveDraft).who).toBe('North team =1+1');
});

test('a save makes the same number of Sheets calls whatever the amount of data', () => {
  const calls = (extraActivities: number): number => {
    const h = smallWorkbook();
    const filler = ['2026-01-15', 'Zoe', 'West', 'Email', 5, 'No reply', ''];
    if (extraActivities > 0)
      h.workbook.setInputs(
        'Activities',
        20,
        0,
        Array.from({ length: extraActivities }, () => filler),
      );
    save(h, draft()); // a first objective, so the second save finds rows to read
    h.runtime.counter.reset();
    save(h, draft({ scope: { type: 'team', name: 'South' }, target: 0.9 }));
    return h.runtime.counter.total();
  };
  const small = calls(0);
  expect(calls(20_000)).toBe(small);
  expect(small).toBeLessThan(1500);
});
