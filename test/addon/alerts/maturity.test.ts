// The acceptance property of right-censoring: for random lead flows whose true conversion rate
// never changes (lags random within a window), the alert check raises nothing, whatever the day
// it runs on and whether the sheet is kept up or stopped some days before. On the old rule (the
// last ended period, whatever the age of its leads) the young leads of the last month looked
// unconverted and the check cried wolf. Also: the examples of what a maturing and a partial
// period do to one rule.
import fc from 'fast-check';
import { evaluateAlerts } from '../../../src/addon/alerts/evaluate';
import { reportText } from '../../../src/addon/alerts/report';
import type { AlertRule } from '../../../src/addon/alerts/types';
import { schemaOrderTable, type WorkbookData } from '../../../src/addon/metrics';
import { dayFromYmd, ymdOfDay } from '../../../src/kpi/days';
import { row } from '../metrics/fixture';
import { rule } from './fixture';

const FIRST = dayFromYmd(2026, 1, 1);
const FLOW_DAYS = 200;
const BATCH = 5;

const dateOf = (n: number) => {
  const { year, month, day } = ymdOfDay(n);
  return new Date(year, month - 1, day);
};

interface Flow {
  /** Batches of BATCH leads per day, `converting` of each batch convert (a constant rate). */
  readonly batches: number[];
  readonly converting: number;
  /** Each converting lead's lag in days (0 to the flow's longest lag). */
  readonly lags: number[];
}

/** What the Pipeline holds on `today`: leads logged before it, opportunities dated before it. */
function pipelineOn(flow: Flow, today: number, stop: number): WorkbookData {
  const rows: unknown[][] = [];
  const known = Math.min(today, stop + 1);
  let k = 0;
  flow.batches.forEach((batches, i) => {
    const lead = FIRST + i;
    for (let b = 0; b < batches; b++)
      for (let j = 0; j < BATCH; j++) {
        const converts = j < flow.converting;
        const opportunity = converts ? lead + flow.lags[k++ % flow.lags.length] : null;
        if (lead >= known) continue;
        rows.push(
          row('pipeline', {
            dealId: `D${rows.length}`,
            team: 'North',
            rep: 'Ann',
            leadDate: dateOf(lead),
            opportunityDate: opportunity !== null && opportunity < known ? dateOf(opportunity) : '',
          }),
        );
      }
  });
  return { pipeline: schemaOrderTable('pipeline', rows) };
}

const RULES: AlertRule[] = [
  rule({ id: 'ALR-M' }),
  rule({ id: 'ALR-W', period: 'week' }),
  rule({ id: 'ALR-P', mode: 'points', threshold: 0.03 }),
];

const flows = fc.integer({ min: 1, max: 21 }).chain((longest) =>
  fc.record({
    batches: fc.array(fc.integer({ min: 1, max: 4 }), {
      minLength: FLOW_DAYS,
      maxLength: FLOW_DAYS,
    }),
    converting: fc.integer({ min: 1, max: BATCH - 1 }),
    lags: fc.array(fc.integer({ min: 0, max: longest }), { minLength: 50, maxLength: 300 }),
  }),
);

describe('no false alarm from young leads (right-censoring)', () => {
  it('a constant conversion rate raises no alert, whatever the day the check runs', () => {
    fc.assert(
      fc.property(
        flows,
        // From two months into the flow to two months after it stopped.
        fc.integer({ min: 60, max: FLOW_DAYS + 60 }),
        // The sheet kept up to the day before, or its last rows some days before that.
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        (flow, offset, stoppedDaysBefore) => {
          const today = FIRST + offset;
          const stop = today - 1 - (stoppedDaysBefore ?? 0);
          const result = evaluateAlerts({
            data: pipelineOn(flow, today, stop),
            rules: RULES,
            objectives: new Map(),
            log: [],
            today,
          });
          expect(result.problems).toEqual([]);
          expect(result.raised).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('one rule through a maturing and a partial month', () => {
  // 5 leads a day from 1 January, 2 of them converting exactly 10 days later.
  const flow: Flow = {
    batches: new Array<number>(FLOW_DAYS).fill(1),
    converting: 2,
    lags: [10],
  };
  const run = (today: number, stop = today - 1) =>
    evaluateAlerts({
      data: pipelineOn(flow, today, stop),
      rules: [rule({ id: 'ALR-M' })],
      objectives: new Map(),
      log: [],
      today,
    }).outcomes[0];

  it('on 5 June May is maturing (its leads need 10 days): April is judged against March', () => {
    const outcome = run(dayFromYmd(2026, 6, 5));
    expect(outcome).toMatchObject({
      status: 'within',
      periodStart: dayFromYmd(2026, 4, 1),
      waiting: 'maturing',
    });
    expect(outcome.current?.value).toBe(2 / 5);
  });

  it('Apply alerts says which month waits, until when, and which was checked (EN/FR)', () => {
    const today = dayFromYmd(2026, 6, 5);
    const rules = [rule({ id: 'ALR-M' })];
    const evaluation = evaluateAlerts({
      data: pipelineOn(flow, today, today - 1),
      rules,
      objectives: new Map(),
      log: [],
      today,
    });
    const report = {
      outcome: 'applied',
      today,
      rules,
      evaluation,
      logLanguage: 'en',
      ruleProblems: [],
      sourceProblems: [],
      idsAssigned: 0,
      coloured: [],
      colourProblems: [],
    } as const;
    expect(reportText(report, 'en')).toContain(
      'Lead → opportunity conversion, team North: May 2026 is still maturing (leads need 10 days to convert), checked from 11 June 2026; April 2026 was checked.',
    );
    expect(reportText(report, 'fr')).toContain('mai 2026 est en maturation');
  });

  it('on 11 June May is judged (31 May + 10 days ≤ 10 June, the day before)', () => {
    expect(run(dayFromYmd(2026, 6, 11))).toMatchObject({ periodStart: dayFromYmd(2026, 5, 1) });
    expect(run(dayFromYmd(2026, 6, 11)).waiting).toBeUndefined();
  });

  it('data stopped on 13 May: May is partial on 20 June, April is the last judged', () => {
    const outcome = run(dayFromYmd(2026, 6, 20), dayFromYmd(2026, 5, 13));
    expect(outcome).toMatchObject({ periodStart: dayFromYmd(2026, 4, 1), waiting: 'partial' });
  });
});
