// The import through the built bundle on a set-up workbook: the page's server functions
// (importPreview, importChunk) on the HubSpot deals sample, in chunks as the page sends them.
// Re-import changes nothing; a newer export changes only its changed rows; a user's row and a
// user's edit of an imported row's unmapped column stay; each chunk's Sheets calls stay within
// the budget. One workbook for the file, steps in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../../src/addon/crm/charset';
import { splitRecords } from '../../../src/addon/crm/split';
import type { ChunkResult, ImportPreview } from '../../../src/server/import-contract';
import { addonHarness } from '../../../local/harness/addon-runtime';
import { CALL_BUDGET } from '../../../local/harness/call-budget';
import { runSetupPage } from '../../../local/harness/setup-page';
import { columnIndexes } from '../../../src/addon/schema';

/** The Pipeline's CRM ID column (0-based), wherever the schema puts it. */
const CRM_ID = columnIndexes('pipeline').crmId;

const USER = { user: { email: 'manager@example.com', locale: 'en' } };
const h = addonHarness();
h.runtime.clock.set(new Date('2026-11-16T08:00:00Z'));
runSetupPage(h.runtime, false, USER);

const FILE = decodeBytes(
  readFileSync(join(__dirname, '../../fixtures/crm/hubspot-deals.csv')),
).text;

/** Imports a file as the page does (preview, then 3-record chunks); returns the chunks' results. */
function importFile(
  text: string,
  key: string,
): { preview: ImportPreview; results: ChunkResult[]; calls: number[] } {
  const split = splitRecords(text, 3);
  const preview = h.runtime.run(
    'importPreview',
    [{ fileName: 'deals.csv', fileKey: key, sample: text }],
    USER,
  ) as ImportPreview;
  const results: ChunkResult[] = [];
  const calls: number[] = [];
  split.chunks.forEach((chunk, i) => {
    h.runtime.counter.reset();
    results.push(
      h.runtime.run(
        'importChunk',
        [
          {
            fileKey: key,
            mapping: preview.mapping,
            header: preview.headers,
            text: chunk.text,
            firstLine: chunk.firstLine,
            chunk: i,
            chunks: split.chunks.length,
          },
        ],
        USER,
      ) as ChunkResult,
    );
    calls.push(h.runtime.counter.total());
  });
  return { preview, results, calls };
}

const pipeline = () => {
  const last = h.workbook.getLastRow('Pipeline');
  return h.workbook.getValues('Pipeline', 1, 0, last - 1, CRM_ID + 1);
};
const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

// A row the user typed, before any import.
h.workbook.setInputs('Pipeline', 1, 0, [['D-1', 'Typed SA', '', 'Zoé', 'Paris', '', '', 500]]);

test('a HubSpot deals export lands in the Pipeline columns, with its stage dates and a report of bad rows', () => {
  const { preview, results, calls } = importFile(FILE, 'v1');
  expect(preview).toMatchObject({ detected: true, source: 'hubspot.deals', resumeAt: null });
  const last = results.at(-1)!;
  expect(last.totals).toEqual({
    added: 5,
    updated: 0,
    unchanged: 0,
    withoutHistory: 1,
    skipped: 2,
  });
  expect(results.flatMap((r) => r.skipped)).toEqual([
    { line: 7, reason: 'badNumber', detail: '12 apples' },
    { line: 8, reason: 'unknownStage', detail: 'Waiting for budget' },
  ]);
  for (const n of calls) expect(n).toBeLessThanOrEqual(CALL_BUDGET);
  const rows = pipeline();
  expect(rows[0].slice(0, 8)).toEqual(['D-1', 'Typed SA', '', 'Zoé', 'Paris', '', '', 500]);
  expect(rows[0][CRM_ID]).toBe('');
  // Acme: Deal ID, Account, Rep, Source, Amount, the five stage dates, the CRM id.
  const acme = rows[1];
  expect([acme[0], acme[1], acme[3], acme[5], acme[7]]).toEqual([
    '9001',
    'Acme SA',
    'Alice Martin',
    'Website',
    12500,
  ]);
  expect(acme.slice(9, 14).map((d) => (d instanceof Date ? d.getTime() : d))).toEqual(
    // Midnight in Paris (the spreadsheet's zone): 22:00 or 23:00 UTC the day before.
    [
      '2026-08-31T22:00:00Z',
      '2026-09-07T22:00:00Z',
      '2026-09-29T22:00:00Z',
      '2026-10-19T22:00:00Z',
      '',
    ].map((s) => (s === '' ? '' : new Date(s).getTime())),
  );
  expect(acme[CRM_ID]).toBe('hubspot:pipeline:9001');
  expect(rows.slice(1).map((r) => r[CRM_ID])).toEqual(
    [9001, 9002, 9003, 9004, 9005].map((id) => `hubspot:pipeline:${id}`),
  );
});

test('the KPIs on the imported rows equal those computed from the file by hand', () => {
  const rows = pipeline().slice(1);
  const leads = rows.map((r) => [r[9]]);
  const won = rows.map((r) => [r[12]]);
  // 5 deals with a lead date, 2 won (Acme, Hooli).
  expect(h.runtime.invoke('KPI_CONVERSION', [leads, won], USER)).toBe(2 / 5);
  // Acme 2026-09-01 → 10-20: 49 days; Hooli 07-01 → 09-30: 91 days.
  expect(h.runtime.invoke('KPI_CYCLE_DAYS', [leads, won], USER)).toBe((49 + 91) / 2);
});

test('the same file again changes nothing', () => {
  const before = JSON.stringify(h.workbook.toJSON());
  const { results } = importFile(FILE, 'v1-again');
  expect(results.at(-1)!.totals).toEqual({
    added: 0,
    updated: 0,
    unchanged: 5,
    withoutHistory: 1,
    skipped: 2,
  });
  expect(JSON.stringify(h.workbook.toJSON())).toBe(before);
});

test('a newer export updates its changed rows in place and adds the new ones; user edits stay', () => {
  // The user gives Umbrella (row 5) a team, a column the export does not have.
  h.workbook.setInput('Pipeline', 5, 4, 'Lyon');
  // …and a cost formula on two imported rows, one of them in the block the update rewrites.
  h.workbook.setInput('Pipeline', 2, 8, '=H3*0.1');
  h.workbook.setInput('Pipeline', 3, 8, '=H4*0.1');
  const before = pipeline().map((r) => r.map(iso));
  const newer =
    FILE.replace(
      'Globex pilot,Globex,Bruno Petit,Contract Sent,8000',
      'Globex pilot,Globex,Bruno Petit,Contract Sent,9000',
    ) +
    '9008,Soylent,Soylent,Bruno Petit,Appointment Scheduled,1000,2026-11-02,,Referrals,,2026-11-02,,,,\n';
  const { results } = importFile(newer, 'v2');
  expect(results.at(-1)!.totals).toEqual({
    added: 1,
    updated: 1,
    unchanged: 4,
    withoutHistory: 1,
    skipped: 2,
  });
  const after = pipeline().map((r) => r.map(iso));
  expect(after[2][7]).toBe(9000);
  // The formula on the changed row follows its new amount; nothing else moved.
  expect(after[2][8]).toBe(900);
  after[2][7] = 8000;
  after[2][8] = 800;
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after[4][4]).toBe('Lyon');
  expect([
    h.workbook.getFormula('Pipeline', 2, 8),
    h.workbook.getFormula('Pipeline', 3, 8),
  ]).toEqual(['=H3*0.1', '=H4*0.1']);
  expect(after[6][CRM_ID]).toBe('hubspot:pipeline:9008');
});

test('an interrupted import offers to resume at its next chunk', () => {
  const split = splitRecords(FILE, 3);
  const preview = h.runtime.run(
    'importPreview',
    [{ fileName: 'deals.csv', fileKey: 'v3', sample: FILE }],
    USER,
  ) as ImportPreview;
  h.runtime.run(
    'importChunk',
    [
      {
        fileKey: 'v3',
        mapping: preview.mapping,
        header: preview.headers,
        text: split.chunks[0].text,
        firstLine: 2,
        chunk: 0,
        chunks: split.chunks.length,
      },
    ],
    USER,
  );
  const again = h.runtime.run(
    'importPreview',
    [{ fileName: 'deals.csv', fileKey: 'v3', sample: FILE }],
    USER,
  ) as ImportPreview;
  expect(again.resumeAt).toBe(1);
});

describe('the other exports, as the page decodes them', () => {
  const file = (name: string) =>
    decodeBytes(readFileSync(join(__dirname, '../../fixtures/crm', name))).text;
  const rowsOf = (sheet: string, crm: string, width: number) => {
    const last = h.workbook.getLastRow(sheet);
    return h.workbook
      .getValues(sheet, 1, 0, last - 1, width)
      .filter((r) => String(r[width - 1]).startsWith(crm));
  };

  test('Pipedrive deals (Windows-1252, French numbers and dates) and Salesforce opportunities', () => {
    expect(importFile(file('pipedrive-deals.csv'), 'pd').results.at(-1)!.totals).toMatchObject({
      added: 4,
      skipped: 0,
    });
    expect(
      importFile(file('salesforce-opportunities.csv'), 'sf').results.at(-1)!.totals,
    ).toMatchObject({ added: 4, skipped: 0 });
    const pd = rowsOf('Pipeline', 'pipedrive:', CRM_ID + 1);
    expect(pd.map((r) => [r[0], r[1], r[7]])).toEqual([
      ['301', 'Dupont SARL', 1234.5],
      ['302', 'Béta SAS', 2000],
      ['303', 'Gamma', 750],
      ['304', 'Delta', ''],
    ]);
    const sf = rowsOf('Pipeline', 'salesforce:', CRM_ID + 1);
    // From the files: Pipedrive 4 leads, 1 won (302); Salesforce 4 leads, 1 won (Northwind).
    expect(
      h.runtime.invoke('KPI_CONVERSION', [pd.map((r) => [r[9]]), pd.map((r) => [r[12]])], USER),
    ).toBe(1 / 4);
    expect(
      h.runtime.invoke('KPI_CONVERSION', [sf.map((r) => [r[9]]), sf.map((r) => [r[13]])], USER),
    ).toBe(1 / 4);
    // Salesforce's Lead Source "Partner Referral" is the workbook's Partner source.
    expect(sf[1][5]).toBe('Partner');
  });

  test('HubSpot calls and Pipedrive activities go to Activities, with types, minutes and deals', () => {
    expect(importFile(file('hubspot-calls.csv'), 'hc').results.at(-1)!.totals).toMatchObject({
      added: 3,
      skipped: 1,
    });
    expect(importFile(file('pipedrive-activities.csv'), 'pa').results.at(-1)!.totals).toMatchObject(
      { added: 2, skipped: 1 },
    );
    const calls = rowsOf('Activities', 'hubspot:', 8);
    expect(calls.map((r) => [r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ['Alice Martin', 'Call', 20, 'Connected', '9001'],
      ['Bruno Petit', 'Call', 1, 'Voicemail', '9002'],
      ['Alice Martin', 'Call', 15, 'No answer', '9003'],
    ]);
    // From the file: 20 + 1 + 15 minutes of calls.
    expect(calls.reduce((n, r) => n + Number(r[4]), 0)).toBe(36);
    expect(rowsOf('Activities', 'pipedrive:', 8).map((r) => [r[3], r[4], r[6]])).toEqual([
      ['Call', 30, '301'],
      ['Meeting', 60, '303'],
    ]);
  });
});

test('a mapping the user changed is remembered for the next file of that source', () => {
  const sample = FILE.split('\n').slice(0, 3).join('\n') + '\n';
  const proposed = h.runtime.run(
    'importPreview',
    [{ fileName: 'a.csv', fileKey: 'm1', sample }],
    USER,
  ) as ImportPreview;
  expect(proposed.mapping.columns.account).toBe('Associated Company (Primary)');
  const edited = {
    ...proposed.mapping,
    columns: { ...proposed.mapping.columns, account: 'Deal Name' },
  };
  const shown = h.runtime.run(
    'importPreview',
    [{ fileName: 'a.csv', fileKey: 'm1', sample, mapping: edited }],
    USER,
  ) as ImportPreview;
  expect(shown.rows[0].cells.account).toBe('Acme renewal');
  h.runtime.run(
    'importChunk',
    [
      {
        fileKey: 'm1',
        mapping: edited,
        header: shown.headers,
        text: FILE.split('\n').slice(1, 2).join('\n') + '\n',
        firstLine: 2,
        chunk: 0,
        chunks: 1,
      },
    ],
    USER,
  );
  const next = h.runtime.run(
    'importPreview',
    [{ fileName: 'b.csv', fileKey: 'm2', sample }],
    USER,
  ) as ImportPreview;
  expect(next.mapping.columns.account).toBe('Deal Name');
});
