// A conversion window set on the alert settings page: the page shows the window measured at the
// last Apply alerts beside the one set; the check judges with the one set (a longer window keeps
// a young month maturing, so it does not alert), and clearing it brings the measured one back.
// Built add-on on the small workbook: North converts 20 of 40 September leads and 16 of 40 in
// October (−20 %), South 20 of 40 both months; every conversion a day after its lead.
import type { AlertsApplySummary, AlertsSettings } from '../../../src/server/alerts-contract';
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { append, northRule, settingsOf, smallWorkbook } from './harness';

let h: AddonHarness;
const conversion = (s: AlertsSettings) => s.windows.find((w) => w.kpi === 'lead_to_opportunity')!;
const set = (changes: Record<string, unknown>) =>
  h.runtime.run('setConversionWindows', [changes]) as AlertsSettings;
const applyNow = () => h.runtime.run('alertsApplyNow', []) as AlertsApplySummary;

beforeAll(() => {
  h = smallWorkbook();
  append(h, 'Alerts', [northRule()]);
});

test('before any apply: nothing measured, nothing set', () => {
  const w = conversion(settingsOf(h));
  expect(w).toMatchObject({
    name: 'Lead → opportunity conversion',
    measured: null,
    override: null,
  });
  expect(settingsOf(h).windows.map((x) => x.kpi)).toEqual([
    'lead_to_opportunity',
    'opportunity_to_proposal',
  ]);
});

test('a 30-day window keeps October maturing on 3 November: no alert, and the report says why', () => {
  expect(conversion(set({ lead_to_opportunity: 30 })).override).toBe(30);
  const summary = applyNow();
  expect(summary.raised).toBe(0);
  expect(summary.report).toContain('leads need 30 days to convert');
  // The measured window is shown beside it: 76 conversions, each a day after its lead.
  expect(conversion(summary.settings).measured).toEqual({
    days: 1,
    basis: 'measured',
    sample: 76,
  });
});

test('cleared, the measured 1-day window judges October: North’s fall alerts', () => {
  expect(conversion(set({ lead_to_opportunity: null })).override).toBeNull();
  expect(applyNow().raised).toBe(1);
});

test('out-of-bounds days and unknown KPIs are refused, changing nothing', () => {
  set({ lead_to_opportunity: 12 });
  expect(() => set({ lead_to_opportunity: 0 })).toThrow('whole number of days from 1 to 92');
  expect(() => set({ lead_to_opportunity: 2.5 })).toThrow('whole number of days');
  expect(() => set({ nps: 10 })).toThrow('No conversion window for "nps"');
  expect(conversion(settingsOf(h)).override).toBe(12);
});
