// Every KPI of the catalogue on the hand-built fixture, for each scope type it supports, with
// values computed by hand from the rows listed in fixture.ts.
import {
  computeMetric,
  type KpiKey,
  MetricError,
  metricSeries,
  type Scope,
  type WorkbookData,
} from '../../../src/addon/metrics';
import { day, FEB, fixture, JAN, MAR } from './fixture';

const company: Scope = { type: 'company' };
const team = (name: string): Scope => ({ type: 'team', name });
const rep = (name: string): Scope => ({ type: 'rep', name });
const segment = (name: string): Scope => ({ type: 'segment', name });

let data: WorkbookData;
beforeEach(() => {
  data = fixture();
});

const value = (kpi: KpiKey, scope: Scope, [from, to]: readonly [number, number]) =>
  computeMetric(data, kpi, scope, from, to).value;
const volume = (kpi: KpiKey, scope: Scope, [from, to]: readonly [number, number]) =>
  computeMetric(data, kpi, scope, from, to).volume;

describe('activity KPIs (Activities by Date)', () => {
  it('counts calls in January: Ann’s two, Cid’s French "Appel"; the undated call is left out', () => {
    expect(value('calls', company, JAN)).toBe(3);
    expect(value('calls', team('North'), JAN)).toBe(2);
    // " cid " / "SOUTH" match Cid and South (trimmed, any case).
    expect(value('calls', team('south'), JAN)).toBe(1);
    expect(value('calls', rep('Ann'), JAN)).toBe(2);
    expect(value('calls', rep('Bob'), JAN)).toBe(0);
    expect(volume('calls', rep('Ann'), JAN)).toBe(2);
  });

  it('counts emails, with a lower-case type and an ISO text date', () => {
    expect(value('emails', company, JAN)).toBe(2);
    expect(value('emails', rep('Bob'), JAN)).toBe(2);
    expect(value('emails', team('South'), JAN)).toBe(0);
  });

  it('counts only the meetings that took place (not no-shows, not rescheduled)', () => {
    expect(value('meetings', company, JAN)).toBe(1);
    expect(value('meetings', rep('Bob'), JAN)).toBe(1);
    expect(value('meetings', team('South'), JAN)).toBe(0);
  });

  it('scores significant interactions with KPI_INTERACTION_SCORE’s default rules', () => {
    // Jan: the 20-min call (1), the positive email (1), the 15-min "Appel" (1); the 10-min call,
    // the unanswered email and the meetings score 0. Volume: the 8 dated January activities.
    expect(computeMetric(data, 'significant_interactions', company, ...JAN)).toEqual({
      value: 3,
      volume: 8,
    });
    expect(value('significant_interactions', rep('Ann'), JAN)).toBe(1);
    expect(value('significant_interactions', team('South'), JAN)).toBe(1);
    // The webinar attended on Sunday 1 February.
    expect(computeMetric(data, 'significant_interactions', company, ...FEB)).toEqual({
      value: 1,
      volume: 1,
    });
  });

  it('places activities in ISO weeks (Monday first): Sunday 4 Jan belongs to the week of 29 Dec', () => {
    const weeks = metricSeries(data, 'calls', company, 'week', day(2025, 12, 29), day(2026, 2, 2));
    expect(weeks.map((w) => [w.start, w.value])).toEqual([
      [day(2025, 12, 29), 1], // Sun 4 Jan
      [day(2026, 1, 5), 1], // Mon 5 Jan
      [day(2026, 1, 12), 0],
      [day(2026, 1, 19), 0],
      [day(2026, 1, 26), 1], // Sat 31 Jan
    ]);
    // The webinar of Sunday 1 February falls in the week of 26 January, yet in February's month.
    expect(weeks[4].end).toBe(day(2026, 2, 2));
    const interactions = metricSeries(
      data,
      'significant_interactions',
      company,
      'week',
      day(2026, 1, 26),
      day(2026, 2, 2),
    );
    expect(interactions.map((w) => w.value)).toEqual([2]);
  });

  it('is not defined for a segment: Activities have none', () => {
    expect(() => computeMetric(data, 'calls', segment('SMB'), ...JAN)).toThrow(
      expect.objectContaining({ code: 'unsupported scope' }),
    );
    expect(() => computeMetric(data, 'calls', segment('SMB'), ...JAN)).toThrow(
      'Calls cannot be computed for a segment: its data has no segment (it supports company, team, rep)',
    );
  });
});

describe('conversion KPIs (Pipeline)', () => {
  it('lead → opportunity: January’s leads (one on 31 January) and the share that became opportunities', () => {
    // Leads dated in January: D1 (31 Jan), D3, D4, D5, D7; opportunities: D1, D4, D5, D7.
    expect(computeMetric(data, 'lead_to_opportunity', company, ...JAN)).toEqual({
      value: 4 / 5,
      volume: 5,
      detail: { leads: 5, opportunities: 4 },
    });
    expect(value('lead_to_opportunity', team('North'), JAN)).toBeCloseTo(2 / 3, 12); // D1, D3, D7
    expect(value('lead_to_opportunity', team('South'), JAN)).toBe(1); // D4, D5
    expect(value('lead_to_opportunity', rep('Bob'), JAN)).toBe(1 / 2); // D3, D7
    expect(value('lead_to_opportunity', segment('SMB'), JAN)).toBe(1); // D1, D5
    expect(value('lead_to_opportunity', segment('Enterprise'), JAN)).toBeCloseTo(2 / 3, 12);
    // February: D2 (1 Feb) converted, D6 ("PME", the French SMB) did not.
    expect(value('lead_to_opportunity', company, FEB)).toBe(1 / 2);
    expect(value('lead_to_opportunity', segment('PME'), FEB)).toBe(1 / 2);
  });

  it('a lead on the last day of a month counts in that month, not the next', () => {
    const jan31 = day(2026, 1, 31);
    expect(computeMetric(data, 'lead_to_opportunity', rep('Ann'), jan31, jan31 + 1)).toMatchObject({
      value: 1,
      volume: 1,
    });
    expect(volume('lead_to_opportunity', rep('Ann'), JAN)).toBe(1); // D1
    expect(volume('lead_to_opportunity', rep('Ann'), FEB)).toBe(1); // D2 (1 Feb)
  });

  it('is null when no lead falls in the period, with volume 0', () => {
    expect(computeMetric(data, 'lead_to_opportunity', company, ...MAR)).toEqual({
      value: null,
      volume: 0,
      detail: { leads: 0, opportunities: 0 },
    });
    expect(computeMetric(data, 'lead_to_opportunity', team('Nobody'), ...JAN).value).toBeNull();
  });

  it('opportunity → proposal by Opportunity date', () => {
    // January opportunities: D7 (12), D4 (20), D5 (22, a serial day number): all proposed.
    expect(value('opportunity_to_proposal', company, JAN)).toBe(1);
    // February: D1 proposed, D2 not.
    expect(computeMetric(data, 'opportunity_to_proposal', company, ...FEB)).toEqual({
      value: 1 / 2,
      volume: 2,
      detail: { opportunities: 2, proposals: 1 },
    });
    expect(value('opportunity_to_proposal', rep('Ann'), FEB)).toBe(1 / 2);
  });

  it('win rate over the deals closed in the period', () => {
    // February: won D4, D7; lost D2, D5, D6.
    expect(computeMetric(data, 'win_rate', company, ...FEB)).toEqual({
      value: 2 / 5,
      volume: 5,
      detail: { won: 2, lost: 3 },
    });
    expect(value('win_rate', team('North'), FEB)).toBeCloseTo(1 / 3, 12); // D7 vs D2, D6
    expect(value('win_rate', team('South'), FEB)).toBe(1 / 2); // D4 vs D5
    expect(value('win_rate', segment('SMB'), FEB)).toBe(0); // D2, D5, D6 lost
    expect(value('win_rate', company, MAR)).toBe(1); // D1
    expect(value('win_rate', company, JAN)).toBeNull();
  });

  it('cycle days: median of Won − Lead over the deals won in the period', () => {
    // D4: 15 Jan → 14 Feb = 30 days; D7: 5 Jan → 9 Feb = 35 days.
    expect(computeMetric(data, 'cycle_days', company, ...FEB)).toEqual({
      value: 32.5,
      volume: 2,
      detail: { wonDeals: 2 },
    });
    // D1: 31 Jan → 2 Mar (28 + 2 days).
    expect(value('cycle_days', segment('SMB'), MAR)).toBe(30);
    expect(value('cycle_days', rep('Cid'), FEB)).toBe(30);
    expect(value('cycle_days', company, JAN)).toBeNull();
  });
});

describe('results KPIs (Orders, Customers)', () => {
  // January orders: O1 1000 (cost 600), O2 "1 500,50" (900), O4 500 (400), O5 200 (100).
  const janRevenue = 1000 + 1500.5 + 500 + 200;

  it('revenue sums the orders dated in the period, French number text included', () => {
    expect(computeMetric(data, 'revenue', company, ...JAN)).toEqual({
      value: janRevenue,
      volume: 4,
    });
    expect(value('revenue', team('North'), JAN)).toBe(2700.5);
    expect(value('revenue', rep('Cid'), JAN)).toBe(500);
    // Segments through the customer: C1 and C3 are SMB; O5's customer is unknown.
    expect(value('revenue', segment('SMB'), JAN)).toBe(3000.5);
    expect(value('revenue', segment('Enterprise'), JAN)).toBe(0);
    expect(value('revenue', segment('Enterprise'), FEB)).toBe(3000);
  });

  it('average order value and gross margin (a blank cost counts as 0)', () => {
    expect(value('aov', company, JAN)).toBe(janRevenue / 4);
    expect(value('aov', team('South'), FEB)).toBe(3000);
    expect(computeMetric(data, 'gross_margin', company, ...JAN)).toEqual({
      value: (janRevenue - 2000) / janRevenue,
      volume: 4,
      detail: { revenue: janRevenue, cost: 2000 },
    });
    expect(value('gross_margin', company, FEB)).toBe(1);
    expect(value('gross_margin', rep('Cid'), JAN)).toBeCloseTo(0.2, 12);
    expect(value('aov', company, MAR)).toBeNull();
    expect(value('gross_margin', company, MAR)).toBeNull();
  });

  it('new customers by Acquired date', () => {
    expect(value('new_customers', company, JAN)).toBe(2); // C5, C6
    expect(value('new_customers', company, FEB)).toBe(1); // C2
    expect(value('new_customers', team('North'), JAN)).toBe(2);
    expect(value('new_customers', segment('Mid-market'), JAN)).toBe(1);
    expect(value('new_customers', rep('Cid'), JAN)).toBe(0);
  });
});

describe('satisfaction KPIs (Customers, Surveys)', () => {
  it('retention: customers at the start still customers at the end', () => {
    // At 1 Jan: C1, C3, C4. C3 churned on 20 Jan; C4 churns on 1 Feb, after January.
    expect(computeMetric(data, 'retention', company, ...JAN)).toEqual({
      value: 2 / 3,
      volume: 3,
      detail: { start: 3, end: 4, new: 2 },
    });
    expect(value('retention', team('North'), JAN)).toBe(1); // C1, C4
    expect(value('retention', team('South'), JAN)).toBe(0); // C3
    expect(value('retention', segment('SMB'), JAN)).toBe(1 / 2); // C1 kept, C3 lost
    // At 1 Feb: C1, C4, C5, C6; C4 churns on 1 Feb.
    expect(value('retention', company, FEB)).toBe(3 / 4);
    expect(value('retention', rep('Ann'), FEB)).toBe(1);
    // Nobody was a customer before 2025-01-10.
    expect(value('retention', company, [day(2024, 1, 1), day(2024, 2, 1)])).toBeNull();
  });

  it('referral rate: referral sources in English, French and the word-of-mouth alias', () => {
    // December: C3 "Recommandation".
    expect(value('referral_rate', company, [day(2025, 12, 1), day(2026, 1, 1)])).toBe(1);
    // January: C5 (blank source, left out), C6 Partner.
    expect(computeMetric(data, 'referral_rate', company, ...JAN)).toEqual({
      value: 0,
      volume: 1,
      detail: { referrals: 0 },
    });
    // First quarter: C6 Partner, C2 Event, C7 "Bouche-à-oreille".
    const q1 = [day(2026, 1, 1), day(2026, 4, 1)] as const;
    expect(value('referral_rate', company, q1)).toBeCloseTo(1 / 3, 12);
    expect(value('referral_rate', segment('SMB'), q1)).toBe(1); // C7 (C5 has no source)
  });

  it('NPS from the NPS answers only; invalid scores are left out', () => {
    // January NPS answers: 10, 9 (promoters), 6 (detractor), 8, "7" (passives); 11 is invalid.
    expect(computeMetric(data, 'nps', company, ...JAN)).toEqual({
      value: 20,
      volume: 5,
      detail: { promoters: 2, passives: 2, detractors: 1 },
    });
    expect(value('nps', team('North'), JAN)).toBe(50); // 10, 9, 8, 7
    expect(value('nps', team('South'), JAN)).toBe(-100); // 6
    expect(value('nps', segment('SMB'), JAN)).toBe(25); // C1 10, 9; C3 6; C5 7
    expect(value('nps', segment('Enterprise'), JAN)).toBe(0); // C4 8
    expect(value('nps', company, FEB)).toBe(0); // 7
    expect(value('nps', company, MAR)).toBeNull();
  });

  it('CSAT: the share of 4s and 5s among the CSAT answers (a 0 is invalid)', () => {
    expect(computeMetric(data, 'csat', company, ...JAN)).toEqual({
      value: 2 / 3,
      volume: 3,
      detail: { top2: 2, mean: 4 },
    });
    expect(value('csat', rep('Cid'), JAN)).toBe(0);
    expect(value('csat', company, FEB)).toBeNull();
  });
});

describe('the other scope types of each KPI', () => {
  const Q1 = [day(2026, 1, 1), day(2026, 4, 1)] as const;
  const DEC = [day(2025, 12, 1), day(2026, 1, 1)] as const;
  it.each<[KpiKey, Scope, readonly [number, number], number]>([
    ['opportunity_to_proposal', team('North'), FEB, 1 / 2], // D1 proposed, D2 not
    ['opportunity_to_proposal', segment('SMB'), FEB, 1 / 2], // the same two
    ['opportunity_to_proposal', team('South'), JAN, 1], // D4, D5
    ['opportunity_to_proposal', segment('Enterprise'), JAN, 1], // D4, D7
    ['win_rate', rep('Bob'), FEB, 1 / 2], // won D7, lost D6
    ['win_rate', rep('Ann'), FEB, 0], // lost D2
    ['cycle_days', team('North'), FEB, 35], // D7
    ['cycle_days', team('South'), FEB, 30], // D4
    ['aov', rep('Ann'), JAN, (1000 + 1500.5) / 2], // O1, O2
    ['aov', segment('SMB'), JAN, (1000 + 1500.5 + 500) / 3], // O1, O2, O4
    ['gross_margin', team('North'), JAN, (2700.5 - 1600) / 2700.5], // O1, O2, O5
    ['gross_margin', segment('SMB'), JAN, (3000.5 - 1900) / 3000.5], // O1, O2, O4
    ['referral_rate', team('North'), Q1, 1 / 2], // C6 Partner, C7 word of mouth (C5 blank)
    ['referral_rate', rep('Cid'), Q1, 0], // C2 Event
    ['referral_rate', rep('Cid'), DEC, 1], // C3 "Recommandation"
    ['nps', rep('Ann'), JAN, 100], // 10, 9
    ['nps', rep('Bob'), JAN, 0], // 8, 7
    ['csat', team('North'), JAN, 1], // 5, 4
    ['csat', segment('SMB'), JAN, 1 / 2], // C1 5, C3 3
    ['csat', segment('Enterprise'), JAN, 1], // C4 4
  ])('%s for %o', (kpi, scope, span, expected) => {
    expect(value(kpi, scope, span)).toBeCloseTo(expected, 12);
  });
});

describe('totals outside the data', () => {
  it('counts are 0 inside the data’s time span and null outside it', () => {
    // Activities run from 4 Jan to 1 Feb 2026: February holds only the webinar (0 calls).
    expect(computeMetric(data, 'calls', company, ...FEB)).toEqual({ value: 0, volume: 0 });
    expect(computeMetric(data, 'calls', company, ...MAR)).toEqual({ value: null, volume: 0 });
    expect(value('calls', company, [day(2025, 12, 1), day(2026, 1, 1)])).toBeNull();
    expect(value('revenue', company, MAR)).toBeNull(); // orders end on 1 Feb
  });

  it('a name the data does not hold counts 0 where there is data', () => {
    expect(value('calls', rep('Zoe'), JAN)).toBe(0);
    expect(value('nps', rep('Zoe'), JAN)).toBeNull();
  });

  it('a missing table counts as empty', () => {
    const empty: WorkbookData = {};
    expect(computeMetric(empty, 'calls', company, ...JAN)).toEqual({ value: null, volume: 0 });
    expect(computeMetric(empty, 'lead_to_opportunity', company, ...JAN).value).toBeNull();
  });
});

describe('requests the engine refuses', () => {
  it('an unknown KPI', () => {
    expect(() => computeMetric(data, 'bogus' as KpiKey, company, ...JAN)).toThrow(MetricError);
    expect(() => computeMetric(data, 'bogus' as KpiKey, company, ...JAN)).toThrow(
      /Unknown KPI "bogus"; known KPIs: calls, emails/,
    );
  });

  it('an empty or reversed period', () => {
    expect(() => computeMetric(data, 'calls', company, JAN[1], JAN[0])).toThrow(
      expect.objectContaining({ code: 'bad period' }),
    );
    expect(() => computeMetric(data, 'calls', company, JAN[0], JAN[0])).toThrow(MetricError);
    expect(() => computeMetric(data, 'calls', company, 0.5, 3)).toThrow(MetricError);
  });

  it('a column the sheet lacks, named in the message', () => {
    const columns = { ...fixture().pipeline!.columns, opportunityDate: undefined };
    const noOpportunity: WorkbookData = { pipeline: { ...fixture().pipeline!, columns } };
    expect(() => computeMetric(noOpportunity, 'lead_to_opportunity', company, ...JAN)).toThrow(
      'The Pipeline sheet has no Opportunity date column',
    );
    // KPIs that do not need it still work.
    expect(computeMetric(noOpportunity, 'win_rate', company, ...FEB).value).toBe(2 / 5);
  });

  it('a segment of orders without Customer IDs to join through', () => {
    const base = fixture();
    const columns = { ...base.customers!.columns, customerId: undefined };
    const noCustomers: WorkbookData = { ...base, customers: { ...base.customers!, columns } };
    expect(() => computeMetric(noCustomers, 'revenue', segment('SMB'), ...JAN)).toThrow(
      'The Customers sheet has no Customer ID column',
    );
    expect(computeMetric(noCustomers, 'revenue', team('South'), ...JAN).value).toBe(500);
  });
});

describe('metricSeries', () => {
  it('gives whole calendar months, the running one marked incomplete', () => {
    const series = metricSeries(
      data,
      'lead_to_opportunity',
      company,
      'month',
      day(2026, 1, 15),
      day(2026, 2, 10),
    );
    expect(series).toEqual([
      {
        start: JAN[0],
        end: JAN[1],
        complete: true,
        // Ended, but its leads have not had the conversion window (30 days by default).
        status: 'maturing',
        value: 4 / 5,
        volume: 5,
        detail: { leads: 5, opportunities: 4 },
      },
      {
        start: FEB[0],
        end: FEB[1],
        complete: false,
        status: 'running',
        value: 1 / 2,
        volume: 2,
        detail: { leads: 2, opportunities: 1 },
      },
    ]);
  });

  it('gives quarters', () => {
    const series = metricSeries(
      data,
      'revenue',
      company,
      'quarter',
      day(2025, 10, 1),
      day(2026, 4, 1),
    );
    expect(series.map((p) => [p.start, p.value])).toEqual([
      [day(2025, 10, 1), null], // before the first order
      [day(2026, 1, 1), 1000 + 1500.5 + 500 + 200 + 3000],
    ]);
  });

  it('is empty when the span is empty', () => {
    expect(metricSeries(data, 'calls', company, 'week', JAN[1], JAN[0])).toEqual([]);
  });
});
