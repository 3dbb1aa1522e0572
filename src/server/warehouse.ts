// The server side of the "Warehouse (BigQuery)" page (WarehouseServer of warehouse-contract.ts):
// the stored settings and the sheets they map, saving checked settings, and the estimate of a
// refresh (dry runs of every KPI query: bytes and on-demand cost) before anything runs. Every
// argument is untrusted.
import {
  activeSpreadsheet,
  showSidebar,
  spreadsheetTimeZone,
  todayIn,
} from '../addon/adapters/services';
import { bigQueryJobs, sleep } from '../addon/adapters/bigquery';
import { currentLanguage } from '../addon/i18n';
import { estimateRefresh, ON_DEMAND_USD_PER_TIB } from '../addon/warehouse/estimate';
import { say } from '../addon/warehouse/messages';
import { warehouseKpiLabel } from '../addon/warehouse/kpi-labels';
import { plannedQueries } from '../addon/warehouse/queries';
import {
  checkSettings,
  googleSqlTables,
  LOGICAL_TABLES,
  logicalColumns,
  readSettings,
  saveSettings,
} from '../addon/warehouse/settings';
import type {
  WarehouseEstimateResult,
  WarehousePageInit,
  WarehouseSaveResult,
  WarehouseServer,
} from './warehouse-contract';

export function warehousePageInit(): WarehousePageInit {
  const language = currentLanguage();
  const enabled = bigQueryJobs() !== undefined;
  const notice = enabled ? '' : say(language, 'notEnabled');
  return {
    language,
    enabled,
    notice,
    settings: readSettings() ?? null,
    sheets: LOGICAL_TABLES.map((sheet) => ({ sheet, columns: logicalColumns(sheet) })),
    usdPerTiB: ON_DEMAND_USD_PER_TIB,
  };
}

export function saveWarehouseSettings(form: unknown): WarehouseSaveResult {
  const language = currentLanguage();
  const checked = checkSettings(form, language);
  if (!checked.ok) return { outcome: 'invalid', field: checked.field, message: checked.message };
  saveSettings(checked.settings);
  return { outcome: 'saved', message: say(language, 'saved') };
}

export function estimateWarehouseRefresh(): WarehouseEstimateResult {
  const language = currentLanguage();
  const jobs = bigQueryJobs();
  if (!jobs) return { outcome: 'unavailable', message: say(language, 'notEnabled') };
  const settings = readSettings();
  if (!settings) return { outcome: 'unavailable', message: say(language, 'notConfigured') };
  const tables = googleSqlTables(settings);
  const timeZone = spreadsheetTimeZone(activeSpreadsheet());
  const planned = plannedQueries(tables, { asOf: todayIn(timeZone), timeZone });
  const estimate = estimateRefresh(
    planned,
    { project: settings.project, location: settings.location, tables },
    { jobs, sleep, language },
  );
  const kpis = estimate.kpis.map((k) => {
    const name = warehouseKpiLabel(k.kpi, language);
    return { ...k, label: k.period === 'week' ? say(language, 'weekly', { name }) : name };
  });
  return { outcome: 'estimated', ...estimate, kpis };
}

/** Opens the page in the sidebar (the menu item). */
export function showWarehouseSidebar(): void {
  showSidebar('Warehouse', say(currentLanguage(), 'title'));
}

/**
 * The page's server functions, checked against WarehouseServer by the compiler; src/main.ts
 * exposes them from this object.
 */
export const WAREHOUSE_SERVER = {
  warehousePageInit,
  saveWarehouseSettings,
  estimateWarehouseRefresh,
} satisfies WarehouseServer;
