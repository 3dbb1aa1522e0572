// "Apply alerts" on the built add-on against the local runtime, on a small workbook whose values
// are set by construction: one Actions row per breach and period, recovery marking, colours that
// replace only the add-on's own rules, bad typed rows reported, the lock, French.
import { CF_COLOURS } from '../../../src/addon/workbook/cf-model';
import { kpiEntry } from '../../../src/addon/metrics';
import { leads } from './fixture';
import {
  actions,
  append,
  at,
  dataRows,
  northRule,
  settingsOf,
  sheetRow,
  smallWorkbook,
} from './harness';
import type { AddonHarness } from '../../../local/harness/addon-runtime';

const RED = CF_COLOURS.red.background;
const GREEN = CF_COLOURS.green.background;
const CONVERSION_ACTION = kpiEntry('lead_to_opportunity').alert.action;

const apply = (h: AddonHarness) => h.runtime.invoke('menuApplyAlerts', []);
const lastDialog = (h: AddonHarness) => h.ui.alerts.at(-1)!.prompt;
const writes = (h: AddonHarness) =>
  Object.entries(h.runtime.counter.snapshot())
    .filter(([op]) => /^(Range|Sheet)\.(set|insert|append|delete|clear)/.test(op))
    .reduce((n, [, c]) => n + c, 0);

/** The Pipeline row (0-based, header at 0) of the i-th deal of a team's month (see leads()). */
function pipelineRow(h: AddonHarness, id: string): number {
  const rows = dataRows(h, 'Pipeline');
  return rows.findIndex((r) => r[0] === id) + 1;
}

describe('the menu', () => {
  test('has "Apply alerts", in French too', () => {
    const en = smallWorkbook();
    en.runtime.invoke('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    expect(en.ui.menuItems()).toContainEqual(
      expect.objectContaining({
        functionName: 'menuApplyAlerts',
        caption: expect.stringMatching(/Apply alerts$/),
      }),
    );
    // In AuthMode.NONE the locale cannot be read (English menu); once authorised, French.
    const fr = smallWorkbook({ locale: 'fr_FR' });
    fr.runtime.invoke('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
    const item = fr.ui.menuItems().find((i) => i.functionName === 'menuApplyAlerts');
    expect(item?.caption).toMatch(/Appliquer les alertes$/);
  });
});

describe('one Actions row per breach and period', () => {
  let h: AddonHarness;
  beforeAll(() => {
    h = smallWorkbook();
    append(h, 'Alerts', [
      northRule(),
      sheetRow('alerts', { kpi: 'lead_to_opportunity', scopeType: 'Team', scope: 'South' }),
    ]);
    apply(h);
  });

  test('North’s fall of 20 % raises one row with the catalogue’s corrective action', () => {
    const rows = actions(h);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      date: at(2026, 11, 3, 0),
      alertId: 'ALR-0001',
      kpi: 'Lead → opportunity conversion',
      scope: 'team North',
      previous: 0.5,
      current: 0.4,
      correctiveAction: CONVERSION_ACTION.en,
      owner: '',
      status: 'Open',
      recoveredDate: '',
      kind: 'Alert',
      period: at(2026, 10, 1, 0),
    });
    expect(rows[0].change).toBeCloseTo(-0.2, 12);
    expect(h.workbook.getDisplayValues('Actions', 1, 4, 1, 3)).toEqual([
      ['50.0%', '40.0%', '-20.0%'],
    ]);
  });

  test('the rules typed without an ID get one in the Alerts sheet', () => {
    expect(dataRows(h, 'Alerts').map((r) => r[0])).toEqual(['ALR-0001', 'ALR-0002']);
  });

  test('the dialog tells what was raised and what to do', () => {
    expect(lastDialog(h)).toBe(
      [
        'Checked 2 active alert rules against the last complete periods (as of 3 November 2026).',
        '',
        'New alerts (1):',
        `• Lead → opportunity conversion, team North: 50% → 40% (−20%). ${CONVERSION_ACTION.en}`,
        '',
        'IDs given to 2 rules typed without one.',
      ].join('\n'),
    );
  });

  test('applying again in the same period adds nothing and writes only the new day', () => {
    const before = dataRows(h, 'Actions');
    const rules = JSON.stringify(h.workbook.getConditionalRules('Pipeline'));
    h.runtime.clock.set(at(2026, 11, 20));
    h.runtime.counter.reset();
    apply(h);
    expect(dataRows(h, 'Actions')).toEqual(before);
    // Not even the colours are rewritten. The one write is the new day in the as-of cell that
    // the objectives' Pace reads (src/addon/workbook/as-of.ts).
    expect(writes(h)).toBe(1);
    expect(h.runtime.counter.snapshot()['Range.setFormula']).toBe(1);
    expect(JSON.stringify(h.workbook.getConditionalRules('Pipeline'))).toBe(rules);
    expect(lastDialog(h)).toContain('No new alert.');
  });

  test('the alert’s rows are red: North’s October leads that did not convert', () => {
    // leads(): deals 0–15 of October converted, 16–39 not.
    const unconverted = pipelineRow(h, 'North-202610-20');
    const converted = pipelineRow(h, 'North-202610-3');
    const southUnconverted = pipelineRow(h, 'South-202610-30');
    const september = pipelineRow(h, 'North-20269-30');
    expect(h.workbook.getCellStyle('Pipeline', unconverted, 0).background).toBe(RED);
    expect(h.workbook.getCellStyle('Pipeline', unconverted, 5).background).toBe(RED);
    for (const r of [converted, southUnconverted, september])
      expect(h.workbook.getCellStyle('Pipeline', r, 0).background).not.toBe(RED);
    // The open row's status is red in Actions.
    expect(h.workbook.getCellStyle('Actions', 1, 9).background).toBe(RED);
  });

  test('back to its level a month later: the row is marked recovered, its colours go', () => {
    // November's leads convert within a day; leads keep coming in December: on 3 December
    // November is complete and mature.
    h.runtime.clock.set(at(2026, 12, 3));
    append(h, 'Pipeline', [
      ...leads('North', 2026, 11, 40, 20, 1),
      ...leads('North', 2026, 12, 2, 0),
    ]);
    apply(h);
    const rows = actions(h);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'Recovered', recoveredDate: at(2026, 12, 3, 0) });
    expect(lastDialog(h)).toContain('Recovered (1): Lead → opportunity conversion, team North.');
    expect(h.workbook.getCellStyle('Actions', 1, 9).background).toBe(GREEN);
    const unconverted = pipelineRow(h, 'North-202610-20');
    expect(h.workbook.getCellStyle('Pipeline', unconverted, 0).background).not.toBe(RED);
  });
});

describe('conditional formats: the add-on’s own rules only', () => {
  test('a user’s rule on the same sheet survives two applies; two applies give the same rules', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    const userRule = {
      ranges: [{ row: 1, col: 13, numRows: 500, numCols: 1 }],
      criteria: 'NUMBER_GREATER_THAN',
      values: [1000],
      style: { background: '#0000ff' },
    };
    const userFormula = {
      ranges: [{ row: 1, col: 0, numRows: 500, numCols: 2 }],
      criteria: 'CUSTOM_FORMULA',
      values: ['=$D2="salesKpi"'],
      style: { bold: true },
    };
    h.workbook.setConditionalRules('Pipeline', [userRule, userFormula] as never);
    apply(h);
    const first = h.workbook.getConditionalRules('Pipeline');
    expect(first.slice(0, 2)).toEqual([userRule, userFormula]);
    expect(first.length).toBeGreaterThan(2);
    apply(h);
    expect(h.workbook.getConditionalRules('Pipeline')).toEqual(first);
  });

  test('the add-on’s rules keep the place the user gave them among theirs', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    apply(h);
    const ours = h.workbook.getConditionalRules('Pipeline');
    const userRule = {
      ranges: [{ row: 1, col: 0, numRows: 10, numCols: 1 }],
      criteria: 'CELL_NOT_EMPTY',
      values: [],
      style: { italic: true },
    };
    // The user moved theirs after the add-on's; the next apply keeps that order.
    h.workbook.setConditionalRules('Pipeline', [...ours, userRule] as never);
    apply(h);
    expect(h.workbook.getConditionalRules('Pipeline')).toEqual([...ours, userRule]);
  });
});

describe('rows typed by hand', () => {
  test('bad rows are reported by row; the good ones still alert', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [
      sheetRow('alerts', { kpi: 'Convrsion', scopeType: 'Team', scope: 'North' }),
      northRule(),
      sheetRow('alerts', { kpi: 'nps', scopeType: 'Team', scope: 'Nort' }),
    ]);
    apply(h);
    expect(actions(h)).toHaveLength(1);
    const dialog = lastDialog(h);
    expect(dialog).toContain('Checked 1 active alert rule against');
    expect(dialog).toContain('To fix in the Alerts sheet (2):');
    expect(dialog).toContain('• row 2: KPI "Convrsion" is not one the add-on knows');
    expect(dialog).toContain('• row 4: no row of the data names the Team "Nort"');
  });
});

describe('the document lock', () => {
  test('while another execution holds it, nothing is written and the user is told', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    const holder = h.runtime.begin();
    const lock = (
      holder.globals as { LockService: GoogleAppsScript.Lock.LockService }
    ).LockService.getDocumentLock();
    expect(lock.tryLock(100)).toBe(true);
    const before = JSON.stringify(h.workbook.toJSON());
    h.runtime.counter.reset();
    apply(h);
    holder.end();
    expect(writes(h)).toBe(0);
    expect(JSON.stringify(h.workbook.toJSON())).toBe(before);
    expect(lastDialog(h)).toBe(
      'Another save or alert check is running in this spreadsheet. Try again in a minute; nothing was written.',
    );
    apply(h);
    expect(actions(h)).toHaveLength(1);
  });
});

describe('in French', () => {
  test('labels, scope and corrective action in French', () => {
    const h = smallWorkbook({ locale: 'fr_FR' });
    append(h, 'Alertes', [
      sheetRow('alerts', {
        kpi: 'Conversion lead → opportunité',
        scopeType: 'Équipe',
        scope: 'North',
      }),
    ]);
    apply(h);
    const rows = dataRows(h, 'Actions');
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(1, 4)).toEqual([
      'ALR-0001',
      'Conversion lead → opportunité',
      'équipe North',
    ]);
    expect(rows[0].slice(7, 13)).toEqual([
      CONVERSION_ACTION.fr,
      '',
      'Ouverte',
      '',
      'Alerte',
      at(2026, 10, 1, 0),
    ]);
    expect(lastDialog(h)).toContain('Nouvelles alertes (1) :');
  });
});

describe('the hourly check', () => {
  test('switched on from a settings page, run by the document’s trigger, switched off', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    expect(settingsOf(h)).toEqual({
      hourly: false,
      trigger: { installed: false, owner: '', mine: false },
      lastCheck: null,
      windows: expect.any(Array) as unknown, // windows.test.ts
    });
    expect(h.runtime.run('setHourlyAlerts', [true])).toMatchObject({
      hourly: true,
      trigger: { installed: true, owner: 'manager@example.com', mine: true },
      lastCheck: null,
    });
    expect(h.runtime.state.triggers.map((t) => t.handler)).toEqual(['onScheduleTick']);
    expect(actions(h)).toHaveLength(0);

    h.runtime.clock.advanceMinutes(61);
    const fired = h.runtime.fireDueTriggers();
    expect(fired.map((f) => f.error)).toEqual([undefined]);
    expect(actions(h)).toHaveLength(1);
    expect(settingsOf(h).lastCheck?.result).toBe(
      'rules checked: 1; new alerts: 1; recovered: 0; to fix: 0',
    );

    // Every hour after: the same period, nothing new.
    h.runtime.clock.advanceMinutes(60);
    h.runtime.fireDueTriggers();
    expect(actions(h)).toHaveLength(1);

    expect(h.runtime.run('setHourlyAlerts', [false])).toMatchObject({
      hourly: false,
      trigger: { installed: false },
    });
    expect(h.runtime.state.triggers).toEqual([]);
  });

  test('setHourlyAlerts refuses anything but true or false', () => {
    const h = smallWorkbook();
    expect(() => h.runtime.run('setHourlyAlerts', ['yes'])).toThrow(
      'setHourlyAlerts expects true or false',
    );
  });
});

describe('rules saved by the SMART objective wizard', () => {
  test('are read as the wizard writes them, with their objective’s monthly tracking', () => {
    const h = smallWorkbook();
    const saved = h.runtime.run('wizardSave', [
      {
        goal: 'marketShare',
        kpi: 'lead_to_opportunity',
        scope: { type: 'team', name: 'North' },
        who: 'The North team',
        what: 'qualifies every inbound lead within a day',
        where: 'on the web leads',
        how: 'with a shared checklist',
        baseline: null,
        targetMode: 'value',
        target: 0.6,
        start: '2026-11-03',
        deadline: '2027-01-31',
        frequency: 'monthly',
        owner: 'nora@example.com',
        alert: {
          mode: 'relative',
          threshold: 0.15,
          direction: 'down',
          minVolume: 30,
          action: 'Check the web form’s qualification questions',
          owner: 'nora@example.com',
          enabled: true,
        },
      },
    ]) as { id: string; check: { errors: Record<string, string> } };
    expect(saved.check.errors).toEqual({});
    expect(saved.id).toBe('OBJ-0001');
    apply(h);
    expect(actions(h)).toEqual([
      expect.objectContaining({
        alertId: 'ALR-0001',
        scope: 'team North',
        previous: 0.5,
        current: 0.4,
        correctiveAction: 'Check the web form’s qualification questions',
        owner: 'nora@example.com',
        status: 'Open',
        period: at(2026, 10, 1, 0),
      }),
    ]);
  });
});
