// The add-on's own readers and writers of dates in spreadsheets whose time zone is not the
// script's: the built add-on on the local runtime, the script in Europe/Paris (the manifest zone;
// jest sets TZ to it), spreadsheets in Asia/Tokyo and America/Los_Angeles (Paris as the control).
// The data is typed as a user types it ("2026-10-01"), so the sheet holds those calendar days in
// any zone. The clock is 3 November 2026, just after Los Angeles leaves summer time (1 November)
// and a week after Paris does (25 October). Team North converts 20 of 40 leads in September and
// 16 of 40 in October (−20 %): its alert raises one Actions row. South's leads run to 2 November.
import { columnIndexes } from '../../src/addon/schema';
import type { ObjectiveDraft, SaveResult } from '../../src/server/wizard-contract';
import type { StartResult } from '../../src/server/experiments-contract';
import type { LocalRuntime } from '../../local/runtime/loader';
import { dateToSerial, LocalWorkbook, serialToDate } from '../../local/workbook';
import { zonedSpreadsheet } from '../helpers/zoned-spreadsheet';
import { draft } from './objectives/workbook';
import { sheetRow } from './alerts/harness';
import { runSetupPage } from '../../local/harness/setup-page';

const ZONES = ['Europe/Paris', 'Asia/Tokyo', 'America/Los_Angeles'] as const;
/** 09:00 in Paris, midnight in Los Angeles, 17:00 in Tokyo: 3 November everywhere. */
const NOW = new Date('2026-11-03T08:00:00Z');

const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
/** What Sheets shows as that day: midnight in the spreadsheet's zone. */
const midnight = (zone: string, y: number, m: number, d: number) =>
  serialToDate(serial(y, m, d), zone).getTime();
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

interface Sheet {
  workbook: LocalWorkbook;
  runtime: LocalRuntime;
}

/**
 * `count` leads of a team typed over a month's days (up to `lastDay`), the first `converted` with
 * an Opportunity date the same day. The data runs to the day before the clock, so October is
 * complete and mature when it is judged (a month whose data stops early is partial: no alert).
 */
function leads(
  team: string,
  month: number,
  count: number,
  converted: number,
  lastDay = new Date(Date.UTC(2026, month, 0)).getUTCDate(),
): unknown[][] {
  return Array.from({ length: count }, (_, i) =>
    sheetRow('pipeline', {
      dealId: `${team}-${month}-${i}`,
      rep: `${team} rep`,
      team,
      segment: 'SMB',
      leadDate: iso(2026, month, 1 + (i % lastDay)),
      opportunityDate: i < converted ? iso(2026, month, 1 + (i % lastDay)) : '',
    }),
  );
}

function spreadsheet(zone: string, setup = 'menuSetupWorkbook'): Sheet {
  const { workbook, runtime } = zonedSpreadsheet(zone, NOW, {
    email: 'manager@example.com',
    locale: 'en',
  });
  runSetupPage(runtime, setup !== 'menuSetupWorkbook');
  if (setup !== 'menuSetupWorkbook') return { workbook, runtime };
  workbook.setInputs('Pipeline', 1, 0, [
    ...leads('North', 9, 40, 20),
    ...leads('North', 10, 40, 16),
    ...leads('South', 9, 40, 20),
    ...leads('South', 10, 40, 20),
    ...leads('South', 11, 2, 1, 2),
  ] as never);
  workbook.registerFunctions(runtime.customFunctions());
  return { workbook, runtime };
}

/** A sheet's row (1 = first data row) by column key: the instants of its Date cells. */
function rowOf(s: Sheet, sheet: string, key: Parameters<typeof columnIndexes>[0], index = 1) {
  const columns = columnIndexes(key) as Record<string, number>;
  const cells = s.workbook.getValues(sheet, index, 0, 1, s.workbook.getLastColumn(sheet))[0];
  return Object.fromEntries(
    Object.entries(columns).map(([k, i]) => [
      k,
      cells[i] instanceof Date ? (cells[i] as Date).getTime() : cells[i],
    ]),
  );
}

describe.each(ZONES)('a spreadsheet in %s, the script in Europe/Paris', (zone) => {
  let s: Sheet;
  beforeAll(() => {
    s = spreadsheet(zone);
  });

  test('an objective saved by the wizard shows its start and deadline days', () => {
    const saved = s.runtime.run('wizardSave', [
      draft({ start: '2026-09-01', deadline: '2026-12-31' }),
    ]) as SaveResult;
    expect(saved.id).toBe('OBJ-0001');
    const row = rowOf(s, 'Objectives', 'objectives');
    expect(row.start).toBe(midnight(zone, 2026, 9, 1));
    expect(row.deadline).toBe(midnight(zone, 2026, 12, 31));
    // …and the wizard reads them back as the same days.
    const loaded = s.runtime.run('wizardLoad', ['OBJ-0001']) as ObjectiveDraft;
    expect(loaded).toMatchObject({ start: '2026-09-01', deadline: '2026-12-31' });
  });

  test('the alert’s Actions row is dated today, for October, as the sheet shows them', () => {
    s.workbook.setInputs('Alerts', 1, 0, [
      sheetRow('alerts', {
        kpi: 'Lead → opportunity conversion',
        scopeType: 'Team',
        scope: 'North',
      }),
    ] as never);
    s.runtime.invoke('menuApplyAlerts', []);
    expect(s.workbook.getLastRow('Actions')).toBe(2);
    const row = rowOf(s, 'Actions', 'actions');
    expect(row).toMatchObject({
      date: midnight(zone, 2026, 11, 3),
      scope: 'team North',
      previous: 0.5,
      current: 0.4,
      period: midnight(zone, 2026, 10, 1),
    });
    // Applied again the same day: the row is recognised (its period read back), nothing added.
    s.runtime.invoke('menuApplyAlerts', []);
    expect(s.workbook.getLastRow('Actions')).toBe(2);
  });

  test('an experiment shows its start, end and last update days', () => {
    const started = s.runtime.run('experimentsStart', [
      {
        technique: 'Video follow-ups',
        hypothesis: 'A short personal video after the first call converts more leads.',
        kpi: 'lead_to_opportunity',
        groupType: 'team',
        control: 'South',
        variant: 'North',
        start: '2026-10-01',
        end: '2026-10-31',
        baselineRate: 0.5,
        minLift: -0.6,
      },
    ]) as StartResult;
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    // October only: South 20 of 40, North 16 of 40.
    expect(started.experiments[0]).toMatchObject({
      control: { successes: 20, total: 40 },
      variant: { successes: 16, total: 40 },
    });
    const row = rowOf(s, 'Experiments', 'experiments');
    expect(row).toMatchObject({
      start: midnight(zone, 2026, 10, 1),
      end: midnight(zone, 2026, 10, 31),
      updated: midnight(zone, 2026, 11, 3),
    });
  });
});

test('the sample data of a Los Angeles spreadsheet holds whole days, up to yesterday there', () => {
  const zone = 'America/Los_Angeles';
  const s = spreadsheet(zone, 'menuSetupWorkbookWithSample');
  const col = (columnIndexes('pipeline') as Record<string, number>).leadDate;
  const last = s.workbook.getLastRow('Pipeline');
  const dates = s.workbook
    .getValues('Pipeline', 1, col, last - 1, 1)
    .map(([cell]) => dateToSerial(cell as Date, zone));
  expect(dates.length).toBeGreaterThan(100);
  // Every Lead date is a calendar day (midnight where the sheet is); the last is Monday 2
  // November, the day before today there (today is still under way).
  expect(dates.filter((serialDay) => !Number.isInteger(serialDay))).toEqual([]);
  expect(Math.max(...dates)).toBe(serial(2026, 11, 2));
});
