// Every warehouse KPI definition, by id, in the order the suite runs them.
import type { KpiId } from './api';
import type { Definition } from './definition';
import { calls, emails, interactionScore, meetings } from './definitions-activity';
import { aov, cohortRetention, grossMargin, trend } from './definitions-orders';
import {
  cycleDays,
  funnel,
  leadToOpportunity,
  opportunityToProposal,
  segmentProfitability,
  winRate,
} from './definitions-pipeline';
import { csat, newCustomers, nps, referralRate, retention } from './definitions-satisfaction';

export const DEFINITIONS: readonly Definition[] = [
  leadToOpportunity,
  opportunityToProposal,
  funnel,
  winRate,
  cycleDays,
  aov,
  grossMargin,
  segmentProfitability,
  nps,
  csat,
  referralRate,
  cohortRetention,
  trend,
  interactionScore,
  calls,
  emails,
  meetings,
  newCustomers,
  retention,
];

export const WAREHOUSE_KPIS: readonly KpiId[] = DEFINITIONS.map((d) => d.id);

export function definitionOf(kpi: KpiId): Definition {
  const found = DEFINITIONS.find((d) => d.id === kpi);
  if (!found) throw new Error(`No warehouse KPI "${kpi}" (known: ${WAREHOUSE_KPIS.join(', ')})`);
  return found;
}
