// The Realistic step's alignment: does the KPI serve the strategic goal the manager picked (the
// catalogue lists the goals each KPI serves), and why, in words.
import {
  type KpiCategory,
  kpiEntry,
  type KpiKey,
  kpisForGoal,
  type StrategicGoal,
} from '../metrics';
import { STRATEGIC_GOALS } from '../schema';
import type { Language } from '../i18n';

const WHY: Readonly<Record<KpiCategory, { en: string; fr: string }>> = {
  activity: {
    en: 'activity feeds the pipeline this goal depends on',
    fr: 'l’activité alimente le pipeline dont dépend cet objectif',
  },
  conversion: {
    en: 'better conversion turns the same pipeline into more business',
    fr: 'une meilleure conversion transforme le même pipeline en davantage d’affaires',
  },
  results: {
    en: 'it measures the business result itself',
    fr: 'il mesure directement le résultat commercial',
  },
  satisfaction: {
    en: 'satisfied customers stay, buy again and recommend you',
    fr: 'des clients satisfaits restent, rachètent et vous recommandent',
  },
};

export function goalName(goal: StrategicGoal, language: Language): string {
  return STRATEGIC_GOALS.find((g) => g.key === goal)![language];
}

export function alignment(
  kpi: KpiKey,
  goal: StrategicGoal,
  language: Language,
): { aligned: boolean; text: string } {
  const entry = kpiEntry(kpi);
  const name = entry.name[language];
  const goalText = goalName(goal, language);
  if (entry.goals.includes(goal)) {
    const why = WHY[entry.category][language];
    return {
      aligned: true,
      text:
        language === 'fr'
          ? `${name} sert « ${goalText} » : ${why}.`
          : `${name} serves “${goalText}”: ${why}.`,
    };
  }
  const others = kpisForGoal(goal)
    .map((e) => e.name[language])
    .join(', ');
  return {
    aligned: false,
    text:
      language === 'fr'
        ? `${name} ne sert pas directement « ${goalText} ». Les KPI qui le servent : ${others}.`
        : `${name} does not directly serve “${goalText}”. KPIs that do: ${others}.`,
  };
}
