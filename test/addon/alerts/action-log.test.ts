// The Actions log: rows read back (statuses and kinds in either language, rows typed by hand),
// rows written (labels, neutralised texts, dates, formats), and the effectiveness of each
// corrective action computed from it.
import { actionRow, rowWidth, valueFormats } from '../../../src/addon/alerts/action-log';
import { actionRecords } from '../../../src/addon/workbook/actions-sheet';
import { actionEffectiveness } from '../../../src/addon/alerts/effectiveness';
import type { NewAction } from '../../../src/addon/alerts/types';
import { columnIndexes } from '../../../src/addon/schema';
import { d, day } from './fixture';

const COLUMNS = columnIndexes('actions');

describe('reading the log', () => {
  it('reads the written form, French labels and rows typed by hand; skips blank rows', () => {
    const row = (cells: Record<string, unknown>) => {
      const out: unknown[] = new Array(rowWidth(COLUMNS)).fill('');
      for (const [key, value] of Object.entries(cells))
        out[COLUMNS[key as keyof typeof COLUMNS]] = value;
      return out;
    };
    const log = actionRecords({
      rows: [
        row({
          date: d(2026, 11, 16),
          alertId: 'ALR-0001',
          kpi: 'calls',
          scope: 'team Lyon',
          previous: 0.4,
          current: 0.3,
          correctiveAction: 'Coach',
          owner: 'lead@example.com',
          status: 'Open',
          kind: 'Alert',
          period: d(2026, 10, 1),
          context: 'Context: Promotion, 1–20 Oct',
        }),
        row({}),
        row({
          date: '2026-11-20',
          alertId: 'ALR-0002',
          previous: '41,5',
          status: 'Rétablie',
          kind: 'Retard sur objectif',
          recoveredDate: d(2026, 12, 2),
        }),
        row({ alertId: 'ALR-0003', status: 'Cancelled' }),
      ],
      columns: COLUMNS,
      firstRow: 2,
    });
    expect(log).toEqual([
      {
        index: 0,
        day: day(2026, 11, 16),
        alertId: 'ALR-0001',
        kind: 'alert',
        kpi: 'calls',
        kpiText: 'calls',
        scopeText: 'team Lyon',
        periodStart: day(2026, 10, 1),
        previous: 0.4,
        current: 0.3,
        action: 'Coach',
        owner: 'lead@example.com',
        status: 'open',
        statusText: 'Open',
        recoveredDay: null,
        context: 'Context: Promotion, 1–20 Oct',
      },
      {
        index: 2,
        day: day(2026, 11, 20),
        alertId: 'ALR-0002',
        kind: 'pace',
        kpiText: '',
        scopeText: '',
        periodStart: null,
        previous: 41.5,
        current: null,
        action: '',
        owner: '',
        status: 'recovered',
        statusText: 'Rétablie',
        recoveredDay: day(2026, 12, 2),
        context: '',
      },
      expect.objectContaining({ index: 3, kind: 'alert', status: 'other', day: null }),
    ]);
  });
});

describe('writing a row', () => {
  const action: NewAction = {
    day: day(2026, 11, 16),
    alertId: 'ALR-0001',
    kind: 'alert',
    kpi: 'lead_to_opportunity',
    scope: { type: 'team', name: '=Lyon' },
    periodStart: day(2026, 10, 1),
    previous: 0.4,
    current: 0.3,
    change: -0.25,
    changeIsRelative: true,
    action: '=HYPERLINK("x")',
    owner: '+33 lead',
    context: [
      {
        start: day(2026, 10, 1),
        end: day(2026, 10, 20),
        scope: { type: 'company' },
        kind: 'campaign',
        note: '=promo',
        author: '',
      },
    ],
  };

  it('puts each value in its column, labels in the language, user texts neutralised', () => {
    const row = actionRow(action, COLUMNS, 'fr');
    expect(row).toEqual([
      d(2026, 11, 16),
      'ALR-0001',
      'Conversion lead → opportunité',
      'équipe =Lyon',
      0.4,
      0.3,
      -0.25,
      '\'=HYPERLINK("x")',
      "'+33 lead",
      'Ouverte',
      '',
      'Alerte',
      d(2026, 10, 1),
      'Contexte : =promo, 1–20 oct.',
      // Comment: the owner's, typed later.
      '',
    ]);
  });

  it('leaves the columns a sheet lacks, and follows moved ones', () => {
    const row = actionRow(action, { status: 0, alertId: 3 }, 'en');
    expect(row).toEqual(['Open', '', '', 'ALR-0001']);
  });

  it('formats Previous and Current in the KPI’s unit, Change as a signed percentage or in units', () => {
    expect(valueFormats(action)).toEqual(['0.0%', '0.0%', '+0.0%;-0.0%;0.0%']);
    expect(valueFormats({ ...action, kpi: 'nps', changeIsRelative: false })).toEqual([
      '#,##0.0',
      '#,##0.0',
      '+#,##0.0;-#,##0.0;#,##0.0',
    ]);
  });
});

describe('effectiveness of each corrective action', () => {
  const row = (action: string, from: number | null, status: string, to: number | null = null) =>
    ({ action, day: from, status, recoveredDay: to }) as Parameters<
      typeof actionEffectiveness
    >[0][number];

  it('counts raised and recovered rows, and the median days to recover', () => {
    const result = actionEffectiveness([
      row('Coach the reps', 100, 'recovered', 110),
      row('coach  the reps ', 120, 'recovered', 150),
      row('Coach the reps', 130, 'recovered', 134),
      row('Coach the reps', 140, 'open'),
      row('Survey', 100, 'done'),
      row('Survey', 105, 'recovered', 125),
      row('Survey', 106, 'recovered'), // no date: counted, no duration
      row('Upsell', 100, 'inProgress'),
    ]);
    expect(result).toEqual([
      {
        action: 'Coach the reps',
        raised: 4,
        recovered: 3,
        recoveryRate: 0.75,
        medianDaysToRecover: 10, // 10, 30, 4
      },
      {
        action: 'Survey',
        raised: 3,
        recovered: 2,
        recoveryRate: 2 / 3,
        medianDaysToRecover: 20,
      },
      { action: 'Upsell', raised: 1, recovered: 0, recoveryRate: 0, medianDaysToRecover: null },
    ]);
  });

  it('an even number of durations: the mean of the middle two', () => {
    const result = actionEffectiveness([row('A', 0, 'recovered', 3), row('A', 0, 'recovered', 8)]);
    expect(result[0].medianDaysToRecover).toBe(5.5);
  });

  it('no rows: no actions', () => {
    expect(actionEffectiveness([])).toEqual([]);
  });
});
