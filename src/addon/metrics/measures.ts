// Which calculation each catalogue KPI uses (the data source of each is documented beside it).
import type { KpiKey } from './catalogue';
import type { Measure } from './measure';
import { calls, emails, meetings, significantInteractions } from './measures-activity';
import { cycleDays, leadToOpportunity, opportunityToProposal, winRate } from './measures-pipeline';
import { aov, grossMargin, newCustomers, revenue } from './measures-results';
import { csat, nps, referralRate, retention } from './measures-satisfaction';

export const MEASURES: Readonly<Record<KpiKey, Measure>> = {
  calls,
  emails,
  meetings,
  significant_interactions: significantInteractions,
  lead_to_opportunity: leadToOpportunity,
  opportunity_to_proposal: opportunityToProposal,
  win_rate: winRate,
  cycle_days: cycleDays,
  revenue,
  aov,
  gross_margin: grossMargin,
  new_customers: newCustomers,
  retention,
  referral_rate: referralRate,
  nps,
  csat,
};
