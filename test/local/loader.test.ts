import { join } from 'node:path';
import { createRuntime, type RuntimeOptions } from '../../local/runtime/loader';
import { Clock } from '../../local/runtime/context';
import { LocalState } from '../../local/runtime/state';
import { createSpreadsheetApp } from '../../local/services/spreadsheet';
import { LocalWorkbook } from '../../local/workbook';
import { tinySpreadsheetApp, type TinyWorkbook } from './tiny-spreadsheet';

const FIXTURE = join(__dirname, '../fixtures/local-runtime/Code.js');
const ANN = { email: 'ann@example.com', locale: 'fr' };
const BOB = { email: 'bob@example.com', locale: 'en' };

function runtime(options: Partial<RuntimeOptions> = {}) {
  const workbook: TinyWorkbook = { name: 'Book', menus: [] };
  const rt = createRuntime({
    bundlePath: FIXTURE,
    spreadsheetApp: tinySpreadsheetApp(workbook),
    clock: new Clock(new Date('2024-03-04T09:00:00Z')),
    user: ANN,
    addOnRules: false,
    ...options,
  });
  return { rt, workbook };
}

describe('loading the bundle', () => {
  test('lists the callable top-level functions (not private ones, not the services)', () => {
    const names = runtime().rt.functionNames();
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'saveSetting', 'DOUBLE', 'SPIN']));
    expect(names).not.toContain('secret_');
    expect(names).not.toContain('PropertiesService');
    expect(names).not.toContain('LOADED_AT');
  });

  test('each execution loads the script afresh: top-level code reruns, globals start over', () => {
    const { rt } = runtime();
    expect(rt.run('bump')).toBe(1);
    expect(rt.run('bump')).toBe(1);
    const first = rt.run('loadedAt');
    rt.clock.advanceMinutes(1);
    expect(rt.run('loadedAt')).not.toBe(first);
    expect(first).toBe('2024-03-04T09:00:00.000Z');
  });

  test('top-level code that touches a service fails to load, as in AuthMode.NONE at Google', () => {
    const { rt } = runtime({
      bundleSource: 'var P = PropertiesService.getScriptProperties();\nfunction f() {}',
    });
    expect(() => rt.functionNames()).toThrow(
      'You do not have permission to call PropertiesService.getScriptProperties',
    );
    expect(() => runtime({ bundleSource: 'throw new Error("top")' }).rt.run('f')).toThrow('top');
  });

  test('invoke can build its arguments from the open execution (an onOpen event)', () => {
    const { rt } = runtime();
    const result = rt.invoke(
      'echo',
      (ex) => [{ authMode: 'LIMITED', source: ex.globals.SpreadsheetApp.getActive() }],
      { authMode: 'LIMITED' },
    ) as { authMode: string; source: GoogleAppsScript.Spreadsheet.Spreadsheet };
    expect(result.authMode).toBe('LIMITED');
    expect(result.source.getId()).toBe('local-spreadsheet');
  });

  test('the time zone comes from the appsscript.json next to the bundle', () => {
    expect(runtime().rt.timeZone).toBe('America/New_York');
    expect(runtime({ timeZone: 'Europe/Paris' }).rt.timeZone).toBe('Europe/Paris');
  });

  test("the script's `new Date()` reads the simulated clock; Utilities.sleep advances it", () => {
    const { rt } = runtime();
    expect(rt.run('nowIso')).toBe('2024-03-04T09:00:00.000Z');
    expect(rt.run('sleepAndTell', [90_000])).toBe('2024-03-04T09:01:30.000Z');
    expect(rt.clock.now().toISOString()).toBe('2024-03-04T09:01:30.000Z');
  });
});

describe('run: google.script.run rules', () => {
  test('state persists across executions and users', () => {
    const { rt } = runtime();
    expect(rt.run('saveSetting', ['team', 'North'], { user: ANN })).toEqual({ team: 'North' });
    expect(rt.run('readSetting', ['team'], { user: BOB })).toBe('North');
    expect(rt.run('whoAmI', [], { user: BOB })).toEqual({ email: 'bob@example.com', locale: 'en' });
  });

  test('Date, function and circular arguments are illegal; undefined in arrays becomes null', () => {
    const { rt } = runtime();
    expect(() => rt.run('echo', [new Date()])).toThrow(
      'Failed due to illegal value in property: 0',
    );
    expect(() => rt.run('echo', [{ when: new Date() }])).toThrow(
      'Failed due to illegal value in property: when',
    );
    expect(() => rt.run('echo', ['ok', () => 1])).toThrow(
      'Failed due to illegal value in property: 1',
    );
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => rt.run('echo', [loop])).toThrow('Failed due to illegal value in property: self');
    expect(rt.run('echo', [[1, undefined, 'x']])).toEqual([1, null, 'x']);
    expect(rt.run('echo', [{ a: { b: [true, null] } }])).toEqual({ a: { b: [true, null] } });
  });

  test('a result holding a Date fails the call, as the communication guide rules', () => {
    const { rt } = runtime();
    expect(() => rt.run('today')).toThrow('Failed due to illegal value in property: result');
    expect(() => rt.run('todayInObject')).toThrow('Failed due to illegal value in property: when');
    // The function still ran: the failure comes from what it returned.
    expect(rt.executions.at(-1)?.functionName).toBe('todayInObject');
  });

  test('errors reach the caller with their message; unknown and private functions are not found', () => {
    const { rt } = runtime();
    expect(() => rt.run('fails')).toThrow(new Error('boom'));
    expect(() => rt.run('secret_')).toThrow('Script function not found: secret_');
    expect(() => rt.run('nope')).toThrow('Script function not found: nope');
    expect(() => rt.run('Logger')).toThrow('Script function not found: Logger');
    expect(rt.executions.at(-1)).toMatchObject({
      functionName: 'Logger',
      error: 'Script function not found: Logger',
    });
  });

  test("an execution past its time limit stops with Apps Script's message", () => {
    const { rt } = runtime({ timeLimitMs: 100 });
    expect(() => rt.run('spin')).toThrow('Exceeded maximum execution time');
  });
});

describe('realms: the script sees its own Arrays, Dates and Errors', () => {
  test("host arrays and Dates pass the script's instanceof checks", () => {
    const { rt } = runtime();
    expect(rt.invoke('realmChecks', [[[1, 2]], new Date()])).toEqual({
      argIsArray: true,
      argDateIsDate: true,
      serviceArrayIsArray: true,
      literalIsArray: true,
    });
  });

  test('a service error caught by the script is an Error of the script', () => {
    expect(runtime().rt.run('catchServiceError')).toEqual({
      isError: true,
      message: 'Invalid email: not-an-address',
    });
  });
});

describe('authorisation modes', () => {
  test('AuthMode.NONE builds the add-on menu and nothing else', () => {
    const { rt, workbook } = runtime();
    expect(rt.invoke('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' })).toBe('menu only');
    expect(workbook.menus).toEqual([[{ caption: 'Open sidebar', functionName: 'showSidebar' }]]);
    expect(() => rt.invoke('onOpenReadingProperties', [], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(() => rt.invoke('whoAmI', [], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call Session.getActiveUser',
    );
  });

  test('LIMITED (simple triggers) reads properties, cannot send mail, sees a blank email', () => {
    const { rt } = runtime();
    rt.run('saveSetting', ['setup', 'done']);
    expect(rt.invoke('onOpenReadingProperties', [], { authMode: 'LIMITED' })).toBe('done');
    expect(rt.invoke('whoAmI', [], { authMode: 'LIMITED' })).toEqual({ email: '', locale: 'fr' });
    expect(() => rt.invoke('sendSummary', ['lead@example.com'], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
  });

  test('custom functions: only the @customfunction ones, run read-only as the owner', () => {
    const { rt } = runtime();
    rt.run('saveSetting', ['target', '120']);
    const fns = rt.customFunctions();
    expect(Object.keys(fns).sort()).toEqual(
      [
        'DOUBLE',
        'READ_PROPERTY',
        'SEND_MAIL',
        'SPIN',
        'SUM_RANGE',
        'TABLE',
        'UTC_DAY',
        'WHO',
        'WRITE_CELL',
        'WRITE_PROPERTY',
      ].sort(),
    );
    expect(fns.DOUBLE(21)).toBe(42);
    expect(
      fns.SUM_RANGE([
        [1, 2],
        [3, 4],
      ]),
    ).toBe(10);
    expect(fns.UTC_DAY(new Date(Date.UTC(2024, 4, 7, 12)))).toBe(7);
    expect(fns.READ_PROPERTY('target')).toBe('120');
    expect(fns.WHO()).toBe('');
    expect(() => fns.WRITE_PROPERTY()).toThrow(
      'You do not have permission to call Properties.setProperty',
    );
    expect(() => fns.SEND_MAIL()).toThrow('You do not have permission to call MailApp.sendEmail');
    expect(() => fns.WRITE_CELL()).toThrow('You do not have permission to call Spreadsheet.rename');
    expect(rt.state.outbox).toEqual([]);
  });

  test('custom function results are host values (a spilled table keeps its Dates)', () => {
    const table = runtime().rt.customFunctions().TABLE() as unknown[][];
    expect(table).toBeInstanceOf(Array);
    expect(table[1][1]).toBeInstanceOf(Date);
    expect(table).toEqual([
      ['label', 'when'],
      ['start', new Date(Date.UTC(2024, 0, 1))],
    ]);
  });

  test('a custom function has 30 seconds (here shortened)', () => {
    const { rt } = runtime({ customFunctionTimeLimitMs: 100 });
    expect(() => rt.customFunctions().SPIN()).toThrow('Exceeded maximum execution time');
  });
});

describe('locks across executions', () => {
  test('an execution holding the document lock makes another one time out; ending it frees the lock', () => {
    const { rt } = runtime();
    const holder = rt.begin({ user: BOB });
    expect(holder.call('holdLock')).toBe(true);
    const before = rt.clock.nowMs();
    expect(() => rt.run('saveWithLock', ['x'], { user: ANN })).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(rt.clock.nowMs() - before).toBe(5000);
    expect(rt.run('readSetting', ['saved'])).toBeNull();
    holder.end();
    expect(rt.run('saveWithLock', ['x'], { user: ANN })).toBe('saved');
    expect(rt.run('readSetting', ['saved'])).toBe('x');
  });

  test('a lock a script forgets to release is released when its execution ends', () => {
    const { rt } = runtime();
    expect(rt.run('holdLock')).toBe(true);
    expect(rt.run('holdLock')).toBe(true);
  });
});

describe('mail, HTML and triggers through the bundle', () => {
  test('MailApp writes to the outbox and counts the quota', () => {
    const { rt } = runtime();
    expect(rt.run('sendSummary', ['lead@example.com'])).toBe(99);
    expect(rt.state.outbox[0]).toMatchObject({
      from: 'ann@example.com',
      to: ['lead@example.com'],
      subject: 'Weekly summary',
    });
  });

  test("templates run in the script's scope (include() is the script's own function)", () => {
    const raw = runtime().rt.run('renderSidebar', ['<b>Ann</b>']) as string;
    // The fixture is Prettier-formatted: compare with whitespace runs collapsed.
    const html = raw.replace(/\s+/g, ' ');
    expect(html).toContain('<style> p { color: teal; } </style>');
    expect(html).toContain('<p class="escaped"> Hello &lt;b&gt;Ann&lt;/b&gt; </p>');
    expect(html).toContain('<p class="raw"><b>Ann</b></p>');
    expect(html).toContain('<ul> <li>1</li> <li>2</li> </ul>');
  });

  test('a due time-driven trigger runs as its owner in FULL with the event object', () => {
    const state = new LocalState();
    const { rt } = runtime({ state });
    // Monday 4 March 2024, 04:00 in New York: the daily 08:00 trigger is due at 13:00 UTC.
    const id = rt.run('installDailyTrigger', [], { user: BOB }) as string;
    expect(rt.run('listTriggers', [], { user: BOB })).toEqual(['onTimer']);
    expect(rt.run('listTriggers', [], { user: ANN })).toEqual([]);
    expect(rt.fireDueTriggers()).toEqual([]);
    rt.clock.set(new Date('2024-03-04T13:00:00Z'));
    expect(rt.fireDueTriggers()).toEqual([
      {
        triggerId: id,
        handler: 'onTimer',
        owner: 'bob@example.com',
        documentId: 'local-spreadsheet',
        firedAt: '2024-03-04T13:00:00.000Z',
        result: 13,
      },
    ]);
    expect(JSON.parse(state.propertyStore('script', '').get('lastTimer')!)).toEqual({
      authMode: 'FULL',
      triggerUid: id,
      year: 2024,
      month: 3,
      'day-of-month': 4,
      'day-of-week': 1,
      'week-of-year': 10,
      hour: 13,
      minute: 0,
      second: 0,
      timezone: 'UTC',
    });
    expect(rt.executions.at(-1)).toMatchObject({
      functionName: 'onTimer',
      user: 'bob@example.com',
      authMode: 'FULL',
      log: ['timer at 13'],
    });
    // Not due again until the next day at 08:00 New York time.
    expect(rt.fireDueTriggers()).toEqual([]);
    expect(new Date(state.triggers[0].nextFireMs!).toISOString()).toBe('2024-03-05T13:00:00.000Z');
  });

  test('a failing trigger is reported, and a one-time trigger fires once', () => {
    const { rt } = runtime();
    const ex = rt.begin();
    (ex.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp)
      .newTrigger('fails')
      .timeBased()
      .after(60_000)
      .create();
    ex.end();
    rt.clock.advanceMinutes(1);
    expect(rt.fireDueTriggers()).toMatchObject([{ handler: 'fails', error: 'boom' }]);
    rt.clock.advanceMinutes(60);
    expect(rt.fireDueTriggers()).toEqual([]);
    expect(rt.state.triggers[0].nextFireMs).toBeNull();
  });

  test('service calls are counted per operation across executions', () => {
    const { rt } = runtime();
    rt.run('saveSetting', ['a', '1']);
    rt.run('readSetting', ['a']);
    expect(rt.counter.get('PropertiesService.getDocumentProperties')).toBe(3);
    expect(rt.counter.get('Properties.setProperty')).toBe(1);
  });
});

describe('the globals of a Sheets add-on', () => {
  const SCRIPT = `
var LINE = Charts.ChartType.LINE; // enums are readable while the script loads (AuthMode.NONE)
function globalsSeen(names) {
  return names.map(function (n) { return n + ':' + typeof globalThis[n]; });
}
function buildLineChart() {
  var sheet = SpreadsheetApp.getActiveSheet();
  var builder = sheet.newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(sheet.getRange('A1:B3'))
    .setPosition(2, 4, 0, 0)
    .setOption('curveType', 'function');
  var sameEnum = builder.getChartType() === Charts.ChartType.LINE && LINE == 'LINE';
  sheet.insertChart(builder.build());
  return [String(Charts.ChartType.LINE), String(Charts.CurveStyle.SMOOTH), sameEnum];
}
function standaloneChart() {
  return Charts.newLineChart();
}`;

  function withWorkbook() {
    const wb = new LocalWorkbook({
      sheets: [
        {
          name: 'Calls',
          rows: [
            ['Month', 'Calls'],
            ['Jan', 10],
            ['Feb', 12],
          ],
        },
      ],
    });
    const rt = createRuntime({
      bundleSource: SCRIPT,
      bundlePath: FIXTURE,
      spreadsheetApp: (ctx) => createSpreadsheetApp(wb, ctx),
      user: ANN,
    });
    return { rt, wb };
  }

  test('every service global a Sheets add-on uses is defined', () => {
    const names = [
      'SpreadsheetApp',
      'PropertiesService',
      'CacheService',
      'LockService',
      'ScriptApp',
      'MailApp',
      'HtmlService',
      'Session',
      'Utilities',
      'Logger',
      'console',
      'Charts',
    ];
    expect(withWorkbook().rt.run('globalsSeen', [names])).toEqual(names.map((n) => `${n}:object`));
  });

  test('a script builds an embedded chart with Charts.ChartType and insertChart stores it', () => {
    const { rt, wb } = withWorkbook();
    expect(rt.run('buildLineChart')).toEqual(['LINE', 'SMOOTH', true]);
    expect(wb.getCharts('Calls')).toEqual([
      {
        id: 1,
        type: 'LINE',
        ranges: [{ sheetId: 0, row: 0, col: 0, numRows: 3, numCols: 2 }],
        position: { row: 1, col: 3, offsetX: 0, offsetY: 0 },
        options: { curveType: 'function' },
        numHeaders: -1, // Apps Script's default: Sheets guesses the header rows
        transpose: false,
      },
    ]);
    expect(rt.counter.get('EmbeddedChartBuilder.setChartType')).toBe(1);
  });

  test('the standalone chart builders are not implemented and say so', () => {
    expect(() => withWorkbook().rt.run('standaloneChart')).toThrow(
      'not implemented in the local runtime: Charts.newLineChart',
    );
  });
});
