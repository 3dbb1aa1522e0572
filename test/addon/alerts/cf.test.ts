// The conditional-format rules the alerts generate, as data: the marker that tells the add-on's
// rules from the users', the scope and date conditions, the rows each kind of alert colours, the
// activity objectives' colours at the KPI_PROGRESS bounds, idle deals, pace and status.
import { activityObjectiveRules } from '../../../src/addon/alerts/cf-activity';
import {
  cellRef,
  columnRef,
  dateLiteral,
  familyOf,
  markedFormula,
  type SheetShape,
} from '../../../src/addon/workbook/cf-model';
import { MAX_ALERTS_PER_SHEET, openAlertRules } from '../../../src/addon/alerts/cf-open-alerts';
import { planColours } from '../../../src/addon/alerts/cf-plan';
import { scopeCondition } from '../../../src/addon/alerts/cf-scope';
import { actionStatusRules, idleDealRules, paceRules } from '../../../src/addon/alerts/cf-status';
import { type Measure, measureWith } from '../../../src/addon/alerts/measure';
import { judgedEnd } from '../../../src/addon/metrics';
import { columnIndexes, type SheetKey } from '../../../src/addon/schema';
import { calls as callsOf, d, day, objective, workbook } from './fixture';

/** A sheet laid out as setup makes it, with 1,000 rows. */
function shape(sheet: SheetKey, rows = 1000): SheetShape {
  const columns = new Map(Object.entries(columnIndexes(sheet)).map(([k, i]) => [k, i + 1]));
  return { columns, width: columns.size, rows };
}

describe('the marker', () => {
  it('wraps a condition and names its family', () => {
    const formula = markedFormula('alerts', '$A2>1');
    expect(formula).toBe('=AND(N("salesKpi:alerts")=0,$A2>1)');
    expect(familyOf(formula)).toBe('alerts');
    expect(familyOf('=AND(N( "salesKpi:dashboard" )=0,TRUE)')).toBe('dashboard');
    expect(familyOf('=N("salesKpi")+$A2')).toBe('');
  });
  it('is absent from users’ formulas, even ones that mention the add-on', () => {
    expect(familyOf('=$D2="salesKpi"')).toBeUndefined();
    expect(familyOf('=N("other")=0')).toBeUndefined();
    expect(familyOf(42)).toBeUndefined();
  });
  it('refuses a family that could break the formula', () => {
    expect(() => markedFormula('a"b', 'TRUE')).toThrow('Bad conditional-format family "a"b"');
  });
});

describe('formula pieces', () => {
  it('references and dates', () => {
    expect(cellRef(3)).toBe('$C2');
    expect(cellRef(28, 5)).toBe('$AB5');
    expect(columnRef(10)).toBe('$J:$J');
    expect(dateLiteral(day(2026, 10, 1))).toBe('DATE(2026,10,1)');
  });
  it('scopes: the company is every row; a segment is matched in both languages', () => {
    const pipeline = shape('pipeline');
    expect(scopeCondition({ type: 'company' }, pipeline)).toBe('TRUE');
    expect(scopeCondition({ type: 'team', name: ' Lyon "Sud" ' }, pipeline)).toBe(
      'TRIM($E2)="Lyon ""Sud"""',
    );
    expect(scopeCondition({ type: 'segment', name: 'PME' }, pipeline)).toBe(
      'OR(TRIM($C2)="SMB",TRIM($C2)="PME")',
    );
    // Activities have no Segment column.
    expect(scopeCondition({ type: 'segment', name: 'SMB' }, shape('activities'))).toBeNull();
  });
});

describe('open alerts', () => {
  const october = { periodStart: day(2026, 10, 1), period: 'month' as const };
  const lyon = { type: 'team' as const, name: 'Lyon' };

  it('conversion: the scope’s leads of the period without an Opportunity date, red', () => {
    const rules = openAlertRules(
      [{ kpi: 'lead_to_opportunity', scope: lyon, ...october }],
      'pipeline',
      shape('pipeline'),
    );
    expect(rules).toEqual([
      {
        // The whole row of the Pipeline, every column of its schema.
        ranges: [
          {
            row: 2,
            column: 1,
            numRows: 999,
            numColumns: Object.keys(columnIndexes('pipeline')).length,
          },
        ],
        condition:
          'AND(ISNUMBER($J2),$J2>=DATE(2026,10,1),$J2<DATE(2026,11,1),TRIM($E2)="Lyon",$K2="")',
        colour: 'red',
      },
    ]);
  });

  it('NPS: the detractors; win rate: the deals lost in the period', () => {
    const [nps] = openAlertRules(
      [{ kpi: 'nps', scope: lyon, ...october }],
      'surveys',
      shape('surveys'),
    );
    expect(nps.condition).toBe(
      'AND(ISNUMBER($A2),$A2>=DATE(2026,10,1),$A2<DATE(2026,11,1),TRIM($G2)="Lyon",TRIM($C2)="NPS",ISNUMBER($D2),$D2<=6)',
    );
    const [won] = openAlertRules(
      [{ kpi: 'win_rate', scope: lyon, ...october }],
      'pipeline',
      shape('pipeline'),
    );
    expect(won.condition).toBe(
      'AND(ISNUMBER($N2),$N2>=DATE(2026,10,1),$N2<DATE(2026,11,1),TRIM($E2)="Lyon",$M2="")',
    );
  });

  it('a KPI no single row makes fall (revenue): the scope’s rows of the period, amber', () => {
    const [rule] = openAlertRules(
      [{ kpi: 'revenue', scope: lyon, ...october }],
      'orders',
      shape('orders'),
    );
    expect(rule.colour).toBe('amber');
    expect(rule.condition).toBe(
      'AND(ISNUMBER($C2),$C2>=DATE(2026,10,1),$C2<DATE(2026,11,1),TRIM($G2)="Lyon",TRUE)',
    );
  });

  it('only the alerts of the sheet, the most recent first, at most 20', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      kpi: 'nps' as const,
      scope: lyon,
      periodStart: day(2024, 1, 1) + 31 * i,
      period: 'month' as const,
    }));
    const rules = openAlertRules(
      [{ kpi: 'lead_to_opportunity', scope: lyon, ...october }, ...many],
      'surveys',
      shape('surveys'),
    );
    expect(rules).toHaveLength(MAX_ALERTS_PER_SHEET);
    expect(rules[0].condition).toContain(dateLiteral(day(2024, 1, 1) + 31 * 24));
  });
});

describe('activity objectives', () => {
  // 2–29 November (28 days): a week's share of a 400-call total is 100.
  const calls = objective({
    kpi: 'calls',
    scope: { type: 'rep', name: 'Ann' },
    target: 400,
    start: day(2026, 11, 2),
    deadline: day(2026, 11, 29),
    frequency: 'weekly',
  });
  // Sheets kept up to the day before 18 November: the last judged week is the one of the 9th.
  const on18 = () => day(2026, 11, 18);
  const counting =
    (n: number): Measure =>
    () => ({ value: n, volume: n });
  const colourAt = (n: number) =>
    activityObjectiveRules([calls], on18, shape('activities'), counting(n))[0].colour;

  it('red below 95 % of the share, amber to 105 %, green from there (KPI_PROGRESS’s bounds)', () => {
    expect([94, 95, 104, 105, 130].map(colourAt)).toEqual([
      'red',
      'amber',
      'amber',
      'green',
      'green',
    ]);
  });

  it('the rep’s rows from the judged week on; the count of that week only', () => {
    let asked: unknown[] = [];
    const measure: Measure = (...args) => {
      asked = args;
      return { value: 100, volume: 100 };
    };
    const [rule] = activityObjectiveRules([calls], on18, shape('activities'), measure);
    expect(rule.condition).toBe('AND(ISNUMBER($A2),$A2>=DATE(2026,11,9),TRIM($B2)="Ann")');
    expect(asked).toEqual([
      'calls',
      { type: 'rep', name: 'Ann' },
      day(2026, 11, 9),
      day(2026, 11, 16),
    ]);
  });

  it('a week partly outside the window: its share and count cover the days inside', () => {
    let asked: unknown[] = [];
    const measure: Measure = (...args) => {
      asked = args;
      return { value: 40, volume: 40 };
    };
    // Window 12–29 November (18 days); the week of the 9th has 4 days in it: share 400 × 4/18.
    const late = { ...calls, start: day(2026, 11, 12) };
    const [rule] = activityObjectiveRules([late], on18, shape('activities'), measure);
    expect(asked.slice(2)).toEqual([day(2026, 11, 12), day(2026, 11, 16)]);
    // 40 calls of a share of 88.9: 45 %.
    expect(rule.colour).toBe('red');
    // 85 of 88.9 is 95.6 %: on track.
    expect(activityObjectiveRules([late], on18, shape('activities'), counting(85))[0].colour).toBe(
      'amber',
    );
  });

  it('a week whose Activities rows stop early is not painted as behind: the one before is judged', () => {
    // Ann logs 15 calls a day, 2 to 12 November, and the sheet stops on the 12th (everyone's
    // rows do). On the 18th the week of the 9th holds 4 days of rows: partial, not a fall. The
    // old colouring judged it (60 of a 100 share: red); the alert check judges the week of the
    // 2nd (105 calls: ahead), and so do the colours now.
    const through = d(2026, 11, 12);
    const days: Date[] = [];
    for (let n = 2; n <= 12; n++) for (let k = 0; k < 15; k++) days.push(d(2026, 11, n));
    const data = workbook({ activities: callsOf('Ann', 'North', days) }, through);
    const today = day(2026, 11, 18);
    const measure = measureWith(data);
    const [rule] = activityObjectiveRules(
      [calls],
      (kpi) => judgedEnd(data, kpi, today),
      shape('activities'),
      measure,
    );
    expect(rule.condition).toBe('AND(ISNUMBER($A2),$A2>=DATE(2026,11,2),TRIM($B2)="Ann")');
    expect(rule.colour).toBe('green');
    // What the old rule (the last ended week) saw: the partial week, red.
    expect(measure('calls', calls.scope!, day(2026, 11, 9), day(2026, 11, 16)).value).toBe(60);
    expect(
      activityObjectiveRules([calls], () => today, shape('activities'), measure)[0].colour,
    ).toBe('red');
  });

  it('no colour for non-activity KPIs, inactive objectives, or weeks outside the window', () => {
    const none = (o: typeof calls) =>
      activityObjectiveRules([o], on18, shape('activities'), counting(1));
    expect(none({ ...calls, kpi: 'nps' })).toEqual([]);
    expect(none({ ...calls, status: 'achieved' })).toEqual([]);
    expect(none({ ...calls, start: day(2026, 12, 1), deadline: day(2026, 12, 31) })).toEqual([]);
  });
});

describe('status colours', () => {
  it('idle open deals: red past the median cycle, amber past half of it', () => {
    const rules = idleDealRules(38, day(2026, 11, 16), shape('pipeline'));
    const open = 'ISNUMBER($K2),$M2="",$N2=""';
    expect(rules.map((r) => [r.colour, r.condition])).toEqual([
      ['red', `AND(${open},DATE(2026,11,16)-INT(MAX($K2,$L2))>38)`],
      ['amber', `AND(${open},DATE(2026,11,16)-INT(MAX($K2,$L2))>19)`],
    ]);
    expect(idleDealRules(null, day(2026, 11, 16), shape('pipeline'))).toEqual([]);
  });

  it('the pace column and the Actions status, in both languages', () => {
    const pace = paceRules(shape('objectives'));
    const column = columnIndexes('objectives').pace + 1;
    expect(pace.map((r) => r.colour)).toEqual(['red', 'amber', 'green']);
    expect(pace[0].ranges).toEqual([{ row: 2, column, numRows: 999, numColumns: 1 }]);
    expect(pace[0].condition).toContain('="behind"');
    const status = actionStatusRules(shape('actions'));
    expect(status.map((r) => r.condition)).toEqual([
      'OR(TRIM($J2)="Open",TRIM($J2)="Ouverte")',
      'OR(TRIM($J2)="In progress",TRIM($J2)="En cours")',
      'OR(TRIM($J2)="Recovered",TRIM($J2)="Rétablie")',
    ]);
  });

  it('a sheet with no data row gets no rule (its old ones still go)', () => {
    const plan = planColours({
      today: day(2026, 11, 16),
      judgedEnd: () => day(2026, 11, 16),
      shapes: { actions: shape('actions', 1), objectives: shape('objectives') },
      objectives: [],
      openAlerts: [],
      medianCycle: null,
      measure: () => ({ value: null, volume: 0 }),
    });
    expect(plan.get('actions')).toEqual([]);
    expect(plan.get('objectives')).toHaveLength(3);
    expect(plan.has('pipeline')).toBe(false);
  });
});
