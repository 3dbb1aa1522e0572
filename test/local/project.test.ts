// One add-on project opened in two spreadsheets by two users, as an Editor add-on is one script
// project for every spreadsheet it is used in: document properties per spreadsheet, user
// properties per user, script properties shared, each user's triggers listed across the project
// by getProjectTriggers and per spreadsheet by getUserTriggers, the 20-trigger quota counted
// across spreadsheets, triggers fired in their own spreadsheet, and the daily trigger runtime.
import { Clock, type LocalUser } from '../../local/runtime/context';
import { createRuntime } from '../../local/runtime/loader';
import { createProject } from '../../local/runtime/project';
import { TRIGGER_RUNTIME_EXCEEDED } from '../../local/runtime/fire-triggers';
import { createSpreadsheetApp, UiLog } from '../../local/services/spreadsheet';
import { TOO_MANY_TRIGGERS } from '../../local/services/script-app';
import { LocalWorkbook } from '../../local/workbook';

const ANN: LocalUser = { email: 'ann@example.com', locale: 'en' };
const BOB: LocalUser = { email: 'bob@example.com', locale: 'en' };

const SCRIPT = `
function save(scope, key, value) {
  var stores = {
    document: PropertiesService.getDocumentProperties(),
    user: PropertiesService.getUserProperties(),
    script: PropertiesService.getScriptProperties(),
  };
  stores[scope].setProperty(key, value);
}
function read(key) {
  return {
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet().getId(),
    document: PropertiesService.getDocumentProperties().getProperty(key),
    user: PropertiesService.getUserProperties().getProperty(key),
    script: PropertiesService.getScriptProperties().getProperty(key),
    cache: CacheService.getDocumentCache().get(key),
  };
}
function cache(key, value) { CacheService.getDocumentCache().put(key, value); }
function install(handler) {
  return ScriptApp.newTrigger(handler || 'tick').timeBased().everyHours(1).create().getUniqueId();
}
function triggers() {
  var ids = function (list) { return list.map(function (t) { return t.getUniqueId(); }); };
  return {
    project: ids(ScriptApp.getProjectTriggers()),
    here: ids(ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet())),
  };
}
function tick(e) {
  PropertiesService.getDocumentProperties().setProperty('tickedBy', e.triggerUid);
}
function slowTick() { Utilities.sleep(300000); }
`;

function twoSpreadsheets() {
  const clock = new Clock(new Date('2026-03-02T09:30:00Z'));
  const project = createProject({ bundleSource: SCRIPT, clock });
  const open = (id: string, owner: LocalUser) => {
    const workbook = new LocalWorkbook({ id, timeZone: 'Europe/Paris' });
    return createRuntime({
      project,
      documentId: id,
      htmlFiles: {},
      user: owner,
      addOnRules: true,
      spreadsheetApp: (ctx) =>
        createSpreadsheetApp(
          workbook,
          ctx,
          new UiLog(),
        ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    });
  };
  return { project, a: open('sheet-a', ANN), b: open('sheet-b', BOB) };
}

test('document properties and caches per spreadsheet, user properties per user, script ones shared', () => {
  const { a, b } = twoSpreadsheets();
  a.run('save', ['document', 'k', 'A doc'], { user: ANN });
  a.run('save', ['user', 'k', 'Ann'], { user: ANN });
  b.run('save', ['script', 'k', 'shared'], { user: BOB });
  a.run('cache', ['k', 'A cached']);
  expect(a.run('read', ['k'], { user: ANN })).toEqual({
    spreadsheet: 'sheet-a',
    document: 'A doc',
    user: 'Ann',
    script: 'shared',
    cache: 'A cached',
  });
  // Ann in B: her user properties follow her, A's document properties do not.
  expect(b.run('read', ['k'], { user: ANN })).toEqual({
    spreadsheet: 'sheet-b',
    document: null,
    user: 'Ann',
    script: 'shared',
    cache: null,
  });
  expect(b.run('read', ['k'], { user: BOB })).toMatchObject({ document: null, user: null });
});

test('getProjectTriggers spans the spreadsheets, getUserTriggers lists one, per user', () => {
  const { a, b } = twoSpreadsheets();
  const inA = a.run('install', [], { user: ANN }) as string;
  const inB = b.run('install', [], { user: ANN }) as string;
  const bobs = b.run('install', [], { user: BOB }) as string;
  expect(a.run('triggers', [], { user: ANN })).toEqual({ project: [inA, inB], here: [inA] });
  expect(b.run('triggers', [], { user: ANN })).toEqual({ project: [inA, inB], here: [inB] });
  expect(a.run('triggers', [], { user: BOB })).toEqual({ project: [bobs], here: [] });
  // The add-on rule is per document: a second one in A is refused, one in B was not.
  expect(() => a.run('install', [], { user: ANN })).toThrow('one trigger of each type');
});

test('the 20-trigger quota counts a user’s triggers in every spreadsheet of the project', () => {
  const clock = new Clock(new Date('2026-03-02T09:30:00Z'));
  const project = createProject({ bundleSource: SCRIPT, clock });
  const runtimes = Array.from({ length: 21 }, (_, i) => {
    const workbook = new LocalWorkbook({ id: `sheet-${i}` });
    return createRuntime({
      project,
      documentId: `sheet-${i}`,
      htmlFiles: {},
      user: ANN,
      spreadsheetApp: (ctx) =>
        createSpreadsheetApp(
          workbook,
          ctx,
          new UiLog(),
        ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    });
  });
  for (const rt of runtimes.slice(0, 20)) rt.run('install');
  expect(() => runtimes[20].run('install')).toThrow(TOO_MANY_TRIGGERS);
  // Another user still has their own 20.
  expect(typeof runtimes[20].run('install', [], { user: BOB })).toBe('string');
});

test('each trigger fires in the spreadsheet it was created in, whichever runtime fires them', () => {
  const { project, a, b } = twoSpreadsheets();
  const inA = a.run('install', [], { user: ANN }) as string;
  const inB = b.run('install', [], { user: BOB }) as string;
  project.clock.advanceMinutes(60);
  const fired = a.fireDueTriggers();
  expect(fired.map((f) => [f.triggerId, f.documentId, f.owner, f.error])).toEqual([
    [inA, 'sheet-a', ANN.email, undefined],
    [inB, 'sheet-b', BOB.email, undefined],
  ]);
  expect(a.run('read', ['tickedBy'])).toMatchObject({ document: inA });
  expect(b.run('read', ['tickedBy'])).toMatchObject({ document: inB });
  expect(a.executions).toBe(b.executions);
});

test('trigger runtime is counted per owner; past 90 minutes a day their triggers stop', () => {
  const { project, a, b } = twoSpreadsheets();
  a.run('install', ['slowTick'], { user: ANN });
  b.run('install', ['slowTick'], { user: BOB });
  // Each run sleeps 5 minutes: 18 hourly runs make Ann's 90 minutes.
  for (let hour = 0; hour < 18; hour++) {
    project.clock.advanceMinutes(60);
    expect(project.fireDueTriggers().map((f) => f.error)).toEqual([undefined, undefined]);
  }
  const stats = project.state.triggerRuntimeStats(project.clock.nowMs());
  expect(stats.dailyLimitMs).toBe(90 * 60_000);
  expect(stats.usedMs[ANN.email]).toBeGreaterThanOrEqual(90 * 60_000);
  project.clock.advanceMinutes(60);
  expect(project.fireDueTriggers().map((f) => f.error)).toEqual([
    TRIGGER_RUNTIME_EXCEEDED,
    TRIGGER_RUNTIME_EXCEEDED,
  ]);
  // 24 hours after the first run, the oldest runs leave the window: one more run fits.
  project.clock.advanceMinutes(6 * 60);
  expect(project.fireDueTriggers().map((f) => f.error)).toEqual([undefined, undefined]);
});

test('a trigger of a spreadsheet no runtime has open is reported, not run elsewhere', () => {
  const { project, a } = twoSpreadsheets();
  a.run('install', [], { user: ANN });
  project.state.triggers[0].documentId = 'sheet-elsewhere';
  project.clock.advanceMinutes(60);
  expect(project.fireDueTriggers()).toMatchObject([
    { error: 'not run: spreadsheet sheet-elsewhere is not open in this local project' },
  ]);
  expect(a.run('read', ['tickedBy'])).toMatchObject({ document: null });
});

test('opening the same spreadsheet twice in one project is refused', () => {
  const { project } = twoSpreadsheets();
  expect(() =>
    createRuntime({
      project,
      documentId: 'sheet-a',
      spreadsheetApp: () => ({}) as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    }),
  ).toThrow('already open');
});
