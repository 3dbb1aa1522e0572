// npx tsx bench/crm-import.ts (after npm run build): a HubSpot deals export of 50,000 deals
// (fictitious, with "Date entered" stage columns) imported into a set-up workbook by the built
// add-on in the local Apps Script runtime, chunk by chunk as the Import page sends them. Prints
// the rows per second, the slowest chunk's time (each chunk is one execution: Apps Script allows
// 6 minutes) and the Sheets calls per chunk, which must not grow with the rows; then the same
// file again (nothing changes). The machines are shared and noisy: read the orders of magnitude.
import { performance } from 'node:perf_hooks';
import { splitRecords } from '../src/addon/crm/split';
import type { ChunkResult, ImportPreview } from '../src/server/import-contract';
import { RECORDS_PER_CHUNK } from '../sidebar/import/app';
import { addonHarness } from '../local/harness/addon-runtime';
import { runSetupPage } from '../local/harness/setup-page';

const DEALS = Number(process.env.CRM_BENCH_DEALS ?? 50_000);
const USER = { user: { email: 'manager@example.com', locale: 'en' } };
const STAGES = [
  'Appointment Scheduled',
  'Qualified To Buy',
  'Contract Sent',
  'Closed Won',
  'Closed Lost',
];

function exportFile(): string {
  const head = [
    'Record ID',
    'Deal Name',
    'Associated Company (Primary)',
    'Deal owner',
    'Deal Stage',
    'Amount',
    'Create Date',
    'Close Date',
    'Original Traffic Source',
    ...STAGES.map((s) => `"Date entered ""${s} (Sales Pipeline)"""`),
  ].join(',');
  const lines = [head];
  const day = (n: number) =>
    new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < DEALS; i++) {
    const start = i % 600;
    const reached = i % 5; // 0 lead … 3 won, 4 lost
    const dates = STAGES.map((_, s) =>
      s <= Math.min(reached, 2) || s === reached ? day(start + s * 7) : '',
    );
    lines.push(
      [
        100000 + i,
        `Deal ${i}`,
        `Account ${i % 3000}`,
        `Rep ${i % 40}`,
        STAGES[reached],
        (i % 97) * 100 + 500,
        day(start),
        reached >= 3 ? day(start + reached * 7) : '',
        'Organic Search',
        ...dates,
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

function run(h: ReturnType<typeof addonHarness>, text: string, key: string): void {
  const split = splitRecords(text, RECORDS_PER_CHUNK);
  const preview = h.runtime.run(
    'importPreview',
    [{ fileName: 'deals.csv', fileKey: key, sample: split.header + split.chunks[0].text }],
    USER,
  ) as ImportPreview;
  const started = performance.now();
  let slowest = 0;
  const calls: number[] = [];
  let last: ChunkResult | undefined;
  split.chunks.forEach((chunk, i) => {
    h.runtime.counter.reset();
    const t0 = performance.now();
    last = h.runtime.run(
      'importChunk',
      [
        {
          fileKey: key,
          mapping: preview.mapping,
          header: preview.headers,
          text: chunk.text,
          firstLine: chunk.firstLine,
          chunk: i,
          chunks: split.chunks.length,
        },
      ],
      USER,
    ) as ChunkResult;
    slowest = Math.max(slowest, performance.now() - t0);
    calls.push(h.runtime.counter.total());
    if (!last.ok) throw new Error(last.message);
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${key}: ${DEALS} deals in ${split.chunks.length} chunks of ${RECORDS_PER_CHUNK}: ` +
      `${Math.round(DEALS / seconds)} rows/s, slowest chunk ${(slowest / 1000).toFixed(1)} s, ` +
      `Sheets calls per chunk ${Math.min(...calls)}–${Math.max(...calls)}; ${JSON.stringify(last!.totals)}`,
  );
}

const h = addonHarness();
runSetupPage(h.runtime, false, USER);
const file = exportFile();
run(h, file, 'first import');
run(h, file, 'same file again');
