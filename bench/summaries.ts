// npx tsx bench/summaries.ts (after npm run build): the email summaries' cost.
// 1. Pure: the summaries of 20 teams and the company (sample data at scale 20/3: 20 teams of 4
//    reps, about 330,000 activities), each built once and written in English and French, from a
//    fresh WorkbookData per run; prints the median time and how often each source sheet's rows
//    were read (once is the target).
// 2. The built add-on on the demo workbook in the local runtime: one scheduled run that mails
//    every lead, with 3 and then 20 rows in the Teams sheet; prints the Sheets calls (the same
//    whatever the number of recipients) and the run's time.
import { performance } from 'node:perf_hooks';
import { scopesInData, type SourceSheet, type WorkbookData } from '../src/addon/metrics';
import { schemaOrderTable } from '../src/addon/metrics';
import { generateSampleData, type SampleData } from '../src/addon/sample-data';
import { buildSummary, type SummaryInput } from '../src/addon/summaries/build';
import { renderSummary } from '../src/addon/summaries/render';
import { reportWindow } from '../src/addon/summaries/schedule';
import { dayFromYmd } from '../src/kpi/days';
import { session, LEADS } from '../local/harness/summaries-session';

const SOURCES: SourceSheet[] = ['activities', 'pipeline', 'customers', 'orders', 'surveys'];
const MOMENT = dayFromYmd(2026, 11, 16);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A fresh WorkbookData whose rows count their readers. */
function countingData(sample: SampleData, reads: Record<string, number>): WorkbookData {
  const data: Record<string, unknown> = {};
  for (const sheet of SOURCES) {
    const table = schemaOrderTable(sheet, sample[sheet]);
    data[sheet] = {
      columns: table.columns,
      firstRow: table.firstRow,
      get rows() {
        reads[sheet] = (reads[sheet] ?? 0) + 1;
        return table.rows;
      },
    };
  }
  return data as WorkbookData;
}

function allSummaries(data: WorkbookData): number {
  const scopes = scopesInData(data);
  const input: SummaryInput = {
    data,
    scopes,
    objectives: [],
    actions: [],
    frequency: 'weekly',
    window: reportWindow('weekly', MOMENT),
    asOfDay: MOMENT,
    alertsSince: MOMENT - 7,
    alertsTo: MOMENT,
  };
  let bytes = 0;
  const url = 'https://docs.google.com/spreadsheets/d/x/edit';
  for (const team of scopes.teams) {
    const model = buildSummary(input, { type: 'team', name: team.name });
    for (const language of ['en', 'fr'] as const)
      bytes += renderSummary(model, language, { kind: 'lead', team: team.name }, url).html.length;
  }
  const company = buildSummary(input, { type: 'company' });
  bytes += renderSummary(company, 'en', { kind: 'company' }, url).html.length;
  return bytes;
}

function pureBench(): void {
  const sample = generateSampleData({ scale: 20 / 3, endDate: new Date(2026, 10, 16) });
  const rows = SOURCES.reduce((n, s) => n + sample[s].length, 0);
  const samples: number[] = [];
  let reads: Record<string, number> = {};
  let teams = 0;
  for (let i = 0; i < 6; i++) {
    reads = {};
    const data = countingData(sample, reads);
    const t0 = performance.now();
    allSummaries(data);
    if (i > 0) samples.push(performance.now() - t0);
    teams = scopesInData(data).teams.length;
  }
  console.log(
    `pure: ${teams} teams + company, ${rows.toLocaleString('en')} source rows: ` +
      `median ${median(samples).toFixed(0)} ms per run (target < 2000 ms)`,
  );
  console.log(`  source rows read per run: ${JSON.stringify(reads)}`);
}

function runtimeBench(): void {
  for (const extra of [0, 17]) {
    const s = session();
    if (extra > 0) {
      const rows = Array.from({ length: extra }, (_, i) => [
        `Extra ${i + 1}`,
        'Lead',
        `lead${i}@example.com`,
      ]);
      s.workbook.setInputs('Teams', 4, 0, rows);
    }
    s.save({ enabled: true });
    s.approveAll();
    s.runtime.clock.advanceMinutes(60);
    s.runtime.counter.reset();
    const t0 = performance.now();
    s.runtime.fireDueTriggers();
    const ms = performance.now() - t0;
    const calls = Object.entries(s.runtime.counter.snapshot());
    const sheets = calls.filter(([op]) => /^(Range|Sheet|Spreadsheet|DeveloperMetadata)/.test(op));
    const count = (list: typeof calls): number => list.reduce((n, [, c]) => n + c, 0);
    const writes = sheets.filter(([op]) => /\.(set|insert|append|add|delete|clear)/.test(op));
    const get = (op: string): number => calls.find(([o]) => o === op)?.[1] ?? 0;
    console.log(
      `add-on run, ${3 + extra} Teams rows: ${s.outbox().length} emails in ${ms.toFixed(0)} ms; ` +
        `Sheets calls ${count(sheets)} (Range.getValues ${get('Range.getValues')}, ` +
        `writes ${JSON.stringify(Object.fromEntries(writes))}); ` +
        `MailApp.sendEmail ${get('MailApp.sendEmail')}, property writes ${get('Properties.setProperty')}`,
    );
    if (extra === 0 && s.outbox().length !== LEADS.length) throw new Error('unexpected outbox');
  }
}

pureBench();
runtimeBench();
