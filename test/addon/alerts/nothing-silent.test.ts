// Nothing fails silently, and the Actions log stays the users' to edit: a rule whose source sheet
// is gone is named with what to do, and the add-on's memory of what it logged lives in the
// document properties (compact, within Apps Script's 9 KB per value), so a row whose Alert ID is
// cleared, or a row deleted, is not logged again.
import {
  decodeMemory,
  encodeMemory,
  splitMemory,
  type LoggedMemory,
} from '../../../src/addon/alerts/logged-memory';
import { columnIndexes } from '../../../src/addon/schema';
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { actions, append, dataRows, northRule, sheetRow, smallWorkbook } from './harness';

const apply = (h: AddonHarness) => h.runtime.invoke('menuApplyAlerts', []);
const lastDialog = (h: AddonHarness) => h.ui.alerts.at(-1)!.prompt;
const ALERT_ID = (columnIndexes('actions') as Record<string, number>).alertId;

describe('the Actions log edited by users', () => {
  let h: AddonHarness;
  beforeAll(() => {
    h = smallWorkbook();
    append(h, 'Alerts', [northRule()]);
    apply(h);
  });

  test('the first run logs North’s fall once and remembers it in the document properties', () => {
    expect(actions(h).map((r) => r.alertId)).toEqual(['ALR-0001']);
    const store = h.runtime.state.propertyStore('document', '', h.workbook.id);
    const stored = store.get('salesKpi.logged');
    expect(stored).toMatch(/^1;\{"alert\|ALR-0001":\d+\}$/);
  });

  test('clearing the row’s Alert ID does not log the alert again', () => {
    h.workbook.setInputs('Actions', 1, ALERT_ID, [['']]);
    apply(h);
    expect(dataRows(h, 'Actions')).toHaveLength(1);
    expect(lastDialog(h)).toContain('No new alert.');
  });

  test('deleting the row does not log the alert again', () => {
    h.workbook.deleteRows('Actions', 1, 1);
    expect(dataRows(h, 'Actions')).toHaveLength(0);
    apply(h);
    expect(dataRows(h, 'Actions')).toHaveLength(0);
    expect(lastDialog(h)).toContain('No new alert.');
  });
});

describe('the memory’s size', () => {
  test('thousands of rules fit in values under 9 KB; the oldest periods go first', () => {
    const memory: LoggedMemory = new Map();
    // 5,000 rules logged over the last 500 days: more than the memory keeps.
    for (let i = 0; i < 5000; i++)
      memory.set(`alert|ALR-${String(i).padStart(4, '0')}`, 24500 + Math.floor(i / 10));
    const text = encodeMemory(memory, 25000, 32_000);
    expect(text.length).toBeLessThanOrEqual(32_000);
    const kept = decodeMemory(text);
    expect(kept.size).toBeGreaterThan(1000);
    expect(kept.get('alert|ALR-4999')).toBe(24999);
    expect(kept.size).toBeLessThan(5000);
    expect(kept.has('alert|ALR-0000')).toBe(false);
    const parts = splitMemory(text);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThan(9 * 1024);
    expect(decodeMemory(parts.join('').replace(/^\d+;/, ''))).toEqual(kept);
    // Periods older than any rule's last complete one are dropped.
    expect(decodeMemory(encodeMemory(new Map([['alert|X', 100]]), 25000, 32_000)).size).toBe(0);
  });

  test('IDs in any script are split within the byte limit too', () => {
    const memory: LoggedMemory = new Map();
    for (let i = 0; i < 600; i++) memory.set(`alert|règle-€-${i}`, 25000);
    const parts = splitMemory(encodeMemory(memory, 25000, 32_000));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThan(9 * 1024);
  });
});

describe('a deleted source sheet', () => {
  test('Apply alerts names the sheet and each rule it stops, with what to do', () => {
    const h = smallWorkbook();
    append(h, 'Alerts', [
      northRule(),
      sheetRow('alerts', { kpi: 'Lead → opportunity conversion', scopeType: 'Company' }),
      sheetRow('alerts', { kpi: 'Average order value', scopeType: 'Company' }),
    ]);
    h.workbook.deleteSheet('Pipeline');
    apply(h);
    const dialog = lastDialog(h);
    const missing = 'Pipeline sheet not found: run Set up KPI workbook or restore it';
    expect(dialog).toContain(`• ${missing}`);
    expect(dialog).toContain(`• row 3: ${missing}`);
    expect(dialog).not.toContain('row 4');
    expect(actions(h)).toHaveLength(0);
  });

  test('in French too', () => {
    const h = smallWorkbook({ locale: 'fr_FR' });
    append(h, 'Alertes', [
      sheetRow('alerts', { kpi: 'Lead → opportunity conversion', scopeType: 'Company' }),
    ]);
    h.workbook.deleteSheet('Pipeline');
    apply(h);
    expect(lastDialog(h)).toContain(
      'ligne 2 : Feuille Pipeline introuvable : lancez Préparer le classeur KPI ou restaurez-la',
    );
  });
});
