// The add-on's one document-lock helper, on the built add-on against the local runtime, where an
// execution's writes stay pending until it reads, flushes or ends, and executions interleave:
// - what a feature wrote under the lock is visible to the next execution as soon as the lock is
//   released (flush before release), not only when the writer's execution ends;
// - a second execution that runs during the first's critical section writes nothing and says the
//   workbook is busy;
// - where getDocumentLock() is null (no current document), the work is skipped and the reason
//   reported.
import { columnIndexes } from '../../../src/addon/schema';
import { noDocumentMessage } from '../../../src/addon/workbook/lock';
import { addonHarness, type AddonHarness } from '../../../local/harness/addon-runtime';
import { say } from '../../../src/addon/i18n';
import { actions, append, northRule, smallWorkbook } from '../alerts/harness';
import { runSetupPage } from '../../../local/harness/setup-page';

const lastDialog = (h: AddonHarness) => h.ui.alerts.at(-1)!.prompt;

/** Holds the document lock in an execution left open, as a long save would. */
function holdLock(h: AddonHarness) {
  const holder = h.runtime.begin();
  const lock = (
    holder.globals as { LockService: GoogleAppsScript.Lock.LockService }
  ).LockService.getDocumentLock();
  expect(lock.tryLock(0)).toBe(true);
  return holder;
}

/** The header row of a sheet, as any other execution reads it now. */
function headers(h: AddonHarness, sheet: string): unknown[] {
  const width = h.workbook.getSheet(sheet).maxColumns;
  return h.workbook.getValues(sheet, 0, 0, 1, width)[0].filter((v) => v !== '');
}

/** The whole workbook as other executions see it now. */
const seen = (h: AddonHarness) => JSON.stringify(h.workbook.toJSON());

describe('writes are flushed before the lock is released', () => {
  test('"Apply alerts": rows and colours are there for the next execution at once', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    const first = h.runtime.begin();
    first.call('menuApplyAlerts');
    // The first execution has released the lock but not ended: the next one reads its work.
    expect(actions(h)).toHaveLength(1);
    const atRelease = seen(h);
    first.end();
    expect(seen(h)).toBe(atRelease);
  });

  test('"Set up KPI workbook": a whole set-up step is there for the next execution at once', () => {
    const h = addonHarness();
    const first = h.runtime.begin();
    first.call('setupStep', [{ sample: false, step: 0 }]);
    expect(headers(h, 'Activities')).toHaveLength(Object.keys(columnIndexes('activities')).length);
    const atRelease = seen(h);
    first.end();
    expect(seen(h)).toBe(atRelease);
  });
});

describe("a second execution during the first one's critical section", () => {
  test('"Set up KPI workbook" writes nothing and says the spreadsheet is busy', () => {
    const h = addonHarness();
    const before = seen(h);
    const holder = holdLock(h);
    const refused = runSetupPage(h.runtime);
    expect(seen(h)).toBe(before);
    expect(refused.message).toEqual([say('en', 'setup.busy')]);
    holder.end();
    runSetupPage(h.runtime);
    expect(h.workbook.findSheet('Actions')).toBeDefined();
  });

  test('"Apply alerts" writes nothing and says the spreadsheet is busy', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    const before = seen(h);
    const holder = holdLock(h);
    h.runtime.invoke('menuApplyAlerts', []);
    holder.end();
    expect(seen(h)).toBe(before);
    expect(lastDialog(h)).toMatch(/^Another save or alert check is running/);
  });

  test('the pages answer the one Busy shape: outcome and message, nothing written', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    const before = seen(h);
    const holder = holdLock(h);
    const alerts = h.runtime.run('alertsApplyNow', []);
    const relevance = h.runtime.run('relevanceRestore', ['calls']);
    const summaries = h.runtime.run('summariesSave', [{ enabled: false }]);
    holder.end();
    expect(seen(h)).toBe(before);
    expect(alerts).toEqual({
      outcome: 'busy',
      message: expect.stringMatching(/^Another save or alert check is running/),
    });
    expect(relevance).toEqual({ outcome: 'busy', message: say('en', 'page.busy') });
    expect(summaries).toMatchObject({ outcome: 'busy' });
  });
});

describe('no document lock (an execution outside a document)', () => {
  const outside = { withoutDocument: true };

  test('"Apply alerts" skips the work and says why; the hourly check records it', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    const before = seen(h);
    h.runtime.invoke('menuApplyAlerts', [], outside);
    expect(lastDialog(h)).toBe(noDocumentMessage('en'));
    h.runtime.run('setHourlyAlerts', [true]);
    // The hourly job runs only when this spreadsheet's own trigger calls it.
    const triggerUid = h.runtime.state.triggers[0].id;
    h.runtime.invoke('onScheduleTick', [{ triggerUid }], outside);
    expect(seen(h)).toBe(before);
    const page = h.runtime.run('alertsPageInit') as {
      settings: { lastCheck: { result: string } };
    };
    expect(page.settings.lastCheck.result).toMatch(/no document lock/);
    const log = h.runtime.executions.find((e) => e.functionName === 'menuApplyAlerts')!.log;
    expect(log.join('\n')).toContain(noDocumentMessage('en'));
  });

  test('"Set up KPI workbook" and "Refresh dashboard" skip the work and say why', () => {
    const h = addonHarness();
    const refused = runSetupPage(h.runtime, false, outside);
    expect(h.workbook.findSheet('Actions')).toBeUndefined();
    expect(refused.message).toEqual([noDocumentMessage('en')]);
    h.runtime.invoke('menuRefreshDashboard', [], outside);
    expect(lastDialog(h)).toBe(noDocumentMessage('en'));
  });

  test('a page save refuses with the reason (experiments)', () => {
    const h = smallWorkbook();
    expect(h.runtime.run('experimentsRefresh', [], outside)).toEqual({
      outcome: 'no document',
      message: noDocumentMessage('en'),
    });
  });
});
