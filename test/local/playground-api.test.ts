// The playground's HTTP API end to end: a real server on 127.0.0.1 (port 0) over the demo
// workbook, running dist/Code.js plus a small test add-on (test/fixtures/playground).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlayground, type Playground } from '../../local/playground/server';
import { LocalWorkbook } from '../../local/workbook';
import type { CellView } from '../../local/playground/workbook-view';
import { playgroundBundle } from './playground-fixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fixed start for the simulated clock: a Friday in November, far from daylight-saving changes. */
const CLOCK_START = '2026-11-27T10:00:00Z';
let firstStatus: Json;
let dir: string;
let saveFile: string;
let pg: Playground;

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
  server = pg,
): Promise<{ status: number; json: Json; headers: Headers }> {
  const response = await fetch(new URL(path, server.url), {
    method,
    headers: body === undefined ? {} : headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as Json,
    headers: response.headers,
  };
}

/** One cell of a sheet through GET /api/workbook (A1-style row/col, 0-based). */
async function cell(
  sheet: string,
  row: number,
  col: number,
  server = pg,
): Promise<CellView | null> {
  const { json } = await call(
    'GET',
    `/api/workbook?sheet=${encodeURIComponent(sheet)}&offset=${row}&limit=1`,
    undefined,
    {},
    server,
  );
  return (json.window.rows[0]?.[col] as CellView | undefined) ?? null;
}

async function type(range: string, values: unknown): Promise<{ status: number; json: Json }> {
  return call('POST', '/api/cells', { sheet: 'Quick start', range, values });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'playground-api-'));
  saveFile = join(dir, 'workbook.json');
  pg = await startPlayground({
    port: 0,
    saveFile,
    saveDelayMs: 20,
    clockStart: new Date(CLOCK_START),
    ...playgroundBundle(),
  });
  // Asked at once: the demo is still being built (its steps leave the server free to answer).
  firstStatus = (await call('GET', '/api/status')).json;
  await pg.ready;
});

afterAll(async () => {
  await pg?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the server', () => {
  test('reports its progress while the demo builds', () => {
    expect(firstStatus.ready).toBe(false);
    expect(firstStatus.fraction).toBeGreaterThanOrEqual(0);
    expect(firstStatus.fraction).toBeLessThan(1);
    expect(firstStatus.step).toMatch(/^(Loading|Building|Generating|Formatting|Evaluating)/);
  });

  test('listens on 127.0.0.1 only and reports when the workbook is ready', async () => {
    expect(pg.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(pg.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await call('GET', '/api/status')).json).toEqual({
      ready: true,
      step: 'Ready',
      fraction: 1,
    });
  });

  test('serves the page and its bundled script (no CDN)', async () => {
    const html = await (await fetch(pg.url)).text();
    expect(html).toContain('<script src="/app.js"></script>');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const app = await (await fetch(new URL('/app.js', pg.url))).text();
    expect(app).toContain('Chart');
  });

  test('unknown endpoints are 404, wrong methods 405 with Allow, and the server keeps going', async () => {
    const missing = await call('GET', '/api/nothing');
    expect(missing.status).toBe(404);
    expect(missing.json.error).toBe('No such endpoint: GET /api/nothing');
    const wrong = await call('DELETE', '/api/cells');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(wrong.json.error).toBe('/api/cells accepts POST, not DELETE.');
    expect((await call('GET', '/api/status')).status).toBe(200);
  });
});

/** A GET with a Host header of our choosing (fetch always sends the URL's own host). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: pg.port, path, headers: { Host: host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header (DNS rebinding)', () => {
  test.each(['evil.example', `evil.example:PORT`, '127.0.0.1:1', 'localhost'])(
    'refuses Host "%s" with 403, for the API and the page alike',
    async (host) => {
      const named = host.replace('PORT', String(pg.port));
      for (const path of ['/api/status', '/']) {
        const answer = await getWithHost(path, named);
        expect(answer.status).toBe(403);
        expect(JSON.parse(answer.body)).toEqual({
          error: `Host "${named}" is not this server: use http://127.0.0.1:${pg.port}/ or http://localhost:${pg.port}/ (other names are refused against DNS rebinding).`,
        });
      }
    },
  );

  test('answers its own addresses', async () => {
    for (const host of [`127.0.0.1:${pg.port}`, `localhost:${pg.port}`]) {
      expect((await getWithHost('/api/status', host)).status).toBe(200);
    }
  });
});

describe('GET /api/workbook', () => {
  test('lists the demo sheets with windows of cells, never whole big sheets', async () => {
    const { json } = await call('GET', '/api/workbook');
    expect(json.name).toBe('Sales KPI demo');
    expect(json.source).toBe('demo');
    expect(json.sheets.map((s: Json) => s.name)).toEqual([
      'Quick start',
      'Teams',
      'Activities',
      'Pipeline',
      'Customers',
      'Orders',
      'Surveys',
      'Spend',
      'Context',
    ]);
    const activities = json.sheets.find((s: Json) => s.name === 'Activities');
    expect(activities.rowCount).toBeGreaterThan(50_000);
    expect(activities.window.rows).toHaveLength(100);
    expect(activities.frozenRows).toBe(1);
    expect(activities.window.rows[0][0]).toMatchObject({ d: 'Date', s: { fontWeight: 'bold' } });
    expect(activities.window.rows[1][0]).toMatchObject({
      t: 'd',
      d: '2024-12-02',
      i: '2024-12-02',
    });
  });

  test('every Quick start example works: no error cell, results formatted', async () => {
    const { json } = await call('GET', '/api/workbook?sheet=Quick%20start&limit=200');
    const rows = json.window.rows as Array<Array<CellView | null>>;
    const errors = rows.flatMap((r, i) =>
      r.flatMap((c, j) => (c?.t === 'e' ? [`row ${i + 1} col ${j + 1}: ${c.e}`] : [])),
    );
    expect(errors).toEqual([]);
    const formulas = rows.flatMap((r) => r.flatMap((c) => (c?.f ? [c.f] : [])));
    const used = new Set(formulas.flatMap((f) => f.match(/KPI_[A-Z_]+/g) ?? []));
    const exported = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8').match(
      /^function (KPI_\w+)/gm,
    );
    expect([...used].sort()).toEqual(exported?.map((f) => f.slice('function '.length)).sort());
    const conversion = rows[4][2] as CellView;
    expect(conversion.f).toBe('=KPI_CONVERSION(Pipeline!J2:J, Pipeline!K2:K)');
    expect(conversion.d).toMatch(/^\d+\.\d%$/);
    expect(json.sheet.charts[0]).toMatchObject({
      type: 'LINE',
      options: { title: 'Order revenue by month' },
    });
    expect(json.sheet.charts[0].labels).toHaveLength(json.sheet.charts[0].series[0].values.length);
    const sparkline = rows.flat().find((c) => c?.f?.startsWith('=SPARKLINE('));
    expect(sparkline?.k?.data.length).toBeGreaterThan(12);
    const alert = rows.flat().find((c) => c?.f?.startsWith('=KPI_ALERT('));
    expect(alert).toMatchObject({ t: 'b', v: true, s: { background: '#f4c7c3' } });
  });

  test('windows a sheet by offset and limit', async () => {
    const { json } = await call('GET', '/api/workbook?sheet=activities&offset=50000&limit=10');
    expect(json.sheet.name).toBe('Activities');
    expect(json.window).toMatchObject({ offset: 50000, limit: 10 });
    expect(json.window.rows).toHaveLength(10);
    expect(json.window.rows[0][0].t).toBe('d');
  });

  test.each([
    ['?sheet=Nope', 404, 'No sheet named "Nope".'],
    ['?sheet=Activities&limit=5000', 400, 'limit must be at most 2000 (got 5000).'],
    ['?sheet=Activities&offset=-1', 400, 'offset must be a whole number ≥ 0 (got "-1").'],
    ['?offset=abc', 400, 'offset must be a whole number ≥ 0 (got "abc").'],
  ])('GET /api/workbook%s → %i', async (query, status, error) => {
    const answer = await call('GET', `/api/workbook${query}`);
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual({ error });
  });
});

describe('POST /api/cells', () => {
  test('a =KPI_* formula typed in a cell spills its table', async () => {
    const pipelineRows = (await call('GET', '/api/workbook?sheet=Pipeline&limit=0')).json.sheet
      .maxRows;
    const written = await type('H2', [['=KPI_FUNNEL(Pipeline!J1:M)']]);
    expect(written.json).toEqual({ updated: 'Quick start!H2', warnings: [] });
    expect((await cell('Quick start', 1, 7))?.d).toBe('Stage');
    expect((await cell('Quick start', 2, 7))?.d).toBe('Lead date');
    // Every generated deal has a lead date: the first stage counts every Pipeline data row.
    expect((await cell('Quick start', 2, 8))?.v).toBe(pipelineRows - 1);
    expect((await cell('Quick start', 5, 7))?.d).toBe('Won date');
  });

  test('reads typing as Sheets does: numbers, percentages, dates, text, formulas', async () => {
    await type('H20:H24', [['12.5%'], ['2026-03-31'], ["'=not a formula"], ['hello'], ['1,234.5']]);
    expect(await cell('Quick start', 19, 7)).toMatchObject({ t: 'n', v: 0.125, i: '12.5%' });
    expect(await cell('Quick start', 20, 7)).toMatchObject({ t: 'd', d: '2026-03-31' });
    expect(await cell('Quick start', 21, 7)).toMatchObject({ t: 's', v: '=not a formula' });
    expect(await cell('Quick start', 22, 7)).toMatchObject({ t: 's', v: 'hello' });
    expect(await cell('Quick start', 23, 7)).toMatchObject({ t: 'n', v: 1234.5 });
  });

  test('editing a cell recalculates its dependants', async () => {
    await type('H30:H31', [[10], ['=H30*2']]);
    expect((await cell('Quick start', 30, 7))?.v).toBe(20);
    await type('H30', '21');
    expect((await cell('Quick start', 30, 7))?.v).toBe(42);
  });

  test('a formula with doubled quotes (a team named with a quote) is a formula, not an error', async () => {
    await type('H36:H37', [['Team "North"'], ['=LEN(H36)&"/"&COUNTIF(H36,"Team ""North""")']]);
    expect(await cell('Quick start', 36, 7)).toMatchObject({
      v: '12/1',
      f: '=LEN(H36)&"/"&COUNTIF(H36,"Team ""North""")',
    });
    // A conditional format on it, written by the script, is evaluated when the sheet is shown.
    await call('POST', '/api/run', {
      function: 'highlightQuotedTeam',
      args: ['H36', 'Team "North"'],
    });
    const whole = await call('GET', '/api/workbook?sheet=Quick%20start&offset=35&limit=1');
    expect(whole.status).toBe(200);
    expect(whole.json.window.rows[0][7]).toMatchObject({
      v: 'Team "North"',
      s: { background: '#f4cccc' },
    });
  });

  test('a =KPI_* error shows #ERROR! with its message', async () => {
    await type('H33', [['=KPI_NPS(11)']]);
    const shown = await cell('Quick start', 32, 7);
    expect(shown).toMatchObject({ t: 'e', d: '#ERROR!', f: '=KPI_NPS(11)' });
    expect(shown?.e).toMatch(/^KPI_NPS: /);
  });

  test.each<[string, unknown, number, string]>([
    [
      'no range',
      { sheet: 'Quick start', values: [[1]] },
      400,
      'range is required: an A1 range such as "B2" or "B2:C3".',
    ],
    [
      'a bad range',
      { sheet: 'Quick start', range: 'B', values: [[1]] },
      400,
      'range "B" is not an A1 range such as "B2" or "B2:C3".',
    ],
    [
      'whole columns',
      { sheet: 'Quick start', range: 'B:C', values: [[1]] },
      400,
      'range "B:C" must be a cell or a block such as "B2:C3", not whole rows or columns.',
    ],
    [
      'an unknown sheet',
      { sheet: 'Nope', range: 'A1', values: [[1]] },
      404,
      'No sheet named "Nope".',
    ],
    [
      'no sheet',
      { range: 'A1', values: [[1]] },
      400,
      'sheet is required: the name of the sheet to write to.',
    ],
    [
      'no values',
      { sheet: 'Quick start', range: 'A1' },
      400,
      'values is required: a 2-D array of cell inputs.',
    ],
    [
      'flat values',
      { sheet: 'Quick start', range: 'A1', values: [1, 2] },
      400,
      'values must be a non-empty 2-D array (rows of cells), e.g. [["=1+1"]].',
    ],
    [
      'an object value',
      { sheet: 'Quick start', range: 'A1', values: [[{ a: 1 }]] },
      400,
      'values[0][0] must be a text, a finite number, a boolean or null (got {"a":1}).',
    ],
    [
      'a shape mismatch',
      { sheet: 'Quick start', range: 'H2:I3', values: [[1, 2]] },
      400,
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ],
    [
      'a ragged grid for a block',
      { sheet: 'Quick start', range: 'H2:I3', values: [[1, 2], [3]] },
      400,
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    ],
    [
      'a ragged grid from one cell',
      { sheet: 'Quick start', range: 'H2', values: [[1, 2], [3]] },
      400,
      'values must be a rectangle: row 2 has 1 cell, row 1 has 2.',
    ],
    [
      'a row past the last row a sheet can have',
      { sheet: 'Quick start', range: 'A99999999', values: [[1]] },
      400,
      'range "A99999999" ends at row 99999999: a sheet has at most 1000000 rows here, and a spreadsheet at most 10000000 cells.',
    ],
    [
      'a block that would grow the sheet past the cells a spreadsheet can have',
      { sheet: 'Quick start', range: 'ZZ999999', values: [[1]] },
      400,
      'range "ZZ999999" would grow the sheet to 702 columns × 999999 rows: a spreadsheet has at most 10000000 cells.',
    ],
  ])('refuses %s', async (_what, body, status, error) => {
    const answer = await call('POST', '/api/cells', body);
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual({ error });
  });

  test('refuses a body that is not JSON, or not sent as JSON', async () => {
    const broken = await call('POST', '/api/cells', '{"sheet":');
    expect(broken.status).toBe(400);
    expect(broken.json.error).toMatch(/^The body is not valid JSON: /);
    const text = await call('POST', '/api/cells', 'x', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.json.error).toBe('Send the body as JSON (Content-Type: application/json).');
    const array = await call('POST', '/api/cells', '[1]');
    expect(array.json).toEqual({ error: 'The body must be a JSON object.' });
  });
});

describe('the add-on: menu, google.script.run, mail, triggers, stats', () => {
  test('GET /api/menu gives the menu onOpen built', async () => {
    const { json } = await call('GET', '/api/menu');
    expect(json.addOnName).toBe('Sales KPI');
    expect(json.items).toEqual([
      { caption: 'Sales KPI › Open sidebar', functionName: 'showSidebar' },
      { caption: 'Sales KPI › Send summary', functionName: 'sendSummary' },
      { caption: 'Sales KPI › Install daily trigger', functionName: 'installDailyTrigger' },
    ]);
    expect(json.menus[0].entries[1]).toEqual({ kind: 'separator' });
  });

  test('POST /api/run answers {result} with google.script.run copies, {error} for script errors', async () => {
    expect(
      (await call('POST', '/api/run', { function: 'greet', args: ['Ada', { shout: true }] })).json,
    ).toEqual({
      result: { greeting: 'Hello Ada', shout: true, spreadsheet: 'Sales KPI demo' },
      ui: { dialogs: [], alerts: [], toasts: [] },
    });
    // A Date is not a legal return value: the call fails (the failure handler gets the error).
    const refused = await call('POST', '/api/run', { function: 'today' });
    expect(refused.status).toBe(200);
    expect(refused.json).toMatchObject({
      error: 'Failed due to illegal value in property: result',
    });
    expect(refused.json).not.toHaveProperty('result');
    const failed = await call('POST', '/api/run', { function: 'failOnPurpose', args: [] });
    expect(failed.status).toBe(200);
    expect(failed.json.error).toBe('KPI helper failed on purpose');
  });

  test.each<[unknown, number, string]>([
    [{ function: 'nope' }, 404, 'Script function not found: nope'],
    [{ function: 'playgroundOnOpen_' }, 404, 'Script function not found: playgroundOnOpen_'],
    [{ args: [] }, 400, 'function is required: the name of a top-level function of the script.'],
    [
      { function: 'a b' },
      400,
      'function is required: the name of a top-level function of the script.',
    ],
    [{ function: 'greet', args: 'Ada' }, 400, 'args must be an array of JSON values.'],
    [{ function: 'greet', from: 'elsewhere' }, 400, 'from must be "client" or "menu".'],
  ])('POST /api/run %j → %i', async (body, status, error) => {
    const answer = await call('POST', '/api/run', body);
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual({ error });
  });

  test('a menu item that shows a sidebar gives its URL; the page gets the google.script.run shim', async () => {
    const { json } = await call('POST', '/api/run', { function: 'showSidebar', from: 'menu' });
    expect(json.ui.dialogs).toEqual([
      {
        id: expect.any(Number),
        kind: 'sidebar',
        title: 'KPI helper',
        url: expect.stringMatching(/^\/sidebar\/\d+$/),
      },
    ]);
    const html = await (await fetch(new URL(json.ui.dialogs[0].url, pg.url))).text();
    expect(html.indexOf('google')).toBeLessThan(html.indexOf('<h1 id="heading">'));
    expect(html).toContain('withSuccessHandler');
    expect((await fetch(new URL('/sidebar/9999', pg.url))).status).toBe(404);
  });

  test('scripts write to the workbook through SpreadsheetApp', async () => {
    await call('POST', '/api/run', { function: 'writeCell', args: ['H40', 'from the script'] });
    expect((await cell('Quick start', 39, 7))?.v).toBe('from the script');
  });

  test('GET /api/outbox lists the emails sent', async () => {
    const sent = await call('POST', '/api/run', { function: 'sendSummary', from: 'menu' });
    expect(sent.json.result).toBe(99);
    const { json } = await call('GET', '/api/outbox');
    expect(json.dailyLimit).toBe(100);
    expect(json.emails).toHaveLength(1);
    expect(json.emails[0]).toMatchObject({
      to: ['lead@example.com'],
      subject: 'Weekly KPI summary',
      htmlBody: '<h1>Weekly KPIs</h1><p>All KPIs on track.</p>',
    });
  });

  test('POST /api/clock advances the clock and fires each due trigger at its time', async () => {
    await call('POST', '/api/run', { function: 'installDailyTrigger' });
    const listed = (await call('GET', '/api/triggers')).json;
    expect(listed.timeZone).toBe('Europe/Paris');
    expect(listed.triggers).toHaveLength(1);
    expect(listed.triggers[0]).toMatchObject({
      handler: 'onTimer',
      schedule: { kind: 'days', every: 1, hour: 8, minute: 0 },
    });
    const before = Date.parse(listed.now);
    const { json } = await call('POST', '/api/clock', { advanceMinutes: 3 * 1440 });
    // From Friday 27 November 11:00 in Paris: Saturday, Sunday and Monday at 08:00 (07:00 UTC).
    expect(json.fired.map((f: Json) => f.handler)).toEqual(['onTimer', 'onTimer', 'onTimer']);
    expect(json.fired.map((f: Json) => String(f.firedAt).slice(0, 16))).toEqual([
      '2026-11-28T07:00',
      '2026-11-29T07:00',
      '2026-11-30T07:00',
    ]);
    expect(Date.parse(json.now) - before).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(
      (await call('POST', '/api/run', { function: 'readProperty', args: ['timerRuns'] })).json
        .result,
    ).toBe('3');
  });

  test.each([
    [{ advanceMinutes: -5 }],
    [{ advanceMinutes: 'soon' }],
    [{}],
    [{ advanceMinutes: 600_000 }],
  ])('POST /api/clock %j → 400', async (body) => {
    const answer = await call('POST', '/api/clock', body);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(
      /^advanceMinutes must be a number of minutes greater than 0 and at most 527040 \(one year\); got /,
    );
  });

  test('GET /api/stats counts service calls per operation; DELETE resets them', async () => {
    await call('DELETE', '/api/stats');
    await call('POST', '/api/run', { function: 'writeCell', args: ['H41', 1] });
    const { json } = await call('GET', '/api/stats');
    expect(json.calls).toMatchObject({
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.setValue': 1,
    });
    expect(json.total).toBe(
      Object.values(json.calls as Record<string, number>).reduce((a, b) => a + b, 0),
    );
    expect(json.executions.at(-1)).toMatchObject({ functionName: 'writeCell', authMode: 'FULL' });
  });
});

describe('persistence', () => {
  test('everything survives a restart: cells, formulas, outbox, triggers, properties, clock', async () => {
    await call('POST', '/api/run', { function: 'saveProperty', args: ['team', 'Lyon'] });
    const clockBefore = Date.parse((await call('GET', '/api/clock')).json.now);
    await pg.close();
    expect(readdirSync(dir)).toEqual(['workbook.json']); // written whole: no temporary file left
    const saved = JSON.parse(readFileSync(saveFile, 'utf8'));
    expect(saved).toMatchObject({ format: 'sales-kpi-playground', version: 1 });

    pg = await startPlayground({ port: 0, saveFile, ...playgroundBundle() });
    await pg.ready;
    expect((await call('GET', '/api/workbook?limit=0')).json.source).toBe('file');
    expect(await cell('Quick start', 30, 7)).toMatchObject({ v: 42, f: '=H30*2' });
    expect(await cell('Quick start', 36, 7)).toMatchObject({
      v: '12/1',
      f: '=LEN(H36)&"/"&COUNTIF(H36,"Team ""North""")',
    });
    expect((await cell('Quick start', 2, 7))?.d).toBe('Lead date');
    expect((await call('GET', '/api/outbox')).json.emails).toHaveLength(1);
    expect((await call('GET', '/api/triggers')).json.triggers).toHaveLength(1);
    expect(
      (await call('POST', '/api/run', { function: 'readProperty', args: ['team'] })).json.result,
    ).toBe('Lyon');
    expect(Date.parse((await call('GET', '/api/clock')).json.now)).toBeGreaterThanOrEqual(
      clockBefore,
    );
    expect((await call('GET', '/api/menu')).json.items).toHaveLength(3);
  });

  test('opens a LocalWorkbook JSON given as the workbook file, and saves back to it', async () => {
    const file = join(dir, 'tiny.json');
    writeFileSync(
      file,
      JSON.stringify(
        new LocalWorkbook({ sheets: [{ name: 'Tiny', rows: [[1, 2, '=A1+B1']] }] }).toJSON(),
      ),
    );
    const tiny = await startPlayground({
      port: 0,
      workbookFile: file,
      saveDelayMs: 10,
      ...playgroundBundle(),
    });
    try {
      await tiny.ready;
      expect(await cell('Tiny', 0, 2, tiny)).toMatchObject({ v: 3, f: '=A1+B1' });
      await call(
        'POST',
        '/api/cells',
        { sheet: 'Tiny', range: 'A1', values: [[40]] },
        undefined,
        tiny,
      );
      expect((await cell('Tiny', 0, 2, tiny))?.v).toBe(42);
    } finally {
      await tiny.close();
    }
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('sales-kpi-playground');
  });

  test('a file that is not a playground file: the status says why and the API answers 503', async () => {
    const file = join(dir, 'garbage.json');
    writeFileSync(file, '{"hello": 1}');
    const broken = await startPlayground({ port: 0, workbookFile: file, ...playgroundBundle() });
    try {
      await expect(broken.ready).rejects.toThrow(
        `${file} is not a playground file (expected "format": "sales-kpi-playground").`,
      );
      expect((await call('GET', '/api/status', undefined, {}, broken)).json.error).toMatch(
        /is not a playground file/,
      );
      const answer = await call('GET', '/api/workbook', undefined, {}, broken);
      expect(answer.status).toBe(503);
    } finally {
      await broken.close();
    }
    expect(existsSync(file)).toBe(true);
  });
});
