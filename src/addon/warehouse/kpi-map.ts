// Why: warehouse mode answers the catalogue's KPIs (src/addon/metrics) from the warehouse core's
// definitions (src/warehouse), so one table says which definition computes which catalogue KPI
// and which of its measures is the catalogue's volume; the value is the definition's own
// (src/warehouse/value.ts, the same operations as the sheet path's measures-*.ts). Every
// catalogue KPI is here; retention's definition is a stock (customers counted at each period's
// boundaries, from acquisition to churn), answered one period at a time.
import type { KpiKey } from '../metrics';
import type { KpiId } from '../../warehouse/api';

/** Catalogue KPI → [warehouse KPI id, the measure that is its volume]. */
export const WAREHOUSE_KPI_OF: Readonly<Partial<Record<KpiKey, readonly [KpiId, string]>>> = {
  lead_to_opportunity: ['lead_to_opportunity', 'reached'],
  opportunity_to_proposal: ['opportunity_to_proposal', 'reached'],
  win_rate: ['win_rate', 'closed'],
  cycle_days: ['cycle_days', 'measured'],
  significant_interactions: ['interaction_score', 'activities'],
  calls: ['calls', 'calls'],
  emails: ['emails', 'emails'],
  meetings: ['meetings', 'meetings'],
  // KPI_TREND's revenue by period: the orders with an amount.
  revenue: ['trend', 'orders'],
  aov: ['aov', 'orders'],
  gross_margin: ['gross_margin', 'orders'],
  new_customers: ['new_customers', 'customers'],
  referral_rate: ['referral_rate', 'sourced'],
  nps: ['nps', 'responses'],
  csat: ['csat', 'responses'],
  // Customers at the period's start (KPI_RETENTION's denominator).
  retention: ['retention', 'at_start'],
};
