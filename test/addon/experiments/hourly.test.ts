// The hourly job concludes an experiment whose end day has passed, with nobody opening the
// Experiments page; and while none is due it costs the hourly run no Sheets call (the next end
// day is kept in the document properties the tick reads anyway). Built add-on, local runtime.
import { useScriptTimeZone } from '../../../local/playground/script-zone';
import { columnIndexes } from '../../../src/addon/schema';
import { addonHarness, type AddonHarness } from '../../../local/harness/addon-runtime';
import { runSetupPage } from '../../../local/harness/setup-page';

useScriptTimeZone();

const NEXT_END = 'salesKpi.experiments.nextEnd';
const col = columnIndexes('experiments') as Record<string, number>;

/** `count` leads of a team in September 2026, the first `converted` of them converted. */
function leads(team: string, count: number, converted: number): unknown[][] {
  const pipeline = columnIndexes('pipeline') as Record<string, number>;
  return Array.from({ length: count }, (_, i) => {
    const row: unknown[] = new Array(Object.keys(pipeline).length).fill('');
    row[pipeline.dealId] = `${team}-${i}`;
    row[pipeline.rep] = `${team} rep`;
    row[pipeline.team] = team;
    row[pipeline.leadDate] = new Date(2026, 8, 1 + (i % 28));
    if (i < converted) row[pipeline.opportunityDate] = new Date(2026, 8, 6 + (i % 20));
    return row;
  });
}

let h: AddonHarness;
const properties = () => h.runtime.state.propertyStore('document', '', h.workbook.id);
const tick = () => {
  const trigger = h.runtime.state.triggers.find((t) => t.handler === 'onScheduleTick');
  h.runtime.counter.reset();
  h.runtime.invoke('onScheduleTick', [{ triggerUid: trigger?.id ?? '' }]);
  const status = JSON.parse(properties().get('salesKpi.tickStatus') ?? '{}') as {
    results?: Record<string, string>;
  };
  return { results: status.results ?? {}, calls: h.runtime.counter.total() };
};
const status = () => h.workbook.getValues('Experiments', 1, col.status, 1, 1)[0][0];

beforeAll(() => {
  h = addonHarness();
  h.runtime.clock.set(new Date(2026, 10, 3, 9));
  runSetupPage(h.runtime);
  h.workbook.setInputs('Pipeline', 1, 0, [
    ...leads('Alpha', 40, 20),
    ...leads('Beta', 40, 5),
  ] as never);
  h.workbook.registerFunctions(h.runtime.customFunctions());
  h.runtime.run('setHourlyAlerts', [true]);
  const started = h.runtime.run('experimentsStart', [
    {
      technique: 'Video follow-ups',
      hypothesis: 'A short personal video after the first call converts more leads.',
      kpi: 'lead_to_opportunity',
      groupType: 'team',
      control: 'Alpha',
      variant: 'Beta',
      start: '2026-09-01',
      end: '2026-11-20',
      baselineRate: 0.5,
      minLift: -0.6,
    },
  ]) as { ok: boolean };
  expect(started.ok).toBe(true);
});

test('starting an experiment records its end day', () => {
  expect(properties().get(NEXT_END)).toBe('2026-11-20');
  expect(status()).toBe('Running');
});

test('before the end day the hourly run leaves it running, at no Sheets call', () => {
  h.runtime.clock.set(new Date(2026, 10, 20, 9));
  tick(); // the first run of the day writes the new day in the KPI date cell (and the day's pipeline snapshot)
  h.runtime.clock.set(new Date(2026, 10, 20, 10));
  tick(); // the next one rewrites the Pipeline insights
  h.runtime.clock.set(new Date(2026, 10, 20, 11));
  tick(); // the next one makes the quarter's KPI relevance review (src/addon/relevance)
  h.runtime.clock.set(new Date(2026, 10, 20, 12));
  const running = tick();
  expect(running.results.experiments).toBeUndefined();
  expect(status()).toBe('Running');
  // The same run with no experiment recorded costs as many calls: the job asked Sheets nothing.
  properties().delete(NEXT_END);
  h.runtime.clock.set(new Date(2026, 10, 20, 13));
  const none = tick();
  expect(running.calls).toBe(none.calls);
  properties().set(NEXT_END, '2026-11-20');
});

test('the first hourly run after the end day concludes it, with its verdict', () => {
  h.runtime.clock.set(new Date(2026, 10, 21, 9));
  expect(tick().results.experiments).toBe('concluded 1');
  expect(status()).toBe('Concluded');
  const cells = h.workbook.getValues('Experiments', 1, 0, 1, Object.keys(col).length)[0];
  expect([cells[col.controlSuccesses], cells[col.controlTotal]]).toEqual([20, 40]);
  expect([cells[col.variantSuccesses], cells[col.variantTotal]]).toEqual([5, 40]);
  // Nothing runs any more: the next hour's run has no experiment to look at.
  expect(properties().has(NEXT_END)).toBe(false);
  h.runtime.clock.set(new Date(2026, 10, 21, 10));
  expect(tick().results.experiments).toBeUndefined();
});
