// The KPI catalogue: complete in both languages, consistent with the schema's lists, the
// article's alert table, the Goodhart pairs, and the engine's supported scopes.
import {
  CATALOGUE,
  computeMetric,
  defaultPeriod,
  explainText,
  FREQUENCY_BY_CATEGORY,
  isKpiKey,
  kpiEntry,
  KPI_KEYS,
  kpisForGoal,
  MetricError,
  type Scope,
  SCOPE_TYPE_LIST,
  sheetUnit,
  supportsScope,
} from '../../../src/addon/metrics';
import {
  ALERT_MODES,
  DIRECTIONS,
  SCOPE_TYPES,
  STRATEGIC_GOALS,
  UNITS,
} from '../../../src/addon/schema';
import { KPI_FUNCTIONS } from '../../../src/functions/kpi-functions';
import { fixture, JAN } from './fixture';

describe('entries', () => {
  it('are the sixteen KPIs, each key once', () => {
    expect(KPI_KEYS).toEqual([
      'calls',
      'emails',
      'meetings',
      'significant_interactions',
      'lead_to_opportunity',
      'opportunity_to_proposal',
      'win_rate',
      'cycle_days',
      'revenue',
      'aov',
      'gross_margin',
      'new_customers',
      'retention',
      'referral_rate',
      'nps',
      'csat',
    ]);
    expect(isKpiKey('nps')).toBe(true);
    expect(isKpiKey('NPS')).toBe(false);
    expect(() => kpiEntry('sales')).toThrow('Unknown KPI "sales"; known KPIs: calls, emails');
  });

  it('have names, definitions, volumes and actions in English and French', () => {
    for (const e of CATALOGUE) {
      for (const texts of [e.name, e.definition, e.volume, e.alert.action]) {
        expect(texts.en.trim()).not.toBe('');
        expect(texts.fr.trim()).not.toBe('');
      }
      expect(e.definition.fr).not.toBe(e.definition.en);
      expect(e.alert.action.fr).not.toBe(e.alert.action.en);
    }
  });

  it('use the schema’s goals, alert modes, directions and units', () => {
    const goals = STRATEGIC_GOALS.map((g) => g.key as string);
    for (const e of CATALOGUE) {
      expect(e.goals.length).toBeGreaterThan(0);
      for (const g of e.goals) expect(goals).toContain(g);
      expect(ALERT_MODES.map((m) => m.key as string)).toContain(e.alert.mode);
      expect(DIRECTIONS.map((m) => m.key as string)).toContain(e.alert.direction);
      expect(UNITS.map((u) => u.key as string)).toContain(sheetUnit(e.unit));
      expect(e.alert.threshold).toBeGreaterThan(0);
      expect(e.alert.minVolume).toBeGreaterThanOrEqual(0);
    }
    expect(SCOPE_TYPE_LIST).toEqual(SCOPE_TYPES.map((s) => s.key));
  });

  it('track activity weekly, conversion and results monthly, satisfaction quarterly', () => {
    expect(FREQUENCY_BY_CATEGORY).toEqual({
      activity: 'weekly',
      conversion: 'monthly',
      results: 'monthly',
      satisfaction: 'quarterly',
    });
    for (const e of CATALOGUE) expect(e.frequency).toBe(FREQUENCY_BY_CATEGORY[e.category]);
    expect(defaultPeriod('calls')).toBe('week');
    expect(defaultPeriod('win_rate')).toBe('month');
    expect(defaultPeriod('nps')).toBe('quarter');
  });

  it('alert on a fall, except the cycle length, where lower is better and a rise alerts', () => {
    for (const e of CATALOGUE) {
      expect(e.higherIsBetter).toBe(e.key !== 'cycle_days');
      expect(e.alert.direction).toBe(e.higherIsBetter ? 'down' : 'up');
    }
  });
});

describe('the article’s alert table', () => {
  it('lead → opportunity −10 %: review lead quality and qualification, coach reps', () => {
    const { alert } = kpiEntry('lead_to_opportunity');
    expect(alert).toMatchObject({ mode: 'relative', threshold: 0.1, direction: 'down' });
    expect(alert.action.en).toBe(
      'Review lead quality and the qualification criteria; coach the reps.',
    );
    expect(alert.action.fr).toMatch(/qualité des leads.*qualification.*former les commerciaux/);
  });

  it('average order value −5 %: upsell and cross-sell campaign', () => {
    const { alert } = kpiEntry('aov');
    expect(alert).toMatchObject({ mode: 'relative', threshold: 0.05, direction: 'down' });
    expect(alert.action.en).toBe('Launch an upsell and cross-sell campaign.');
    expect(alert.action.fr).toMatch(/ventes croisées/);
  });

  it('NPS −10 points: in-depth satisfaction survey', () => {
    const { alert, unit } = kpiEntry('nps');
    expect(unit).toBe('points');
    expect(alert).toMatchObject({ mode: 'points', threshold: 10, direction: 'down' });
    expect(alert.action.en).toMatch(/^Run an in-depth satisfaction survey/);
    expect(alert.action.fr).toMatch(/^Mener une enquête de satisfaction approfondie/);
  });
});

describe('the Goodhart guard', () => {
  it('marks the activity volumes, each with conversion or quality pairs', () => {
    const volumes = CATALOGUE.filter((e) => e.isVolume).map((e) => e.key);
    expect(volumes).toEqual(['calls', 'emails', 'meetings', 'significant_interactions']);
    for (const e of CATALOGUE) {
      expect(e.isVolume).toBe(e.pairs.length > 0);
      for (const pair of e.pairs) {
        expect(isKpiKey(pair)).toBe(true);
        // A volume paired with another volume guards nothing.
        expect(kpiEntry(pair).isVolume).toBe(false);
        expect(['conversion', 'satisfaction', 'results']).toContain(kpiEntry(pair).category);
      }
    }
  });
});

describe('goals', () => {
  it('each suggest KPIs, at least one of which is not a volume', () => {
    for (const goal of STRATEGIC_GOALS) {
      const kpis = kpisForGoal(goal.key);
      expect(kpis.length).toBeGreaterThan(0);
      expect(kpis.some((e) => !e.isVolume)).toBe(true);
    }
    expect(kpisForGoal('shorterCycle').map((e) => e.key)).toContain('cycle_days');
    expect(kpisForGoal('satisfaction').map((e) => e.key)).toEqual(
      expect.arrayContaining(['nps', 'csat']),
    );
  });
});

describe('KPI_EXPLAIN texts', () => {
  it('name existing functions and give their texts in both languages', () => {
    const named = CATALOGUE.filter((e) => e.explainFunction !== undefined);
    expect(named.map((e) => e.key)).toEqual([
      'significant_interactions',
      'lead_to_opportunity',
      'opportunity_to_proposal',
      'win_rate',
      'cycle_days',
      'aov',
      'gross_margin',
      'retention',
      'referral_rate',
      'nps',
      'csat',
    ]);
    for (const e of named) {
      const help = KPI_FUNCTIONS.find((f) => f.declaration.name === e.explainFunction)!.declaration
        .help;
      expect(explainText(e.key, 'fr')).toBe(help.fr);
      expect(explainText(e.key, 'en')).toBe(help.en);
    }
    expect(explainText('calls', 'en')).toBeUndefined();
  });
});

describe('scopes', () => {
  it('match what the engine computes: activity KPIs have no segment', () => {
    const data = fixture();
    for (const e of CATALOGUE) {
      expect(e.scopes.includes('segment')).toBe(e.category !== 'activity');
      for (const type of SCOPE_TYPE_LIST) {
        const scope: Scope = type === 'company' ? { type } : { type, name: 'x' };
        const run = () => computeMetric(data, e.key, scope, ...JAN);
        if (supportsScope(e.key, type)) expect(run).not.toThrow();
        else expect(run).toThrow(MetricError);
      }
    }
  });
});
