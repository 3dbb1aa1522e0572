// Issue 15 items 3 and 4 on the demo workbook, registered by owners.test.ts so that they share its
// demo (set up once per file: it takes seconds; each test has fresh properties): a rep's personal summary holds their own numbers and their team's medians and no
// other rep's name; the relevance review lists what the demo's sheets say it should; retiring a
// KPI takes it off the dashboard and out of the emails, and leaves its data where it was.
import type { SentEmail } from '../../../local/runtime/state';
import { DIP_TEAM, personName, REPS_PER_TEAM } from '../../../src/addon/sample-data/people';
import type { RelevanceView } from '../../../src/server/relevance-contract';
import { CALL_BUDGET } from '../../../local/harness/call-budget';
import {
  demoWorkbook,
  OWNER,
  session,
  type Session,
} from '../../../local/harness/summaries-session';

const TEAMS = 3;
/** The demo's reps: persons 5t+1 … 5t+4 of each team t (5t is its lead). */
const REPS = Array.from({ length: TEAMS }, (_, t) =>
  Array.from({ length: REPS_PER_TEAM }, (_, r) => personName(5 * t + r + 1)),
).flat();
const REP = personName(5 * DIP_TEAM + 1);
const REP_EMAIL = 'rep@example.com';
const TEAM_REPS = REPS.slice(DIP_TEAM * REPS_PER_TEAM, (DIP_TEAM + 1) * REPS_PER_TEAM);

/** The Paris calendar day of a date cell ("2026-11-02"); dates are local midnights. */
function dayOf(value: unknown): string {
  const d = new Date(value as string);
  return new Date(d.getTime() + 12 * 3600_000).toISOString().slice(0, 10);
}

function rows(s: Session, sheet: string): unknown[][] {
  const last = s.workbook.getLastRow(sheet);
  return s.workbook.getInputs(sheet, 0, 0, last, s.workbook.getSheet(sheet).maxColumns);
}

/** A server call as the page makes it, with the Sheets calls it made. */
function calls<T>(s: Session, fn: string, args: unknown[]): { value: T; calls: number } {
  const start = s.runtime.counter.total();
  const value = s.runtime.run(fn, args, { user: OWNER }) as T;
  return { value, calls: s.runtime.counter.total() - start };
}

/**
 * The first call of a fresh runtime (no stored layout, as after a copy of the spreadsheet) finds
 * the sheets by their metadata once and stores where they are: the budgets are for the calls
 * after it.
 */
function relevanceView(s: Session): RelevanceView {
  return s.runtime.run('relevancePageInit', [], { user: OWNER }) as RelevanceView;
}

function warm(s: Session): void {
  s.runtime.run('relevancePageInit', [], { user: OWNER });
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

function mailTo(s: Session, email: string): SentEmail[] {
  return s.outbox().filter((e) => e.to.includes(email));
}

/** The tests, registered inside the file whose demo they use. */
export function repsAndRelevanceTests(): void {
  // One session for the three tests, in order (its properties carry over from one to the next).
  let s: Session;
  beforeAll(() => {
    s = session(demoWorkbook());
    warm(s);
  });

  describe('a rep’s personal summary', () => {
    test('opt-in, approved by the owner, their own numbers beside the team median, no colleague named', () => {
      s.save({
        enabled: true,
        includeLeads: false,
        reps: [{ name: REP, email: REP_EMAIL, language: 'en' }],
      });
      const rep = s.view().recipients.find((r) => r.kind === 'rep')!;
      expect(rep).toMatchObject({ name: REP, email: REP_EMAIL, approval: 'awaiting' });
      s.sendNow();
      expect(mailTo(s, REP_EMAIL)).toHaveLength(0);

      s.approve([REP_EMAIL]);
      const preview = calls<{ text: string }>(s, 'summariesPreview', [rep.id]);
      expect(preview.calls).toBeLessThanOrEqual(CALL_BUDGET);
      s.sendNow();
      const [email] = mailTo(s, REP_EMAIL);
      expect(email.subject).toContain(REP);

      // Calls of 2–8 Nov 2026 (the weekly summary of Monday 9 Nov), counted from the sheet.
      const sheet = rows(s, 'Activities');
      const header = sheet[0];
      const [date, who, type] = ['Date', 'Rep', 'Type'].map((h) => header.indexOf(h));
      const count = (name: string) =>
        sheet.slice(1).filter((r) => {
          const day = dayOf(r[date]);
          return (
            r[who] === name && r[type] === 'Call' && day >= '2026-11-02' && day <= '2026-11-08'
          );
        }).length;
      const line = email.body.split('\n').find((l) => l.startsWith('Calls |'))!;
      const [you, teamMedian] = [/You: ([\d,.]+)/, /Team median: ([\d,.]+)/].map((re) =>
        Number(re.exec(line)![1].replace(/,/g, '')),
      );
      expect(you).toBe(count(REP));
      expect(teamMedian).toBeCloseTo(median(TEAM_REPS.map(count)), 0);

      for (const part of [email.body, email.htmlBody ?? '']) {
        expect(part).toContain(REP);
        for (const other of REPS.filter((r) => r !== REP)) expect(part).not.toContain(other);
      }
    });
  });

  const TRACKED_ON_DEMO = [
    'Calls',
    'Meetings held',
    'Lead → opportunity conversion',
    'Win rate',
    'Revenue',
    'Gross margin rate',
    'New customers',
    'Net Promoter Score',
  ];
  // Six active objectives on team Lyon (typed in the Objectives sheet): more than five on a scope.
  const OBJECTIVE_KPIS = TRACKED_ON_DEMO.slice(0, 6);

  describe('the KPI relevance review', () => {
    test('lists the demo’s findings, and a retired KPI leaves the emails, not the data', () => {
      // The demo's Objectives and Alerts sheets hold no rows: every tracked KPI is unused.
      expect(s.workbook.getLastRow('Objectives')).toBe(1);
      expect(s.workbook.getLastRow('Alerts')).toBe(1);
      const first = calls<RelevanceView>(s, 'relevancePageInit', []);
      expect(first.calls).toBeLessThanOrEqual(CALL_BUDGET);
      expect(first.value.findings.map((f) => f.id)).toEqual(
        expect.arrayContaining(['unused:calls', 'unused:nps']),
      );
      expect(first.value.findings.filter((f) => f.kind === 'unused')).toHaveLength(
        TRACKED_ON_DEMO.length,
      );
      // Every source sheet has rows of the last weeks: no data stopped.
      expect(first.value.findings.filter((f) => f.kind === 'stopped')).toEqual([]);

      const header = rows(s, 'Objectives')[0];
      const at = (name: string) => header.indexOf(name);
      s.workbook.setInputs(
        'Objectives',
        1,
        0,
        OBJECTIVE_KPIS.map((kpi, i) => {
          const row: unknown[] = new Array(header.length).fill('');
          row[at('ID')] = `OBJ-000${i + 1}`;
          row[at('KPI')] = kpi;
          row[at('Scope type')] = 'Team';
          row[at('Scope')] = 'Lyon';
          return row as never;
        }),
      );
      const view = calls<RelevanceView>(s, 'relevancePageInit', []).value;
      const unused = view.findings.filter((f) => f.kind === 'unused').map((f) => f.text);
      expect(unused).toHaveLength(TRACKED_ON_DEMO.length - OBJECTIVE_KPIS.length);
      for (const kpi of TRACKED_ON_DEMO.slice(OBJECTIVE_KPIS.length))
        expect(unused.some((t) => t.startsWith(`${kpi}:`))).toBe(true);
      const crowded = view.findings.find((f) => f.kind === 'crowded')!;
      expect(crowded).toMatchObject({ id: 'crowded:team:lyon', canRetire: false });
      expect(crowded.text).toContain('6 active objectives');

      // Kept: not asked again; retired: gone from the list, the dashboard and the emails.
      const kept = calls<RelevanceView>(s, 'relevanceDecide', ['crowded:team:lyon', 'keep']);
      expect(kept.calls).toBeLessThanOrEqual(CALL_BUDGET);
      expect(kept.value.findings.some((f) => f.kind === 'crowded')).toBe(false);
      const surveys = JSON.stringify(rows(s, 'Surveys'));
      const retired = calls<RelevanceView>(s, 'relevanceDecide', ['unused:nps', 'retire']).value;
      expect(retired.retired).toEqual([{ kpi: 'nps', name: 'Net Promoter Score' }]);
      expect(retired.log[0]).toContain('Net Promoter Score (unused) retired');
      expect(
        calls<RelevanceView>(s, 'relevancePageInit', []).value.findings.map((f) => f.id),
      ).not.toContain('crowded:team:lyon');

      // (The dashboard's tiles leave it out too: test/addon/dashboard/layout.test.ts, and after a
      // real refresh, test/addon/dashboard/refresh.test.ts.)
      s.save({ includeLeads: true, reps: [{ name: REP, email: REP_EMAIL, language: 'en' }] });
      const recipients = s.view().recipients;
      for (const to of ['thomas.richard@example.com', REP_EMAIL]) {
        const id = recipients.find((r) => r.email === to)!.id;
        const email = calls<{ text: string; html: string }>(s, 'summariesPreview', [id]).value;
        expect(email.text).toContain('Revenue');
        for (const part of [email.text, email.html])
          expect(part).not.toContain('Net Promoter Score');
      }
      expect(JSON.stringify(rows(s, 'Surveys'))).toBe(surveys);
    });
  });

  test('the hourly run makes the review once a quarter; the other runs only read a property', () => {
    // Summaries on at 20:00 (not due this morning); the day's Pipeline history already done.
    s.save({ enabled: true, hour: 20 });
    const properties = s.runtime.state.propertyStore('document', '');
    properties.set('salesKpi.historyDay', '2026-11-16');
    properties.set('salesKpi.historyInsightsDay', '2026-11-16');
    const tick = () => {
      const before = s.runtime.counter.total();
      s.hours(1);
      const status = JSON.parse(properties.get('salesKpi.tickStatus')!) as {
        results: Record<string, string>;
      };
      return { results: status.results, calls: s.runtime.counter.total() - before };
    };
    const first = tick();
    const pending = relevanceView(s).findings.length;
    expect(first.results.kpiRelevance).toBe(`${pending} to review`);
    expect(properties.get('salesKpi.relevance.reviewed')).toBe(`2026-Q4 ${pending}`);
    expect(first.calls).toBeLessThanOrEqual(CALL_BUDGET);
    const reads = s.runtime.counter.get('Range.getValues');
    const next = tick();
    expect(next.results.kpiRelevance).toBeUndefined();
    // The next hour's run reads no sheet for it (nor for anything else: nothing is due).
    expect(s.runtime.counter.get('Range.getValues')).toBe(reads);
  });
}
