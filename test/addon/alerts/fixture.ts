// Small hand-made data for the alert evaluation, whose every KPI value is set by construction:
// a month of leads with a chosen number converted, a month of NPS answers with chosen scores, a
// week of calls. Rows are in the schema's column order (Dates at local midnight, as Sheets gives).
import { schemaOrderTable, type WorkbookData } from '../../../src/addon/metrics';
import type { ActionRecord } from '../../../src/addon/workbook/actions-sheet';
import type { AlertRule } from '../../../src/addon/alerts/types';
import type { ObjectiveRecord } from '../../../src/addon/workbook/objectives-sheet';
import { dayFromYmd } from '../../../src/kpi/days';
import { row } from '../metrics/fixture';

export const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
export const day = dayFromYmd;

/**
 * `leads` deals of a team with a Lead date in the month (days 1–28), the first `converted` with an
 * Opportunity date `lag` days later (5 by default).
 */
export function leads(
  team: string,
  y: number,
  m: number,
  count: number,
  converted: number,
  lag = 5,
) {
  const out: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const lead = d(y, m, 1 + (i % 28));
    out.push(
      row('pipeline', {
        dealId: `${team}-${y}${m}-${i}`,
        rep: `${team} rep`,
        team,
        segment: 'SMB',
        leadDate: lead,
        opportunityDate: i < converted ? d(y, m, 1 + lag + (i % 28)) : '',
      }),
    );
  }
  return out;
}

/** NPS answers of a team in the month, one per score. */
export function answers(team: string, y: number, m: number, scores: readonly number[]) {
  return scores.map((score, i) =>
    row('surveys', { date: d(y, m, 1 + (i % 28)), customerId: `C${i}`, kind: 'NPS', score, team }),
  );
}

/** `count` calls of a rep on the given days. */
export function calls(rep: string, team: string, days: readonly Date[]) {
  return days.map((date) =>
    row('activities', { date, rep, team, type: 'Call', duration: 10, outcome: 'Connected' }),
  );
}

/**
 * The data of the other teams, one row a day from 1 July to `through`, on each sheet a test
 * fills: it keeps the sheets live up to the evaluation (a sheet that stops early makes its last
 * month partial, see src/kpi/readiness) and gives the Pipeline its usual 5-day lead →
 * opportunity lag (so a 5-day conversion window). No North row: North's KPIs are unchanged.
 */
function elsewhere(sheet: 'pipeline' | 'surveys' | 'activities', through: Date): unknown[][] {
  const out: unknown[][] = [];
  const next = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  for (let date = d(2026, 7, 1); date <= through; date = next(date)) {
    const team = 'Elsewhere';
    if (sheet === 'pipeline') {
      const opportunity = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 5);
      out.push(
        row('pipeline', {
          dealId: `E-${out.length}`,
          rep: 'Other rep',
          team,
          segment: 'SMB',
          leadDate: date,
          opportunityDate: opportunity <= through ? opportunity : '',
        }),
      );
    } else if (sheet === 'surveys') {
      out.push(row('surveys', { date, customerId: 'E', kind: 'NPS', score: 10, team }));
    } else {
      out.push(row('activities', { date, rep: 'Other rep', team, type: 'Call', duration: 10 }));
    }
  }
  return out;
}

/** The evaluations' TODAY is 18 November: the sheets are filled up to the day before. */
export const THROUGH = d(2026, 11, 17);

export function workbook(
  parts: {
    pipeline?: unknown[][];
    surveys?: unknown[][];
    activities?: unknown[][];
  },
  through: Date | null = THROUGH,
): WorkbookData {
  const sheet = (key: 'pipeline' | 'surveys' | 'activities') => {
    const own = parts[key] ?? [];
    return schemaOrderTable(
      key,
      own.length && through ? [...own, ...elsewhere(key, through)] : own,
    );
  };
  return {
    pipeline: sheet('pipeline'),
    surveys: sheet('surveys'),
    activities: sheet('activities'),
  };
}

export function rule(overrides: Partial<AlertRule> = {}): AlertRule {
  return {
    id: 'ALR-0001',
    row: 2,
    objectiveId: '',
    kpi: 'lead_to_opportunity',
    scope: { type: 'team', name: 'North' },
    mode: 'relative',
    threshold: 0.1,
    direction: 'down',
    minVolume: 10,
    action: 'Review lead quality',
    owner: 'lead@example.com',
    period: 'month',
    ...overrides,
  };
}

export function entry(overrides: Partial<ActionRecord> = {}): ActionRecord {
  return {
    index: 0,
    day: day(2026, 10, 2),
    alertId: 'ALR-0001',
    kind: 'alert',
    kpi: 'lead_to_opportunity',
    kpiText: 'Lead → opportunity conversion',
    scopeText: 'Team North',
    periodStart: day(2026, 9, 1),
    previous: 0.5,
    current: 0.4,
    action: 'Review lead quality',
    owner: 'lead@example.com',
    status: 'open',
    statusText: 'Open',
    recoveredDay: null,
    ...overrides,
  };
}

export function objective(overrides: Partial<ObjectiveRecord> = {}): ObjectiveRecord {
  return {
    id: 'OBJ-0001',
    row: 2,
    kpi: 'lead_to_opportunity',
    scope: { type: 'team', name: 'North' },
    baseline: 0.5,
    target: 0.6,
    start: day(2026, 10, 1),
    deadline: day(2026, 12, 31),
    frequency: 'monthly',
    owner: 'lead@example.com',
    who: '',
    what: '',
    where: '',
    how: '',
    status: 'active',
    ...overrides,
  };
}
