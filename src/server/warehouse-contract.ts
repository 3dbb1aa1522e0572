// The typed contract between the "Warehouse (BigQuery)" settings page and its server functions
// (google.script.run). JSON-safe data only; the page imports these types only.
import type { Language } from '../addon/i18n';
import type { WarehouseSettings } from '../addon/warehouse/settings';
import type { LogicalTable } from '../warehouse/api';

/** The settings as the page edits them: the stored shape, checked again by the server. */
export type WarehouseForm = WarehouseSettings;

export interface WarehousePageInit {
  language: Language;
  /** False while the BigQuery advanced service is not enabled (the default manifest). */
  enabled: boolean;
  /** Why it is not usable yet, in the user's language ('' when it is). */
  notice: string;
  settings: WarehouseForm | null;
  /** The sheets a table can stand for, with their column keys, in schema order. */
  sheets: Array<{ sheet: LogicalTable; columns: string[] }>;
  /** The on-demand price the estimate assumes, in US dollars per TiB. */
  usdPerTiB: number;
}

export type WarehouseSaveResult =
  { outcome: 'saved'; message: string } | { outcome: 'invalid'; field: string; message: string };

export interface KpiEstimateView {
  kpi: string;
  /** The query's grouping when not month: week for the dashboard's weekly series. */
  period?: 'day' | 'week' | 'month';
  /** The KPI's name in the user's language ("Calls (by week, dashboard)" for a weekly query). */
  label: string;
  bytes: number;
  billedBytes: number;
  error?: string;
}

export type WarehouseEstimateResult =
  | {
      outcome: 'estimated';
      kpis: KpiEstimateView[];
      bytes: number;
      billedBytes: number;
      /** The most the refresh may bill: the sum of each job's maximumBytesBilled. */
      capBytes: number;
      usd: number;
    }
  | { outcome: 'unavailable'; message: string };

export interface WarehouseServer {
  warehousePageInit: () => WarehousePageInit;
  saveWarehouseSettings: (form: WarehouseForm) => WarehouseSaveResult;
  estimateWarehouseRefresh: () => WarehouseEstimateResult;
}
