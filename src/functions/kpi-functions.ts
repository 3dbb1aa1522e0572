// Every =KPI_* custom function the add-on exposes, in the order of docs/kpi-functions.md. main.ts
// exposes each under its name, and the build writes the stub Sheets reads from each declaration.
import type { KpiFunction } from './declare';
import { kpiExplain } from './explain';
import { FAMILY_FUNCTIONS } from './families';

export const KPI_FUNCTIONS: readonly KpiFunction[] = [...FAMILY_FUNCTIONS, kpiExplain];
