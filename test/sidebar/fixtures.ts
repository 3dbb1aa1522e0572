// A small WizardInit as the server sends it, for the sidebar's pure modules.
import type { KpiOption, WizardInit } from '../../src/server/wizard-contract';

const alert = (action: string): KpiOption['alert'] => ({
  mode: 'relative',
  threshold: 0.1,
  direction: 'down',
  minVolume: 20,
  action,
  owner: '',
  enabled: true,
});

export const CALLS: KpiOption = {
  key: 'calls',
  name: 'Calls',
  definition: 'Number of calls logged in Activities.',
  category: 'activity',
  categoryLabel: 'Activity',
  unit: 'count',
  higherIsBetter: true,
  isVolume: true,
  pairs: ['lead_to_opportunity'],
  goals: ['marketShare'],
  frequency: 'weekly',
  scopes: ['company', 'team', 'rep'],
  alert: alert('Check the call lists'),
};

export const CONVERSION: KpiOption = {
  key: 'lead_to_opportunity',
  name: 'Lead → opportunity conversion',
  definition: 'Share of leads that became opportunities.',
  explain: 'KPI_CONVERSION(reached_from, reached_to): …',
  category: 'conversion',
  categoryLabel: 'Conversion',
  unit: 'rate',
  higherIsBetter: true,
  isVolume: false,
  pairs: [],
  goals: ['marketShare', 'revenue'],
  frequency: 'monthly',
  scopes: ['company', 'team', 'rep', 'segment'],
  alert: alert('Review lead quality and qualification, coach reps'),
};

export const NPS: KpiOption = {
  ...CONVERSION,
  key: 'nps',
  name: 'NPS',
  category: 'satisfaction',
  categoryLabel: 'Satisfaction',
  unit: 'points',
  goals: ['satisfaction'],
  frequency: 'quarterly',
  alert: { ...alert('In-depth satisfaction survey'), mode: 'points', threshold: 10 },
};

export function makeInit(overrides: Partial<WizardInit> = {}): WizardInit {
  return {
    language: 'en',
    today: '2026-02-10',
    user: 'manager@example.com',
    goals: [
      { key: 'marketShare', label: 'Win market share' },
      { key: 'revenue', label: 'Grow revenue' },
      { key: 'satisfaction', label: 'Improve satisfaction' },
    ],
    kpis: [CALLS, CONVERSION, NPS],
    scopes: {
      teams: ['Lyon', 'Paris'],
      reps: [{ name: 'Chloé Dubois', team: 'Lyon' }],
      segments: ['SMB'],
    },
    frequencies: [
      { key: 'weekly', label: 'Weekly' },
      { key: 'monthly', label: 'Monthly' },
      { key: 'quarterly', label: 'Quarterly' },
    ],
    owners: ['manager@example.com', 'lead.lyon@example.com'],
    objectives: [],
    goodhartReason: 'An activity count alone invites padding.',
    workbookReady: true,
    ...overrides,
  };
}
