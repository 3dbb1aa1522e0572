// Why: the estimate lists each warehouse query by the KPI a person knows, not by its id: the
// catalogue's name where the KPI map links the query to a catalogue KPI, else the name of the
// =KPI_* table the query computes (funnel, segment profitability, cohort retention); a table's
// coverage query (the periods' readiness) by its sheet.
import type { Language } from '../i18n';
import { kpiEntry } from '../metrics';
import { SCHEMA } from '../schema';
import type { KpiId } from '../../warehouse/api';
import { coverageTable } from '../../warehouse/coverage';
import { WAREHOUSE_KPI_OF } from './kpi-map';

const TABLE_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  funnel: { en: 'Funnel (KPI_FUNNEL)', fr: 'Entonnoir (KPI_FUNNEL)' },
  segment_profitability: {
    en: 'Profitability by segment (KPI_SEGMENT_PROFITABILITY)',
    fr: 'Rentabilité par segment (KPI_SEGMENT_PROFITABILITY)',
  },
  cohort_retention: {
    en: 'Cohort retention (KPI_COHORT_RETENTION)',
    fr: 'Rétention par cohorte (KPI_COHORT_RETENTION)',
  },
};

/** The name of a warehouse KPI in the language; its id when it has none. */
export function warehouseKpiLabel(kpi: KpiId, language: Language): string {
  const covered = coverageTable(kpi);
  if (covered) {
    const sheet = SCHEMA[covered.toLowerCase() as keyof typeof SCHEMA][language];
    return language === 'fr'
      ? `Couverture des données : ${sheet} (périodes jugeables)`
      : `Data coverage: ${sheet} (periods ready to judge)`;
  }
  for (const [key, target] of Object.entries(WAREHOUSE_KPI_OF))
    if (target?.[0] === kpi) return kpiEntry(key).name[language];
  return TABLE_NAMES[kpi]?.[language] ?? kpi;
}
