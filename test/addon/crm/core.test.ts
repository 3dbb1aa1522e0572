// The CRM import's pure core on the sample exports in test/fixtures/crm: encodings, delimiters,
// source detection, mapping, stage dates, skipped rows and the idempotent plan. No workbook.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../../src/addon/crm/charset';
import { parseCsv } from '../../../src/addon/crm/csv';
import { splitRecords } from '../../../src/addon/crm/split';
import { detectSource, proposeMapping } from '../../../src/addon/crm/mapping';
import { mapRecord, resolveMapping, type MappedRow } from '../../../src/addon/crm/records';
import { planImport } from '../../../src/addon/crm/merge';
import { enteredStageOf, funnelStageOf } from '../../../src/addon/crm/stages';
import { detectDateOrder, readAmount, readDateText } from '../../../src/addon/crm/values';
import { dayFromYmd } from '../../../src/kpi/days';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/crm', name));

function load(name: string) {
  const decoded = decodeBytes(fixture(name));
  const csv = parseCsv(decoded.text);
  const [header, ...records] = csv.records;
  const source = detectSource(header.cells)!;
  const mapping = proposeMapping(
    source,
    header.cells,
    records.map((r) => r.cells),
    csv.delimiter,
  );
  const resolved = resolveMapping(mapping, header.cells);
  const outcomes = records.map((r) => mapRecord(resolved, r.cells, r.line));
  const rows = outcomes.flatMap((o) => ('row' in o ? [o.row] : []));
  const skipped = outcomes.flatMap((o) => ('skip' in o ? [o.skip] : []));
  return { decoded, csv, source, mapping, rows, skipped };
}

const day = (y: number, m: number, d: number) => ({ day: dayFromYmd(y, m, d) });

describe('decoding and parsing', () => {
  it('reads UTF-8 with a BOM, UTF-8 and Windows-1252', () => {
    expect(decodeBytes(fixture('hubspot-calls.csv'))).toMatchObject({
      charset: 'UTF-8',
      bom: true,
    });
    expect(decodeBytes(fixture('hubspot-deals.csv'))).toMatchObject({
      charset: 'UTF-8',
      bom: false,
    });
    const latin = decodeBytes(fixture('pipedrive-deals.csv'));
    expect(latin.charset).toBe('windows-1252');
    expect(latin.text).toContain('Chloé Roux');
    // Signed bytes, as Apps Script's Blob.getBytes() returns them: "é€" in UTF-8 and in 1252.
    expect(decodeBytes([-61, -87, -30, -126, -84]).text).toBe('é€');
    expect(decodeBytes([-23, -128]).text).toBe('é€');
  });

  it('guesses the delimiter and keeps the line of each record (quoted line breaks included)', () => {
    expect(load('pipedrive-deals.csv').csv.delimiter).toBe(';');
    const csv = parseCsv('a,b\r\n1,"x\r\ny"\r\n\r\n2,z\r\n');
    expect(csv.records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'x\r\ny']],
      [5, ['2', 'z']],
    ]);
  });

  it('splits a file into chunks of whole records with their first line', () => {
    const split = splitRecords('h1,h2\n1,"a\nb"\n2,c\n3,d\n', 2);
    expect(split.header).toBe('h1,h2\n');
    expect(split.records).toBe(3);
    expect(splitRecords('h\n1\n\n2', 5).records).toBe(2);
    expect(split.chunks).toEqual([
      { text: '1,"a\nb"\n2,c\n', firstLine: 2 },
      { text: '3,d\n', firstLine: 5 },
    ]);
    const lines = split.chunks.flatMap((c) =>
      parseCsv(c.text, ',', c.firstLine).records.map((r) => r.line),
    );
    expect(lines).toEqual([2, 4, 5]);
  });
});

describe('numbers and dates', () => {
  it('reads English and French amounts, the file deciding "1,234"', () => {
    expect(readAmount('12,500.00', 'dot')).toBe(12500);
    expect(readAmount('1 234,50', 'comma')).toBe(1234.5);
    expect(readAmount('1,234', 'dot')).toBe(1234);
    expect(readAmount('1,234', 'comma')).toBe(1.234);
    expect(readAmount('12 apples', 'dot')).toBeUndefined();
  });

  it('reads ISO, day-first and month-first dates, and tells the order from the values', () => {
    expect(readDateText('2026-10-20 16:00', 'mdy')).toBe(dayFromYmd(2026, 10, 20));
    expect(readDateText('03/04/2026', 'dmy')).toBe(dayFromYmd(2026, 4, 3));
    expect(readDateText('03/04/2026', 'mdy')).toBe(dayFromYmd(2026, 3, 4));
    expect(readDateText('31/02/2026', 'dmy')).toBeUndefined();
    expect(detectDateOrder(['03/04/2026', '25/10/2026'])).toBe('dmy');
    expect(detectDateOrder(['10/22/2026'])).toBe('mdy');
    expect(detectDateOrder(['03/04/2026'])).toBeUndefined();
  });
});

describe('stages', () => {
  it('reads HubSpot stage-entry headers and maps stage names of the three CRMs', () => {
    expect(enteredStageOf('Date entered "Contract Sent (Sales Pipeline)"')).toBe('Contract Sent');
    expect(enteredStageOf('Deal Stage')).toBeUndefined();
    const names: [string, string][] = [
      ['Appointment Scheduled', 'lead'],
      ['Qualified To Buy', 'opportunity'],
      ['Contract Sent', 'proposal'],
      ['Closed Won', 'won'],
      ['Closed Lost', 'lost'],
      ['Proposal/Price Quote', 'proposal'],
      ['Prospecting', 'lead'],
      ['Négociation', 'proposal'],
      ['Contact établi', 'lead'],
    ];
    for (const [name, stage] of names) expect([name, funnelStageOf(name)]).toEqual([name, stage]);
    expect(funnelStageOf('Waiting for budget')).toBeUndefined();
  });
});

describe('each CRM export maps to its sheet', () => {
  it('HubSpot deals: stage dates from "Date entered" columns; missing history counted; bad rows skipped', () => {
    const { source, rows, skipped, mapping } = load('hubspot-deals.csv');
    expect(source.key).toBe('hubspot.deals');
    expect(mapping.columns.account).toBe('Associated Company (Primary)');
    expect(rows.map((r) => r.crmId)).toEqual([
      'hubspot:pipeline:9001',
      'hubspot:pipeline:9002',
      'hubspot:pipeline:9003',
      'hubspot:pipeline:9004',
      'hubspot:pipeline:9005',
    ]);
    // Segment and Team are not in the export: left out, so what the user typed there stays.
    expect(rows[0].cells).toEqual({
      dealId: '9001',
      account: 'Acme SA',
      rep: 'Alice Martin',
      source: { choice: 'website' },
      amount: 12500,
      leadDate: day(2026, 9, 1),
      opportunityDate: day(2026, 9, 8),
      proposalDate: day(2026, 9, 30),
      wonDate: day(2026, 10, 20),
      lostDate: '',
      lostReason: '',
    });
    expect(rows[2].cells).toMatchObject({
      lostDate: day(2026, 10, 5),
      lostReason: { choice: 'price' },
    });
    // Hooli: won, no stage-entry date: its lead date and won date from what the export knows.
    expect(rows[4]).toMatchObject({ withoutHistory: true });
    expect(rows[4].cells).toMatchObject({
      leadDate: day(2026, 7, 1),
      opportunityDate: '',
      wonDate: day(2026, 9, 30),
    });
    expect(rows.filter((r) => r.withoutHistory)).toHaveLength(1);
    expect(skipped).toEqual([
      { line: 7, reason: 'badNumber', detail: '12 apples' },
      { line: 8, reason: 'unknownStage', detail: 'Waiting for budget' },
    ]);
  });

  it('HubSpot calls (UTF-8 with BOM): durations in ms → minutes, first associated deal', () => {
    const { source, rows, skipped } = load('hubspot-calls.csv');
    expect(source.key).toBe('hubspot.calls');
    expect(rows.map((r) => r.cells)).toEqual([
      {
        date: day(2026, 10, 1),
        rep: 'Alice Martin',

        type: { choice: 'call' },
        duration: 20,
        outcome: { choice: 'connected' },
        dealId: '9001',
      },
      {
        date: day(2026, 10, 2),
        rep: 'Bruno Petit',

        type: { choice: 'call' },
        duration: 1,
        outcome: { choice: 'voicemail' },
        dealId: '9002',
      },
      {
        date: day(2026, 10, 3),
        rep: 'Alice Martin',

        type: { choice: 'call' },
        duration: 15,
        outcome: { choice: 'noAnswer' },
        dealId: '9003',
      },
    ]);
    expect(skipped).toEqual([{ line: 5, reason: 'badDate', detail: 'Activity date: not a date' }]);
  });

  it('Pipedrive deals (Windows-1252, semicolons, French numbers and dates): status decides won/lost', () => {
    const { source, rows, skipped, mapping } = load('pipedrive-deals.csv');
    expect(source.key).toBe('pipedrive.deals');
    expect(mapping).toMatchObject({ decimal: 'comma', dateOrder: 'dmy', delimiter: ';' });
    expect(skipped).toEqual([]);
    expect(
      rows.map((r) => [
        r.cells.amount,
        r.cells.leadDate,
        r.cells.wonDate,
        r.cells.lostDate,
        r.withoutHistory,
      ]),
    ).toEqual([
      [1234.5, day(2026, 9, 12), '', '', true],
      [2000, day(2026, 8, 3), day(2026, 10, 25), '', true],
      [750, day(2026, 9, 20), '', day(2026, 10, 15), true],
      ['', day(2026, 10, 1), '', '', false],
    ]);
    expect(rows[1].cells.account).toBe('Béta SAS');
  });

  it('Pipedrive activities: types by name, tasks skipped', () => {
    const { source, rows, skipped } = load('pipedrive-activities.csv');
    expect(source.key).toBe('pipedrive.activities');
    expect(rows.map((r) => [r.cells.type, r.cells.duration, r.cells.dealId])).toEqual([
      [{ choice: 'call' }, 30, '301'],
      [{ choice: 'meeting' }, 60, '303'],
    ]);
    expect(skipped).toEqual([{ line: 4, reason: 'unknownType', detail: 'Tâche' }]);
  });

  it('HubSpot companies: customers with their acquisition date; the others skipped as not customers', () => {
    const { source, rows, skipped } = load('hubspot-companies.csv');
    expect(source.key).toBe('hubspot.companies');
    expect(
      rows.map((r) => [r.crmId, r.cells.account, r.cells.acquiredDate, r.cells.source]),
    ).toEqual([
      ['hubspot:customers:7001', 'Acme SA', day(2026, 10, 20), { choice: 'website' }],
      ['hubspot:customers:7003', 'Hooli', day(2026, 9, 30), { choice: 'outbound' }],
    ]);
    expect(skipped).toEqual([{ line: 3, reason: 'notCustomer', detail: 'Became a Customer Date' }]);
  });

  it('Salesforce activity reports: call seconds → minutes, tasks skipped', () => {
    const { source, rows, skipped } = load('salesforce-activities.csv');
    expect(source.key).toBe('salesforce.activities');
    expect(
      rows.map((r) => [
        r.cells.type,
        r.cells.duration,
        r.cells.outcome,
        r.cells.dealId,
        r.cells.date,
      ]),
    ).toEqual([
      [{ choice: 'call' }, 15, { choice: 'connected' }, '0065g00000AbCdE', day(2026, 10, 5)],
      [{ choice: 'email' }, '', '', '0065g00000AbCdF', day(2026, 10, 6)],
    ]);
    expect(skipped).toEqual([{ line: 4, reason: 'unknownType', detail: 'Task' }]);
  });

  it('a file of no known export is not recognised', () => {
    expect(detectSource(['Name', 'Email', 'Phone'])).toBeUndefined();
  });

  it('Salesforce opportunities: month-first dates, closed stages dated by the close date', () => {
    const { source, rows, mapping } = load('salesforce-opportunities.csv');
    expect(source.key).toBe('salesforce.opportunities');
    expect(mapping.dateOrder).toBe('mdy');
    expect(
      rows.map((r) => [
        r.cells.dealId,
        r.cells.leadDate,
        r.cells.wonDate,
        r.cells.lostDate,
        r.cells.source,
      ]),
    ).toEqual([
      ['0065g00000AbCdE', day(2026, 8, 3), day(2026, 10, 22), '', { choice: 'website' }],
      ['0065g00000AbCdF', day(2026, 9, 14), '', '', { choice: 'partner' }],
      ['0065g00000AbCdG', day(2026, 7, 20), '', day(2026, 9, 30), { choice: 'event' }],
      ['0065g00000AbCdH', day(2026, 10, 25), '', '', { choice: 'website' }],
    ]);
  });
});

describe('the plan', () => {
  const row = (crmId: string, amount: number, line = 2): MappedRow => ({
    crmId,
    line,
    cells: { dealId: crmId, amount },
  });
  const sheet = {
    rows: [
      ['typed by hand', 100, ''],
      ['a', 1, 'x:pipeline:a'],
      ['b', 2, 'x:pipeline:b'],
    ],
    crmIdColumn: 2,
    columns: new Map([
      ['dealId', 0],
      ['amount', 1],
    ]),
  };
  const same = (v: unknown, c: unknown) => v === c;

  it('updates changed rows in place, adds new ones, leaves the same and the typed rows alone', () => {
    const a = { crmId: 'x:pipeline:a', line: 2, cells: { dealId: 'a', amount: 1 } };
    const b = { crmId: 'x:pipeline:b', line: 3, cells: { dealId: 'b', amount: 5 } };
    const plan = planImport(sheet, [a, b, row('x:pipeline:c', 3, 4), { ...a, line: 5 }], same);
    expect(plan.unchanged).toBe(1);
    expect(plan.updates).toEqual([{ row: 2, cells: new Map([['amount', 5]]) }]);
    expect(plan.appends.map((r) => r.crmId)).toEqual(['x:pipeline:c']);
    expect(plan.skipped).toEqual([{ line: 5, reason: 'duplicateId', detail: '2' }]);
  });
});
