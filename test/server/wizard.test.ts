// The wizard's server functions as the sidebar calls them (google.script.run rules: JSON-safe
// arguments and results), on the built add-on: what the wizard starts from, untrusted input
// refused with field-level messages, and the menu item that opens the sidebar.
import { addonHarness } from '../../local/harness/addon-runtime';
import { createRuntime } from '../../local/runtime/loader';
import { createSpreadsheetApp, UiLog } from '../../local/services/spreadsheet';
import { LocalWorkbook } from '../../local/workbook';
import { BUNDLE_PATH } from '../../local/harness/bundle';
import { CATALOGUE, GOODHART_REASON } from '../../src/addon/metrics';
import type {
  KpiOption,
  SaveResult,
  WizardInit,
  WizardServer,
} from '../../src/server/wizard-contract';
import { draft, smallWorkbook } from '../addon/objectives/workbook';

const SERVER_FUNCTIONS: Array<keyof WizardServer> = [
  'wizardInit',
  'wizardMeasure',
  'wizardCheck',
  'wizardSave',
  'wizardLoad',
  'wizardDelete',
];

test('every function of the contract is a top-level function of the bundle', () => {
  const names = addonHarness().runtime.functionNames();
  for (const name of [...SERVER_FUNCTIONS, 'menuShowWizard']) expect(names).toContain(name);
});

describe('wizardInit', () => {
  test('what the wizard starts from, in English', () => {
    const h = smallWorkbook();
    const init = h.runtime.run('wizardInit') as WizardInit;
    expect(init).toMatchObject({
      language: 'en',
      today: '2026-04-10',
      suggestedDeadline: '2026-06-30',
      user: 'manager@example.com',
      scopes: {
        teams: ['North', 'South'],
        reps: [
          { name: 'Ann', team: 'North' },
          { name: 'Bob', team: 'North' },
          { name: 'Cid', team: 'South' },
        ],
        segments: ['Enterprise', 'SMB'],
      },
      owners: ['manager@example.com', 'nora@example.com', 'sam@example.com'],
      objectives: [],
      goodhartReason: GOODHART_REASON.en,
      workbookReady: true,
    });
    expect(init.goals.map((g) => g.label)).toContain('Shorten the sales cycle');
    expect(init.frequencies).toEqual([
      { key: 'weekly', label: 'Weekly' },
      { key: 'monthly', label: 'Monthly' },
      { key: 'quarterly', label: 'Quarterly' },
    ]);
    expect(init.kpis.map((k) => k.key)).toEqual(CATALOGUE.map((e) => e.key));
    const byKey = new Map(init.kpis.map((k) => [k.key, k]));
    // The article's table: lead → opportunity −10 %, average order value −5 %, NPS −10 points.
    expect(byKey.get('lead_to_opportunity')!.alert).toEqual({
      mode: 'relative',
      threshold: 0.1,
      direction: 'down',
      minVolume: 30,
      action: 'Review lead quality and the qualification criteria; coach the reps.',
      owner: 'manager@example.com',
      enabled: true,
    });
    expect(byKey.get('aov')!.alert).toMatchObject({ mode: 'relative', threshold: 0.05 });
    expect(byKey.get('nps')!.alert).toMatchObject({ mode: 'points', threshold: 10 });
    expect(byKey.get('calls')).toMatchObject<Partial<KpiOption>>({
      category: 'activity',
      categoryLabel: 'Activity',
      unit: 'count',
      isVolume: true,
      cumulative: true,
      pairs: ['lead_to_opportunity', 'opportunity_to_proposal'],
      frequency: 'weekly',
      scopes: ['company', 'team', 'rep'],
    });
    expect(byKey.get('nps')).toMatchObject({ cumulative: false, frequency: 'quarterly' });
    expect(byKey.get('nps')!.explain).toMatch(/^Net Promoter Score/);
    expect(byKey.get('revenue')!.explain).toBeUndefined();
  });

  test('in French, with the saved objectives', () => {
    const h = smallWorkbook({ locale: 'fr_FR' });
    expect((h.runtime.run('wizardSave', [draft()]) as SaveResult).id).toBe('OBJ-0001');
    const init = h.runtime.run('wizardInit') as WizardInit;
    expect(init.objectives).toEqual([
      expect.objectContaining({
        id: 'OBJ-0001',
        kpiName: 'Conversion lead → opportunité',
        scopeLabel: 'Équipe North',
        targetLabel: '80\u00a0%',
        status: 'Actif',
      }),
    ]);
    expect(init.objectives[0].sentence).toMatch(
      /, pour que l’indicateur «\u00a0Conversion lead → opportunité\u00a0» pour l’équipe North passe de 75\u00a0% à 80\u00a0% du 1er mars 2026 au 30 juin 2026, suivi chaque mois, avec une alerte à .+ s’il baisse de 10\u00a0% ou plus d’un mois à l’autre\.$/,
    );
    expect(init.language).toBe('fr');
    expect(init.goals[0]).toEqual({ key: 'marketShare', label: 'Gagner des parts de marché' });
    expect(init.kpis.find((k) => k.key === 'nps')!.alert.action).toBe(
      'Mener une enquête de satisfaction approfondie et rappeler les détracteurs.',
    );
    expect(init.goodhartReason).toBe(GOODHART_REASON.fr);
    expect(init.workbookReady).toBe(true);
  });

  test('a spreadsheet without the KPI sheets: not ready, and nothing breaks', () => {
    const h = addonHarness();
    const init = h.runtime.run('wizardInit') as WizardInit;
    expect(init.workbookReady).toBe(false);
    expect(init.objectives).toEqual([]);
    expect(init.scopes).toEqual({ teams: [], reps: [], segments: [] });
    expect(() => h.runtime.run('wizardSave', [{}])).toThrow(/Run "Set up KPI workbook" first\./);
  });

  test('the suggested deadline moves to the next quarter when fewer than 14 days remain', () => {
    const h = addonHarness();
    h.runtime.clock.set(new Date('2026-06-20T09:00:00Z'));
    expect((h.runtime.run('wizardInit') as WizardInit).suggestedDeadline).toBe('2026-09-30');
    h.runtime.clock.set(new Date('2026-06-16T09:00:00Z'));
    expect((h.runtime.run('wizardInit') as WizardInit).suggestedDeadline).toBe('2026-06-30');
  });
});

describe('untrusted input', () => {
  const h = smallWorkbook();
  const measure = (request: unknown) => () => h.runtime.run('wizardMeasure', [request]);

  test('wizardMeasure names each bad field', () => {
    expect(measure(null)).toThrow('The objective could not be read');
    expect(measure({ kpi: 'KPI_NPS', scope: { type: 'company' }, frequency: 'monthly' })).toThrow(
      'kpi: Choose a KPI from the list.',
    );
    expect(
      measure({ kpi: 'nps', scope: { type: 'team', name: 'West' }, frequency: 'hourly' }),
    ).toThrow(
      'frequency: Choose one of the options. scope.name: No team named "West" in the workbook\'s data.',
    );
    expect(
      measure({ kpi: 'calls', scope: { type: 'segment', name: 'SMB' }, frequency: 'weekly' }),
    ).toThrow(/^scope\.type: Calls cannot be measured for a segment/);
    expect(measure({ kpi: 'nps', scope: '=HYPERLINK("x")', frequency: 'monthly' })).toThrow(
      'scope.type: Choose one of the options.',
    );
    expect(
      measure({ kpi: 'nps', scope: { type: 'rep', name: ['Ann'] }, frequency: 'monthly' }),
    ).toThrow('scope.name: Enter a text.');
  });

  test('google.script.run refuses what JSON cannot carry; the results are plain data', () => {
    expect(() => h.runtime.run('wizardCheck', [{ start: new Date() }])).toThrow(
      'Failed due to illegal value in property: start',
    );
    // The runtime hands back null for a result holding anything JSON cannot carry (a Date…).
    expect(h.runtime.run('wizardInit')).not.toBeNull();
    expect(
      h.runtime.run('wizardMeasure', [
        { kpi: 'win_rate', scope: { type: 'company' }, frequency: 'monthly' },
      ]),
    ).toMatchObject({ baseline: null, formatted: { baseline: '—' }, history: { periods: 0 } });
  });

  test('ids are checked before anything is read', () => {
    for (const id of [null, 7, '', '=1+1', 'OBJ-', 'OBJ-1; DROP', { id: 'OBJ-0001' }]) {
      expect(() => h.runtime.run('wizardLoad', [id])).toThrow(
        'id: Not an objective ID (OBJ-0001).',
      );
      expect(() => h.runtime.run('wizardDelete', [id])).toThrow(
        'id: Not an objective ID (OBJ-0001).',
      );
    }
  });
});

describe('menuShowWizard', () => {
  function runtime(locale: string, htmlFiles?: Record<string, string>) {
    const workbook = new LocalWorkbook();
    const ui = new UiLog();
    const rt = createRuntime({
      bundlePath: BUNDLE_PATH,
      htmlFiles,
      spreadsheetApp: (ctx) =>
        createSpreadsheetApp(
          workbook,
          ctx,
          ui,
        ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      user: { email: 'manager@example.com', locale },
    });
    return { rt, ui };
  }

  test('opens the wizard page in the sidebar, titled in the user’s language', () => {
    const page = '<!doctype html><title>Wizard</title><main id="wizard"></main>';
    const en = runtime('en', { Wizard: page });
    en.rt.invoke('menuShowWizard', []);
    expect(en.ui.sidebar).toMatchObject({ kind: 'sidebar', title: 'SMART objectives' });
    expect(en.ui.sidebar!.content).toContain('<main id="wizard">');
    const fr = runtime('fr_FR', { Wizard: page });
    fr.rt.invoke('menuShowWizard', []);
    expect(fr.ui.sidebar!.title).toBe('Objectifs SMART');
  });

  test('without the built page, the error says which file is missing', () => {
    const none = runtime('en', {});
    expect(() => none.rt.invoke('menuShowWizard', [])).toThrow(
      'No HTML file named Wizard was found.',
    );
  });
});
