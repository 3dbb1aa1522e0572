// The demo data generator: deterministic, the demo's size, every row shaped by the schema, a
// coherent story across sheets (deals → customers → orders → surveys), realistic rates computed
// here from the rows, seasonality, and the one recent dip that alerts must catch.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTIVITY_TYPES,
  type ColumnSpec,
  columnIndexes,
  SAMPLE_SHEET_KEYS,
  SCHEMA,
  SOURCES,
} from '../../src/addon/schema';
import {
  generateSampleData,
  sampleDipFor,
  type SampleCell,
  type SampleDip,
  type SampleData,
  type SampleRow,
} from '../../src/addon/sample-data';
import { SAMPLE_DIP } from '../helpers/sample-dip';

const DAY_MS = 86_400_000;
/** A Date's calendar day as a whole number, whatever the time zone and DST (UTC arithmetic). */
const dayOf = (d: SampleCell) => {
  const date = d as Date;
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
};
const ymd = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const monthOf = (d: SampleCell) =>
  d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}` : '';
const isBlank = (c: SampleCell) => c === '';
const share = (part: number, whole: number) => part / whole;
const nps = (scores: number[]) =>
  (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) /
  scores.length;

const A = columnIndexes('activities');
const P = columnIndexes('pipeline');
const C = columnIndexes('customers');
const O = columnIndexes('orders');
const S = columnIndexes('surveys');
const SP = columnIndexes('spend');
const T = columnIndexes('teams');

// Default options: seed 2026, end date 2026-11-15, scale 1, English.
const FIRST_DAY = ymd(2024, 12, 1);
const LAST_DAY = ymd(2026, 11, 15);

let data: SampleData;
beforeAll(() => {
  data = generateSampleData();
});

/** Every cell of every row matches its column's type and choices; returns nothing or throws. */
function expectSchemaShape(sample: SampleData, language: 'en' | 'fr', first: number, last: number) {
  for (const key of SAMPLE_SHEET_KEYS) {
    const columns: readonly ColumnSpec[] = SCHEMA[key].columns;
    const allowed = columns.map((c) =>
      c.choices ? new Set(c.choices.map((x) => x[language])) : null,
    );
    for (const row of sample[key]) {
      if (row.length !== columns.length) throw new Error(`${key}: row of ${row.length} cells`);
      columns.forEach((column, i) => {
        const cell = row[i];
        const where = `${key}.${column.key} = ${String(cell)}`;
        if (cell === '') return;
        switch (column.type) {
          case 'date': {
            if (!(cell instanceof Date)) throw new Error(`${where}: not a Date`);
            const midnight =
              cell.getHours() + cell.getMinutes() + cell.getSeconds() + cell.getMilliseconds();
            if (midnight !== 0) throw new Error(`${where}: not local midnight`);
            const day = dayOf(cell);
            if (day < first || day > last) throw new Error(`${where}: outside the window`);
            break;
          }
          case 'number':
          case 'currency':
          case 'percent':
          case 'duration':
            if (typeof cell !== 'number' || !Number.isFinite(cell))
              throw new Error(`${where}: not a finite number`);
            if (cell < 0) throw new Error(`${where}: negative`);
            break;
          case 'email':
            if (typeof cell !== 'string' || !/^[a-z0-9.]+@example\.com$/.test(cell))
              throw new Error(`${where}: not an example.com email`);
            break;
          default:
            if (typeof cell !== 'string' || cell.trim() !== cell)
              throw new Error(`${where}: not trimmed text`);
        }
        if (allowed[i] && !allowed[i]!.has(cell as string))
          throw new Error(`${where}: not one of the column's choices`);
      });
    }
  }
}

/** Pipeline rows' stage dates are in funnel order and coherent; throws on the first problem. */
function expectStagesInOrder(rows: SampleRow[]) {
  for (const r of rows) {
    const [lead, opp, proposal, won, lost] = [
      r[P.leadDate],
      r[P.opportunityDate],
      r[P.proposalDate],
      r[P.wonDate],
      r[P.lostDate],
    ];
    const fail = (what: string) => {
      throw new Error(`${String(r[P.dealId])}: ${what}`);
    };
    if (isBlank(lead)) fail('no lead date');
    if (!isBlank(opp) && dayOf(opp) <= dayOf(lead)) fail('opportunity not after lead');
    if (!isBlank(proposal) && (isBlank(opp) || dayOf(proposal) <= dayOf(opp)))
      fail('proposal without an earlier opportunity');
    if (!isBlank(won) && (isBlank(proposal) || dayOf(won) <= dayOf(proposal)))
      fail('won without an earlier proposal');
    if (!isBlank(won) && !isBlank(lost)) fail('both won and lost');
    if (!isBlank(lost)) {
      const lastStage = isBlank(proposal) ? opp : proposal;
      if (isBlank(lastStage) || dayOf(lost) <= dayOf(lastStage)) fail('lost before its stage');
      if (isBlank(r[P.lostReason])) fail('lost without a reason');
    } else if (!isBlank(r[P.lostReason])) fail('a lost reason on a deal not lost');
    // Amounts are estimated once the lead is an opportunity.
    if (isBlank(opp) !== isBlank(r[P.amount]) || isBlank(opp) !== isBlank(r[P.cost]))
      fail('amount and cost present exactly for opportunities');
    if (
      !isBlank(opp) &&
      !((r[P.cost] as number) > 0 && (r[P.cost] as number) < (r[P.amount] as number))
    )
      fail('cost not between 0 and the amount');
  }
}

/** Lead → opportunity conversion of the leads whose lead date passes the filter. */
function leadConversion(rows: SampleRow[], keep: (r: SampleRow) => boolean) {
  const leads = rows.filter(keep);
  return share(leads.filter((r) => !isBlank(r[P.opportunityDate])).length, leads.length);
}

describe('determinism', () => {
  it('gives the same data for the same seed', () => {
    expect(generateSampleData({ seed: 2026 })).toEqual(data);
    expect(generateSampleData({ seed: 7, scale: 0.2 })).toEqual(
      generateSampleData({ seed: 7, scale: 0.2 }),
    );
  });

  it('gives different data for a different seed', () => {
    const other = generateSampleData({ seed: 2027 });
    expect(other.pipeline).not.toEqual(data.pipeline);
    expect(other.activities.length).not.toBe(data.activities.length);
  });

  it('returns fresh Date objects, so editing one cell never changes another', () => {
    const [a, b] = [data.activities[0][A.date] as Date, data.activities[1][A.date] as Date];
    expect(a.getTime()).toBe(b.getTime());
    expect(a).not.toBe(b);
  });

  it('uses no clock, no Math.random, no Node API and no Apps Script service', () => {
    const dir = join(__dirname, '../../src/addon/sample-data');
    const files = readdirSync(dir).map((f) => join(dir, f));
    for (const file of [...files, join(__dirname, '../../src/addon/schema.ts')]) {
      // The code only: comments may name what the code must not use.
      const source = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(source).not.toMatch(/Math\.random|Date\.now|new Date\(\)/);
      expect(source).not.toMatch(/from '(node:|fs|path)|local\//);
      expect(source).not.toMatch(
        /\b(SpreadsheetApp|PropertiesService|ScriptApp|MailApp|HtmlService|LockService|CacheService|Session|Utilities|Logger)\./,
      );
    }
  });
});

describe('size at scale 1', () => {
  it('has 3 teams of 4 reps with leads on example.com', () => {
    expect(data.teams).toEqual([
      ['Paris', expect.any(String), expect.stringMatching(/@example\.com$/)],
      ['Lyon', expect.any(String), expect.stringMatching(/@example\.com$/)],
      ['Nantes', expect.any(String), expect.stringMatching(/@example\.com$/)],
    ]);
    const leads = new Set(data.teams.map((t) => t[T.leadName]));
    expect(leads.size).toBe(3);
    const repsByTeam = new Map<SampleCell, Set<SampleCell>>();
    for (const r of data.activities) {
      if (!repsByTeam.has(r[A.team])) repsByTeam.set(r[A.team], new Set());
      repsByTeam.get(r[A.team])!.add(r[A.rep]);
    }
    expect([...repsByTeam.keys()].sort()).toEqual(['Lyon', 'Nantes', 'Paris']);
    for (const reps of repsByTeam.values()) expect(reps.size).toBe(4);
    // Team leads manage; they are not among the reps.
    for (const reps of repsByTeam.values())
      for (const lead of leads) expect(reps.has(lead)).toBe(false);
  });

  it('holds about 50k activities and 5k deals over 24 months ending on 2026-11-15', () => {
    expect(data.activities.length).toBeGreaterThan(45_000);
    expect(data.activities.length).toBeLessThan(55_000);
    expect(data.pipeline.length).toBeGreaterThan(4_500);
    expect(data.pipeline.length).toBeLessThan(5_500);
    expect(data.customers.length).toBeGreaterThan(400);
    expect(data.orders.length).toBeGreaterThan(3_000);
    expect(data.surveys.length).toBeGreaterThan(2_000);
    const months = new Set(data.activities.map((r) => monthOf(r[A.date])));
    expect(months.size).toBe(24);
    expect([...months].sort()[0]).toBe('2024-12');
    expect([...months].sort()[23]).toBe('2026-11');
    const days = data.activities.map((r) => dayOf(r[A.date]));
    // 2024-12-01 is a Sunday: the first working day is Monday the 2nd.
    expect(Math.min(...days)).toBe(FIRST_DAY + 1);
    expect(Math.max(...days)).toBeLessThanOrEqual(LAST_DAY);
    // One spend row per month and channel.
    expect(data.spend.length).toBe(24 * SOURCES.length);
  });

  it('grows linearly with the scale', () => {
    const double = generateSampleData({ scale: 2 });
    expect(double.teams.length).toBe(6);
    for (const key of ['activities', 'pipeline', 'orders', 'surveys'] as const) {
      const ratio = double[key].length / data[key].length;
      expect(ratio).toBeGreaterThan(1.8);
      expect(ratio).toBeLessThan(2.2);
    }
    const small = generateSampleData({ scale: 0.1 });
    expect(small.teams.length).toBe(3);
    const ratio = small.pipeline.length / data.pipeline.length;
    expect(ratio).toBeGreaterThan(0.08);
    expect(ratio).toBeLessThan(0.12);
  });
});

describe('shape', () => {
  it('matches the schema: row widths, types, choices, dates at local midnight in the window', () => {
    expect(() => expectSchemaShape(data, 'en', FIRST_DAY - 3 * 366, LAST_DAY)).not.toThrow();
    // Only customers acquired before the window have dates before it.
    expect(() =>
      expectSchemaShape({ ...data, customers: [] }, 'en', FIRST_DAY, LAST_DAY),
    ).not.toThrow();
  });

  it('writes activity types, outcomes, segments and sources in French when asked', () => {
    const fr = generateSampleData({ language: 'fr' });
    expect(() => expectSchemaShape(fr, 'fr', FIRST_DAY - 3 * 366, LAST_DAY)).not.toThrow();
    expect(new Set(fr.activities.map((r) => r[A.type]))).toEqual(
      new Set(['Appel', 'Email', 'Rendez-vous', 'Proposition', 'Webinaire']),
    );
    // The same data, only the labels and comments translated.
    const mismatches: string[] = [];
    for (const key of SAMPLE_SHEET_KEYS) {
      const columns: readonly ColumnSpec[] = SCHEMA[key].columns;
      expect(fr[key].length).toBe(data[key].length);
      data[key].forEach((row, r) =>
        columns.forEach((column, i) => {
          const [en, french] = [row[i], fr[key][r][i]];
          const same =
            column.key === 'comment' || column.key === 'note'
              ? (en === '') === (french === '')
              : en instanceof Date
                ? french instanceof Date && french.getTime() === en.getTime()
                : french === (column.choices?.find((c) => c.en === en)?.fr ?? en);
          if (!same)
            mismatches.push(`${key} row ${r} ${column.key}: ${String(en)} / ${String(french)}`);
        }),
      );
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(fr.surveys.some((r) => /é|è|à/.test(String(r[S.comment])))).toBe(true);
  });

  it('keeps every sheet in date order, as a CRM export is', () => {
    const ordered = (rows: SampleRow[], column: number) =>
      rows.every((r, i) => i === 0 || dayOf(r[column]) >= dayOf(rows[i - 1][column]));
    expect(ordered(data.activities, A.date)).toBe(true);
    expect(ordered(data.pipeline, P.leadDate)).toBe(true);
    expect(ordered(data.customers, C.acquiredDate)).toBe(true);
    expect(ordered(data.orders, O.date)).toBe(true);
    expect(ordered(data.surveys, S.date)).toBe(true);
    expect(ordered(data.spend, SP.month)).toBe(true);
    expect(ordered(data.context, columnIndexes('context').start)).toBe(true);
  });

  it('has unique identifiers', () => {
    for (const [rows, column] of [
      [data.pipeline, P.dealId],
      [data.customers, C.customerId],
      [data.orders, O.orderId],
    ] as const) {
      const ids = rows.map((r) => r[column]);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(data.pipeline[0][P.dealId]).toBe('D-00001');
    expect(data.customers[0][C.customerId]).toBe('C-00001');
    expect(data.orders[0][O.orderId]).toBe('O-000001');
  });
});

describe('pipeline', () => {
  it('has stage dates in funnel order, won xor lost, reasons and amounts where due', () => {
    expect(() => expectStagesInOrder(data.pipeline)).not.toThrow();
  });

  it('converts about 40 % of leads, 60 % of opportunities, 35 % of proposals', () => {
    // Cohorts old enough to be decided (later stages need up to 90 days).
    const mature = (column: number, days: number) => (r: SampleRow) =>
      !isBlank(r[column]) && dayOf(r[column]) <= LAST_DAY - days;
    const leads = data.pipeline.filter((r) => dayOf(r[P.leadDate]) < ymd(2026, 9, 1));
    const leadToOpp = leadConversion(leads, () => true);
    expect(leadToOpp).toBeGreaterThan(0.36);
    expect(leadToOpp).toBeLessThan(0.44);

    const opps = data.pipeline.filter(mature(P.opportunityDate, 60));
    const oppToProposal = share(
      opps.filter((r) => !isBlank(r[P.proposalDate])).length,
      opps.length,
    );
    expect(oppToProposal).toBeGreaterThan(0.54);
    expect(oppToProposal).toBeLessThan(0.66);

    const proposals = data.pipeline.filter(mature(P.proposalDate, 90));
    const won = proposals.filter((r) => !isBlank(r[P.wonDate])).length;
    const lost = proposals.filter((r) => !isBlank(r[P.lostDate])).length;
    expect(won + lost).toBe(proposals.length); // all decided after 90 days
    expect(share(won, proposals.length)).toBeGreaterThan(0.3);
    expect(share(won, proposals.length)).toBeLessThan(0.42);

    // KPI_WIN_RATE over the closed opportunities: won / (won + lost).
    const allWon = data.pipeline.filter((r) => !isBlank(r[P.wonDate])).length;
    const allLost = data.pipeline.filter((r) => !isBlank(r[P.lostDate])).length;
    expect(share(allWon, allWon + allLost)).toBeGreaterThan(0.15);
    expect(share(allWon, allWon + allLost)).toBeLessThan(0.3);
  });

  it('closes won deals in 20 to 90 days, Enterprise slower than SMB', () => {
    const cycles = (segment: string) =>
      data.pipeline
        .filter((r) => !isBlank(r[P.wonDate]) && (segment === '' || r[P.segment] === segment))
        .map((r) => dayOf(r[P.wonDate]) - dayOf(r[P.leadDate]));
    const all = cycles('');
    expect(Math.min(...all)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...all)).toBeLessThanOrEqual(90);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(cycles('Enterprise'))).toBeGreaterThan(mean(cycles('SMB')) + 20);
  });

  it('leaves late deals open: nothing after the end date, recent leads undecided', () => {
    const november = data.pipeline.filter((r) => monthOf(r[P.leadDate]) === '2026-11');
    expect(november.length).toBeGreaterThan(50);
    expect(november.every((r) => isBlank(r[P.wonDate]))).toBe(true);
  });

  it('mixes segments, sources and content with plausible effects', () => {
    const count = (column: number, value: string) =>
      data.pipeline.filter((r) => r[column] === value).length;
    expect(count(P.segment, 'SMB')).toBeGreaterThan(count(P.segment, 'Mid-market'));
    expect(count(P.segment, 'Mid-market')).toBeGreaterThan(count(P.segment, 'Enterprise'));
    expect(count(P.source, 'Referral')).toBeGreaterThan(data.pipeline.length * 0.08);
    expect(count(P.content, '')).toBeGreaterThan(data.pipeline.length * 0.2);
    // Referrals and pricing-page visitors qualify more often than cold or whitepaper leads.
    const by = (column: number, value: string) =>
      leadConversion(
        data.pipeline,
        (r) => r[column] === value && monthOf(r[P.leadDate]) < '2026-09',
      );
    expect(by(P.source, 'Referral')).toBeGreaterThan(by(P.source, 'Outbound') + 0.15);
    expect(by(P.content, 'Pricing page')).toBeGreaterThan(by(P.content, 'Whitepaper') + 0.1);
    // Deal sizes grow with the segment; margins are realistic.
    const median = (segment: string) => {
      const xs = data.pipeline
        .filter((r) => r[P.segment] === segment && !isBlank(r[P.amount]))
        .map((r) => r[P.amount] as number)
        .sort((a, b) => a - b);
      return xs[xs.length >> 1];
    };
    expect(median('Mid-market')).toBeGreaterThan(2 * median('SMB'));
    expect(median('Enterprise')).toBeGreaterThan(2 * median('Mid-market'));
  });
});

describe('customers, orders and surveys', () => {
  it('makes one customer per won deal, plus an older base without deal', () => {
    const won = data.pipeline.filter((r) => !isBlank(r[P.wonDate]));
    const byDeal = new Map(data.customers.map((c) => [c[C.dealId], c]));
    for (const deal of won) {
      const customer = byDeal.get(deal[P.dealId]);
      expect(customer).toBeDefined();
      expect(customer![C.account]).toBe(deal[P.account]);
      expect(customer![C.segment]).toBe(deal[P.segment]);
      expect(customer![C.source]).toBe(deal[P.source]);
      expect(customer![C.team]).toBe(deal[P.team]);
      expect(dayOf(customer![C.acquiredDate])).toBe(dayOf(deal[P.wonDate]));
    }
    const older = data.customers.filter((c) => c[C.dealId] === '');
    expect(older.length + won.length).toBe(data.customers.length);
    expect(older.length).toBe(150);
    for (const c of older) expect(dayOf(c[C.acquiredDate])).toBeLessThan(FIRST_DAY);
  });

  it('lets some customers churn, after they were acquired', () => {
    const churned = data.customers.filter((c) => !isBlank(c[C.churnedDate]));
    expect(churned.length / data.customers.length).toBeGreaterThan(0.1);
    expect(churned.length / data.customers.length).toBeLessThan(0.4);
    for (const c of churned)
      expect(dayOf(c[C.churnedDate])).toBeGreaterThan(dayOf(c[C.acquiredDate]));
  });

  it('books orders of known customers while they are customers, first the won deal', () => {
    const customers = new Map(data.customers.map((c) => [c[C.customerId], c]));
    const deals = new Map(data.pipeline.map((d) => [d[P.dealId], d]));
    const seen = new Set<SampleCell>();
    const problems: string[] = [];
    data.orders.forEach((o, i) => {
      const c = customers.get(o[O.customerId]);
      if (!c) return problems.push(`row ${i}: unknown customer`);
      if (o[O.team] !== c[C.team] || o[O.rep] !== c[C.rep])
        problems.push(`row ${i}: not the owner`);
      const day = dayOf(o[O.date]);
      if (day < dayOf(c[C.acquiredDate])) problems.push(`row ${i}: before the acquisition`);
      if (!isBlank(c[C.churnedDate]) && day >= dayOf(c[C.churnedDate]))
        problems.push(`row ${i}: after the churn`);
      if (!((o[O.cost] as number) < (o[O.amount] as number))) problems.push(`row ${i}: cost`);
      if (!seen.has(c[C.customerId]) && c[C.dealId] !== '') {
        const deal = deals.get(c[C.dealId])!;
        const first = [o[O.amount], o[O.cost], day];
        if (
          JSON.stringify(first) !==
          JSON.stringify([deal[P.amount], deal[P.cost], dayOf(deal[P.wonDate])])
        )
          problems.push(`row ${i}: the first order is not the won deal`);
      }
      seen.add(c[C.customerId]);
    });
    expect(problems.slice(0, 5)).toEqual([]);
    // Customers come back: most active customers ordered again.
    const perCustomer = data.orders.length / seen.size;
    expect(perCustomer).toBeGreaterThan(4);
    const revenue = data.orders.reduce((a, o) => a + (o[O.amount] as number), 0);
    const cost = data.orders.reduce((a, o) => a + (o[O.cost] as number), 0);
    expect((revenue - cost) / revenue).toBeGreaterThan(0.3);
    expect((revenue - cost) / revenue).toBeLessThan(0.5);
  });

  it('collects NPS 0–10 and CSAT 1–5 answers at realistic levels, with comments', () => {
    const customers = new Map(data.customers.map((c) => [c[C.customerId], c]));
    const problems: string[] = [];
    data.surveys.forEach((s, i) => {
      const c = customers.get(s[S.customerId]);
      if (!c) return problems.push(`row ${i}: unknown customer`);
      if (s[S.team] !== c[C.team]) problems.push(`row ${i}: another team`);
      if (dayOf(s[S.date]) < dayOf(c[C.acquiredDate]))
        problems.push(`row ${i}: before acquisition`);
      const score = s[S.score] as number;
      const [low, high] = s[S.kind] === 'NPS' ? [0, 10] : s[S.kind] === 'CSAT' ? [1, 5] : [1, 0];
      if (!(Number.isInteger(score) && score >= low && score <= high))
        problems.push(`row ${i}: ${s[S.kind]} score ${score}`);
    });
    expect(problems.slice(0, 5)).toEqual([]);
    const scores = (kind: string) =>
      data.surveys.filter((s) => s[S.kind] === kind).map((s) => s[S.score] as number);
    expect(nps(scores('NPS'))).toBeGreaterThan(25);
    expect(nps(scores('NPS'))).toBeLessThan(50);
    const csat = scores('CSAT');
    const top2 = csat.filter((s) => s >= 4).length / csat.length;
    expect(top2).toBeGreaterThan(0.7);
    expect(top2).toBeLessThan(0.88);
    const commented = data.surveys.filter((s) => s[S.comment] !== '').length;
    expect(commented / data.surveys.length).toBeGreaterThan(0.3);
    expect(commented / data.surveys.length).toBeLessThan(0.6);
  });
});

describe('activities and spend', () => {
  it('logs the deal milestones: a call on each lead day, a proposal on each proposal day', () => {
    const key = (r: SampleRow, type: string, date: SampleCell) =>
      `${r[A.dealId] ?? ''}|${type}|${dayOf(date)}`;
    const logged = new Set(data.activities.map((r) => key(r, String(r[A.type]), r[A.date])));
    for (const d of data.pipeline) {
      const id = d[P.dealId];
      expect(logged.has(`${id}|Call|${dayOf(d[P.leadDate])}`)).toBe(true);
      if (!isBlank(d[P.proposalDate]))
        expect(logged.has(`${id}|Proposal|${dayOf(d[P.proposalDate])}`)).toBe(true);
    }
  });

  it('ties activities to open deals of the same rep, with plausible durations and outcomes', () => {
    const deals = new Map(data.pipeline.map((d) => [d[P.dealId], d]));
    let linked = 0;
    // Checked row by row without expect (50,000 rows); the first problems are reported.
    const problems: string[] = [];
    data.activities.forEach((a, i) => {
      if (!Number.isInteger(a[A.duration])) problems.push(`row ${i}: duration ${a[A.duration]}`);
      if (a[A.dealId] === '') return;
      linked++;
      const d = deals.get(a[A.dealId]);
      if (!d) return problems.push(`row ${i}: unknown deal ${a[A.dealId]}`);
      if (a[A.rep] !== d[P.rep]) problems.push(`row ${i}: another rep's deal`);
      const day = dayOf(a[A.date]);
      if (day < dayOf(d[P.leadDate])) problems.push(`row ${i}: before the lead`);
      const closed = isBlank(d[P.wonDate]) ? d[P.lostDate] : d[P.wonDate];
      if (!isBlank(closed) && day > dayOf(closed)) problems.push(`row ${i}: after the close`);
    });
    expect(problems.slice(0, 5)).toEqual([]);
    expect(linked / data.activities.length).toBeGreaterThan(0.3);
    const types = new Map<SampleCell, number>();
    for (const a of data.activities) types.set(a[A.type], (types.get(a[A.type]) ?? 0) + 1);
    expect([...types.keys()].sort()).toEqual(ACTIVITY_TYPES.map((t) => t.en).sort());
    expect(types.get('Call')!).toBeGreaterThan(types.get('Email')!);
    // Connected calls: about half last 15 minutes or more (KPI_INTERACTION_SCORE's default rule).
    const connected = data.activities.filter((a) => a[A.outcome] === 'Connected');
    const long = connected.filter((a) => (a[A.duration] as number) >= 15).length / connected.length;
    expect(long).toBeGreaterThan(0.35);
    expect(long).toBeLessThan(0.7);
    const replies = data.activities.filter((a) => a[A.type] === 'Email');
    const positive = replies.filter((a) => a[A.outcome] === 'Positive reply').length;
    expect(positive / replies.length).toBeGreaterThan(0.08);
    expect(positive / replies.length).toBeLessThan(0.25);
  });

  it('slows down in summer (August above all) and dips in December', () => {
    const perMonth = new Map<string, number>();
    for (const a of data.activities)
      perMonth.set(monthOf(a[A.date]), (perMonth.get(monthOf(a[A.date])) ?? 0) + 1);
    for (const year of ['2025', '2026']) {
      const around = (perMonth.get(`${year}-06`)! + perMonth.get(`${year}-09`)!) / 2;
      expect(perMonth.get(`${year}-08`)!).toBeLessThan(0.7 * around);
      expect(perMonth.get(`${year}-07`)!).toBeLessThan(0.9 * around);
    }
    expect(perMonth.get('2025-12')!).toBeLessThan(0.75 * perMonth.get('2025-11')!);
    const leads = (m: string) => data.pipeline.filter((r) => monthOf(r[P.leadDate]) === m).length;
    expect(leads('2025-08')).toBeLessThan(0.7 * leads('2025-09'));
  });

  it('spends every month on every channel, with trade-show peaks', () => {
    const months = [...new Set(data.spend.map((r) => monthOf(r[SP.month])))];
    expect(months.length).toBe(24);
    for (const r of data.spend) expect((r[SP.month] as Date).getDate()).toBe(1);
    for (const m of months)
      expect(
        data.spend.filter((r) => monthOf(r[SP.month]) === m).map((r) => r[SP.channel]),
      ).toEqual(SOURCES.map((s) => s.en));
    const event = (m: string) =>
      data.spend.find((r) => monthOf(r[SP.month]) === m && r[SP.channel] === 'Event')![
        SP.amount
      ] as number;
    expect(event('2025-10')).toBeGreaterThan(5 * event('2025-11'));
    // The month in progress is counted up to the end date (about half of November).
    const paid = (m: string) =>
      data.spend.find((r) => monthOf(r[SP.month]) === m && r[SP.channel] === 'Paid ads')![
        SP.amount
      ] as number;
    expect(paid('2026-11') / paid('2025-11')).toBeLessThan(0.7);
  });
});

describe('the recent dip', () => {
  it('is exported for tests: team Lyon, October 2026 against September', () => {
    expect(SAMPLE_DIP).toMatchObject({
      team: 'Lyon',
      month: '2026-10',
      previousMonth: '2026-09',
      conversionMonth: '2026-10',
      conversionPreviousMonth: '2026-09',
    });
    expect(SAMPLE_DIP.description).toContain('Lyon');
  });

  it('has context notes: a competitor promotion in Lyon over the conversion dip, a season for the company', () => {
    const X = columnIndexes('context');
    const iso = (d: SampleCell) => new Date(dayOf(d) * DAY_MS).toISOString().slice(0, 10);
    const rows = data.context.map((r) => ({
      start: iso(r[X.start]),
      end: iso(r[X.end]),
      scope: `${String(r[X.scopeType])} ${String(r[X.scope])}`.trim(),
      kind: r[X.kind],
      note: r[X.note],
    }));
    expect(rows).toContainEqual({
      start: `${SAMPLE_DIP.conversionMonth}-01`,
      end: `${SAMPLE_DIP.conversionMonth}-20`,
      scope: 'Team Lyon',
      kind: 'Competitor',
      note: 'Competitor promotion in Lyon',
    });
    expect(rows).toContainEqual(
      expect.objectContaining({ scope: 'Company', kind: 'Season', start: '2026-08-01' }),
    );
    expect(data.context.every((r) => String(r[X.author]).includes('@'))).toBe(true);
  });

  // The NPS dip in the last complete month (the last one ending on or before the end date), the
  // conversion dip in the last month whose end + 14 days is on or before the end date.
  it.each([
    ['mid-month', [2026, 11, 17], '2026-10', '2026-10'],
    ['on the last day of a month', [2026, 11, 30], '2026-11', '2026-10'],
    ['on a Sunday in the first week', [2026, 12, 6], '2026-11', '2026-10'],
    ['across the spring DST change', [2027, 3, 28], '2027-02', '2027-02'],
    ['on the first day of a month', [2026, 11, 1], '2026-10', '2026-09'],
    ['on the 14th, the first day October is mature', [2026, 11, 14], '2026-10', '2026-10'],
    ['on the 13th, the last day it is not', [2026, 11, 13], '2026-10', '2026-09'],
    ['at the end of June', [2025, 6, 30], '2025-06', '2025-05'],
  ] as const)('ends %s: NPS dip and conversion dip months', (_, [y, m, d], nps, conversion) => {
    const dip = sampleDipFor(new Date(y, m - 1, d));
    const before = (label: string) => {
      const [year, month] = label.split('-').map(Number);
      return monthOf(new Date(year, month - 2, 1));
    };
    expect(dip).toMatchObject({
      team: 'Lyon',
      month: nps,
      previousMonth: before(nps),
      conversionMonth: conversion,
      conversionPreviousMonth: before(conversion),
    });
  });

  it('places the dips by their rule on any end date', () => {
    const lastDay = (label: string) => {
      const [year, month] = label.split('-').map(Number);
      return ymd(year, month + 1, 1) - 1;
    };
    const next = (label: string) => {
      const [year, month] = label.split('-').map(Number);
      return monthOf(new Date(year, month, 1));
    };
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true }),
        (d) => {
          const end = new Date(d.getFullYear(), d.getMonth(), d.getDate());
          const endDay = dayOf(end);
          const dip = sampleDipFor(end);
          return (
            lastDay(dip.month) <= endDay &&
            lastDay(next(dip.month)) > endDay &&
            lastDay(dip.conversionMonth) + 14 <= endDay &&
            lastDay(next(dip.conversionMonth)) + 14 > endDay
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  /** Lead → opportunity conversion and NPS change per team against the month before. */
  function dipMeasures(sample: SampleData, dip: SampleDip) {
    return sample.teams.map((t) => {
      const team = t[T.team];
      const conv = (m: string) =>
        leadConversion(sample.pipeline, (r) => r[P.team] === team && monthOf(r[P.leadDate]) === m);
      const score = (m: string) =>
        nps(
          sample.surveys
            .filter((s) => s[S.team] === team && s[S.kind] === 'NPS' && monthOf(s[S.date]) === m)
            .map((s) => s[S.score] as number),
        );
      return {
        team,
        conversionChange: conv(dip.conversionMonth) / conv(dip.conversionPreviousMonth) - 1,
        npsChange: score(dip.month) - score(dip.previousMonth),
      };
    });
  }

  it("drops Lyon's lead → opportunity conversion by about 30 % and its NPS by more than 10 points", () => {
    const measures = dipMeasures(data, SAMPLE_DIP);
    const lyon = measures.find((m) => m.team === SAMPLE_DIP.team)!;
    expect(lyon.conversionChange).toBeLessThan(-0.22);
    expect(lyon.conversionChange).toBeGreaterThan(-0.38);
    expect(lyon.npsChange).toBeLessThan(-10);
    // Only Lyon dips: a 10 % or 10-point alert fires for no other team.
    for (const m of measures.filter((x) => x.team !== SAMPLE_DIP.team)) {
      expect(Math.abs(m.conversionChange)).toBeLessThan(0.1);
      expect(Math.abs(m.npsChange)).toBeLessThan(10);
    }
  });

  it('is there whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const sample = generateSampleData({ seed });
        const lyon = dipMeasures(sample, SAMPLE_DIP).find((m) => m.team === SAMPLE_DIP.team)!;
        return lyon.conversionChange < -0.2 && lyon.npsChange < -10;
      }),
      { numRuns: 5 },
    );
  });

  it('follows the end date: both dips, in different months, and only Lyon’s', () => {
    // The end of a month: its NPS dip is that month, the conversion dip the month before.
    const end = new Date(2025, 5, 30);
    const sample = generateSampleData({ endDate: end, scale: 0.5 });
    const dip = sampleDipFor(end);
    expect([dip.month, dip.conversionMonth]).toEqual(['2025-06', '2025-05']);
    const last = Math.max(...sample.activities.map((r) => dayOf(r[A.date])));
    expect(last).toBeLessThanOrEqual(ymd(2025, 6, 30));
    expect(Math.min(...sample.pipeline.map((r) => dayOf(r[P.leadDate])))).toBeGreaterThanOrEqual(
      ymd(2023, 7, 1),
    );
    const measures = dipMeasures(sample, dip);
    const lyon = measures.find((m) => m.team === 'Lyon')!;
    expect(lyon.conversionChange).toBeLessThan(-0.15);
    expect(lyon.npsChange).toBeLessThan(-5);
    for (const m of measures.filter((x) => x.team !== 'Lyon')) {
      expect(Math.abs(m.conversionChange)).toBeLessThan(0.1);
      expect(Math.abs(m.npsChange)).toBeLessThan(10);
    }
  });

  it('turns every lead that converts into an opportunity within two weeks', () => {
    const lags = data.pipeline
      .filter((r) => !isBlank(r[P.opportunityDate]))
      .map((r) => dayOf(r[P.opportunityDate]) - dayOf(r[P.leadDate]));
    expect(Math.min(...lags)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...lags)).toBeLessThanOrEqual(14);
  });
});

describe('options', () => {
  it('rejects a fractional seed, a scale that is not positive, an invalid date or language', () => {
    expect(() => generateSampleData({ seed: 1.5 })).toThrow(
      'generateSampleData: seed must be a whole number',
    );
    for (const scale of [0, -1, NaN, Infinity])
      expect(() => generateSampleData({ scale })).toThrow(
        'generateSampleData: scale must be a positive number',
      );
    expect(() => generateSampleData({ endDate: new Date('nope') })).toThrow(
      'generateSampleData: endDate must be a valid Date',
    );
    expect(() => generateSampleData({ language: 'de' as 'en' })).toThrow(
      'generateSampleData: language must be "en" or "fr"',
    );
  });

  it('keeps every row well-formed for any seed, scale and end date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.double({ min: 0.02, max: 0.3, noNaN: true }),
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true }),
        (seed, scale, end) => {
          const endDate = new Date(end.getFullYear(), end.getMonth(), end.getDate());
          const endDay = dayOf(endDate);
          const sample = generateSampleData({ seed, scale, endDate });
          expectSchemaShape(sample, 'en', -Infinity, endDay);
          expectStagesInOrder(sample.pipeline);
          const first = new Date(endDate.getFullYear(), endDate.getMonth() - 23, 1);
          const dated = [
            [sample.activities, A.date],
            [sample.pipeline, P.leadDate],
            [sample.orders, O.date],
            [sample.surveys, S.date],
          ] as const;
          for (const [rows, column] of dated)
            for (const r of rows)
              if (dayOf(r[column]) < dayOf(first)) throw new Error('a row before the window');
        },
      ),
      { numRuns: 25 },
    );
  });
});
