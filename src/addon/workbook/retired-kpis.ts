// The KPIs the relevance review retired, in one document property: the dashboard refresh and
// the summaries leave them out (their data stays), and the review (src/addon/relevance) writes
// the list. Here, below every feature, so that the features reading it do not import the review.
import { documentProperty, setDocumentProperty } from '../adapters/services';
import { isKpiKey, type KpiKey } from '../metrics';

const RETIRED_PROPERTY = 'salesKpi.retiredKpis';

/** The stored list, tolerant of anything unreadable (no KPI retired). */
export function parseRetired(raw: string | null | undefined): KpiKey[] {
  let list: unknown;
  try {
    list = raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    list = undefined;
  }
  return Array.isArray(list) ? [...new Set(list.filter(isKpiKey))] : [];
}

/** The KPIs retired by the relevance review (one property read). */
export function retiredKpis(): ReadonlySet<KpiKey> {
  return new Set(readRetired());
}

export function readRetired(): KpiKey[] {
  return parseRetired(documentProperty(RETIRED_PROPERTY));
}

export function writeRetired(retired: readonly KpiKey[]): void {
  setDocumentProperty(RETIRED_PROPERTY, JSON.stringify(retired));
}
