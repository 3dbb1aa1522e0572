// Understanding what people type in the KPI, scope-type and frequency cells of the add-on's
// sheets, in either language, for every feature: a KPI by its key ("nps") or its name ("Lead →
// opportunity conversion", "Conversion lead → opportunité"), with any case and accents; a scope
// type or a frequency from its dropdown ("Team", "Équipe", "Weekly").
import {
  CATALOGUE,
  type Frequency,
  type KpiKey,
  type MetricPeriod,
  PERIOD_OF_FREQUENCY,
  type ScopeType,
} from '../metrics';
import { foldLabel } from '../metrics/choices';
import { findChoice, FREQUENCIES, SCOPE_TYPES } from '../schema';

const KPI_BY_TEXT = new Map<string, KpiKey>();
for (const entry of CATALOGUE)
  for (const text of [entry.key, entry.name.en, entry.name.fr])
    KPI_BY_TEXT.set(foldLabel(text), entry.key);

/** The KPI a cell names, or undefined. */
export function kpiOfText(text: string): KpiKey | undefined {
  return KPI_BY_TEXT.get(foldLabel(text));
}

export function scopeTypeOfText(text: string): ScopeType | undefined {
  return findChoice(SCOPE_TYPES, text)?.key;
}

export function frequencyOfText(text: string): Frequency | undefined {
  return findChoice(FREQUENCIES, text)?.key;
}

export function periodOfFrequency(text: string): MetricPeriod | undefined {
  const frequency = frequencyOfText(text);
  return frequency ? PERIOD_OF_FREQUENCY[frequency] : undefined;
}
