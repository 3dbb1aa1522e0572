// The =KPI_* functions of every family, in the order of docs/kpi-functions.md. A new family's
// list is added here; a new function of a family goes in that family's list, in its own file.
// (KPI_EXPLAIN, which explains these, joins them in kpi-functions.ts.)
import { ACTIVITY_FUNCTIONS } from './activity';
import { ANALYSIS_FUNCTIONS } from './analysis';
import { CUSTOMERS_FUNCTIONS } from './customers';
import type { KpiFunction } from './declare';
import { FUNNEL_FUNCTIONS } from './funnel';
import { OBJECTIVES_FUNCTIONS } from './objectives';
import { RESULTS_FUNCTIONS } from './results';

export const FAMILY_FUNCTIONS: readonly KpiFunction[] = [
  ...FUNNEL_FUNCTIONS,
  ...RESULTS_FUNCTIONS,
  ...CUSTOMERS_FUNCTIONS,
  ...ACTIVITY_FUNCTIONS,
  ...ANALYSIS_FUNCTIONS,
  ...OBJECTIVES_FUNCTIONS,
];
