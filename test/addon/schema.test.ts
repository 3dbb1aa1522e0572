// The managed workbook's layout: the sheets and columns of DESIGN.md, complete in English and
// French, with types, formats and dropdown choices that the rest of the add-on relies on.
import {
  ACTIVITY_TYPES,
  ALERT_MODES,
  CONTENT_TYPES,
  type Choice,
  type ColumnSpec,
  columnIndexes,
  columnSpec,
  DEFAULT_FORMATS,
  DIRECTIONS,
  findChoice,
  headers,
  LOST_REASONS,
  OUTCOMES,
  OUTCOMES_BY_TYPE,
  SAMPLE_SHEET_KEYS,
  SCHEMA,
  SEGMENTS,
  SHEET_KEYS,
  type SheetKey,
  sheetName,
  sheetSpec,
  SOURCES,
  SURVEY_KINDS,
} from '../../src/addon/schema';

const ALL_TYPES = ['date', 'number', 'currency', 'percent', 'text', 'email', 'id', 'duration'];
const labels = (choices: readonly Choice[] | undefined, language: 'en' | 'fr') =>
  (choices ?? []).map((c) => c[language]);
const choicesOf = (sheet: SheetKey, column: string) =>
  (SCHEMA[sheet].columns as readonly ColumnSpec[]).find((c) => c.key === column)?.choices;

describe('sheets', () => {
  it('are the managed sheets of DESIGN.md, the summary log, the pipeline history and insights, the context log, in order', () => {
    expect(SHEET_KEYS.map((k) => sheetName(k, 'en'))).toEqual([
      'Activities',
      'Pipeline',
      'Customers',
      'Orders',
      'Surveys',
      'Spend',
      'Teams',
      'Objectives',
      'Alerts',
      'Actions',
      'Experiments',
      'Dashboard',
      'Summary log',
      'Pipeline history',
      'Pipeline insights',
      'Context',
    ]);
    expect(SHEET_KEYS.map((k) => sheetName(k, 'fr'))).toEqual([
      'Activités',
      'Pipeline',
      'Clients',
      'Commandes',
      'Enquêtes',
      'Dépenses',
      'Équipes',
      'Objectifs',
      'Alertes',
      'Actions',
      'Expériences',
      'Tableau de bord',
      'Journal des résumés',
      'Historique du pipeline',
      'Analyse du pipeline',
      'Contexte',
    ]);
    expect([...SHEET_KEYS].sort()).toEqual(Object.keys(SCHEMA).sort());
  });

  it('have a stable key equal to their entry and unique names in each language', () => {
    for (const key of SHEET_KEYS) expect(sheetSpec(key).key).toBe(key);
    for (const language of ['en', 'fr'] as const) {
      const names = SHEET_KEYS.map((k) => sheetName(k, language).toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('have a kind: data sheets, settings, the action log and the free dashboard', () => {
    const kinds = Object.fromEntries(SHEET_KEYS.map((k) => [k, sheetSpec(k).kind]));
    expect(kinds).toEqual({
      activities: 'data',
      pipeline: 'data',
      customers: 'data',
      orders: 'data',
      surveys: 'data',
      spend: 'data',
      teams: 'config',
      objectives: 'config',
      alerts: 'config',
      actions: 'log',
      experiments: 'log',
      dashboard: 'dashboard',
      summaryLog: 'log',
      pipelineHistory: 'log',
      pipelineInsights: 'dashboard',
      context: 'log',
    });
    expect(sheetSpec('dashboard').columns).toEqual([]);
  });

  it('lists the sample sheets (those with data rows)', () => {
    expect([...SAMPLE_SHEET_KEYS]).toEqual([
      'teams',
      'activities',
      'pipeline',
      'customers',
      'orders',
      'surveys',
      'spend',
      'context',
    ]);
  });
});

describe('columns', () => {
  it('follow DESIGN.md for the data sheets (Rep and Team appended to three of them, then the CRM ID of imported rows)', () => {
    expect(headers('activities', 'en')).toEqual([
      'Date',
      'Rep',
      'Team',
      'Type',
      'Duration (min)',
      'Outcome',
      'Deal ID',
      'CRM ID',
    ]);
    expect(headers('pipeline', 'en')).toEqual([
      'Deal ID',
      'Account',
      'Segment',
      'Rep',
      'Team',
      'Source',
      'Content consumed',
      'Amount',
      'Cost',
      'Lead date',
      'Opportunity date',
      'Proposal date',
      'Won date',
      'Lost date',
      'Lost reason',
      'Expected close',
      'CRM ID',
    ]);
    expect(headers('customers', 'en')).toEqual([
      'Customer ID',
      'Account',
      'Segment',
      'Acquired date',
      'Churned date',
      'Source',
      'Deal ID',
      'Rep',
      'Team',
      'CRM ID',
    ]);
    expect(headers('orders', 'en')).toEqual([
      'Order ID',
      'Customer ID',
      'Date',
      'Amount',
      'Cost',
      'Rep',
      'Team',
    ]);
    expect(headers('surveys', 'en')).toEqual([
      'Date',
      'Customer ID',
      'Kind',
      'Score',
      'Comment',
      'Rep',
      'Team',
    ]);
    expect(headers('spend', 'en')).toEqual(['Month', 'Channel', 'Amount']);
    expect(headers('teams', 'en')).toEqual(['Team', 'Lead name', 'Lead email']);
    expect(headers('teams', 'fr')).toEqual(['Équipe', 'Responsable', 'Email du responsable']);
  });

  it('hold the objective, alert-rule and action-log fields', () => {
    expect(SCHEMA.objectives.columns.map((c) => c.key)).toEqual([
      'id',
      'kpi',
      'scopeType',
      'scope',
      'baseline',
      'target',
      'unit',
      'start',
      'deadline',
      'frequency',
      'owner',
      'specific',
      'measurable',
      'achievable',
      'realistic',
      'timeBound',
      'strategicGoal',
      'pairedKpi',
      'status',
      'current',
      'progress',
      'pace',
    ]);
    expect(headers('objectives', 'en').slice(11, 16)).toEqual([
      'Specific',
      'Measurable',
      'Achievable',
      'Realistic',
      'Time-bound',
    ]);
    expect(headers('objectives', 'fr').slice(11, 16)).toEqual([
      'Spécifique',
      'Mesurable',
      'Atteignable',
      'Réaliste',
      'Temporel',
    ]);
    expect(SCHEMA.alerts.columns.map((c) => c.key)).toEqual([
      'id',
      'objectiveId',
      'kpi',
      'scopeType',
      'scope',
      'mode',
      'threshold',
      'direction',
      'minVolume',
      'correctiveAction',
      'owner',
      'active',
    ]);
    expect(SCHEMA.actions.columns.map((c) => c.key)).toEqual([
      'date',
      'alertId',
      'kpi',
      'scope',
      'previous',
      'current',
      'change',
      'correctiveAction',
      'owner',
      'status',
      'recoveredDate',
      'kind',
      'period',
      'context',
      'comment',
    ]);
  });

  it('are complete in both languages: keys and headers unique, no blank text', () => {
    for (const key of SHEET_KEYS) {
      const columns: readonly ColumnSpec[] = SCHEMA[key].columns;
      const keys = columns.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const c of columns) {
        expect(c.key).toMatch(/^[a-z][A-Za-z]*$/);
        expect(c.en.trim()).not.toBe('');
        expect(c.fr.trim()).not.toBe('');
        expect(c.en).toBe(c.en.trim());
        expect(c.fr).toBe(c.fr.trim());
      }
      for (const language of ['en', 'fr'] as const) {
        const names = headers(key, language).map((h) => h.toLowerCase());
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });

  it('have a known value type and a Sheets number format that fits it', () => {
    for (const key of SHEET_KEYS) {
      for (const c of SCHEMA[key].columns as readonly ColumnSpec[]) {
        expect(ALL_TYPES).toContain(c.type);
        expect(c.format).not.toBe('');
        if (c.type === 'date') expect(c.format).toMatch(/^yyyy-mm(-dd)?( hh:mm)?$/);
        if (c.type === 'percent') expect(c.format).toMatch(/%$/);
        if (['text', 'email', 'id'].includes(c.type)) expect(c.format).toBe('@');
        if (c.type === 'currency') expect(c.format).toBe('#,##0.00');
      }
    }
    expect(DEFAULT_FORMATS.date).toBe('yyyy-mm-dd');
    expect(columnSpec('spend', 'month').format).toBe('yyyy-mm');
    expect(columnSpec('pipeline', 'amount')).toMatchObject({
      type: 'currency',
      format: '#,##0.00',
    });
    expect(columnSpec('activities', 'duration')).toMatchObject({ type: 'duration', format: '0' });
    expect(columnSpec('objectives', 'progress')).toMatchObject({ type: 'percent', format: '0%' });
    expect(columnSpec('teams', 'leadEmail').type).toBe('email');
    expect(columnSpec('pipeline', 'dealId').type).toBe('id');
  });

  it('give each column its position by key', () => {
    const p = columnIndexes('pipeline');
    expect([p.dealId, p.amount, p.leadDate, p.wonDate, p.lostReason]).toEqual([0, 7, 9, 12, 14]);
    expect(columnIndexes('teams')).toEqual({ team: 0, leadName: 1, leadEmail: 2 });
    expect(() => columnSpec('teams', 'nope' as 'team')).toThrow(
      'The teams sheet has no column "nope"',
    );
  });
});

describe('dropdown choices', () => {
  it('offer the activity types in both languages', () => {
    expect(choicesOf('activities', 'type')).toBe(ACTIVITY_TYPES);
    expect(labels(ACTIVITY_TYPES, 'en')).toEqual([
      'Call',
      'Email',
      'Meeting',
      'Proposal',
      'Webinar',
    ]);
    expect(labels(ACTIVITY_TYPES, 'fr')).toEqual([
      'Appel',
      'Email',
      'Rendez-vous',
      'Proposition',
      'Webinaire',
    ]);
  });

  it("spell the labels the =KPI_* functions' defaults recognise", () => {
    // KPI_INTERACTION_SCORE: Call/Appel, Positive reply/Réponse positive, Attended/Présent.
    expect(labels(OUTCOMES, 'en')).toEqual(expect.arrayContaining(['Positive reply', 'Attended']));
    expect(labels(OUTCOMES, 'fr')).toEqual(expect.arrayContaining(['Réponse positive', 'Présent']));
    // KPI_REFERRAL_RATE: Referral/Recommandation.
    expect(findChoice(SOURCES, 'Referral')?.fr).toBe('Recommandation');
  });

  it('give every outcome to exactly one activity type', () => {
    const listed = Object.values(OUTCOMES_BY_TYPE).flat();
    expect([...listed].sort()).toEqual(OUTCOMES.map((o) => o.key).sort());
    expect(OUTCOMES_BY_TYPE.call).toEqual(['connected', 'voicemail', 'noAnswer']);
    expect(OUTCOMES_BY_TYPE.webinar).toEqual(['attended', 'registered']);
  });

  it('cover sources, segments, content, survey kinds, lost reasons', () => {
    expect(choicesOf('activities', 'outcome')).toBe(OUTCOMES);
    expect(choicesOf('pipeline', 'segment')).toBe(SEGMENTS);
    expect(choicesOf('customers', 'segment')).toBe(SEGMENTS);
    expect(choicesOf('pipeline', 'source')).toBe(SOURCES);
    expect(choicesOf('spend', 'channel')).toBe(SOURCES);
    expect(choicesOf('pipeline', 'content')).toBe(CONTENT_TYPES);
    expect(choicesOf('pipeline', 'lostReason')).toBe(LOST_REASONS);
    expect(choicesOf('surveys', 'kind')).toBe(SURVEY_KINDS);
    expect(choicesOf('alerts', 'mode')).toBe(ALERT_MODES);
    expect(choicesOf('alerts', 'direction')).toBe(DIRECTIONS);
    expect(labels(SEGMENTS, 'en')).toEqual(['SMB', 'Mid-market', 'Enterprise']);
    expect(labels(SEGMENTS, 'fr')).toEqual(['PME', 'ETI', 'Grand compte']);
    expect(labels(SURVEY_KINDS, 'en')).toEqual(['NPS', 'CSAT']);
    expect(labels(SOURCES, 'en')).toContain('Referral');
    expect(labels(CONTENT_TYPES, 'en')).toEqual([
      'Case study',
      'Webinar',
      'Whitepaper',
      'Demo video',
      'Pricing page',
    ]);
    expect(labels(ALERT_MODES, 'en').map((l) => l.toLowerCase())).toEqual(['relative', 'points']);
    expect(DIRECTIONS.map((d) => d.key)).toEqual(['down', 'up']);
  });

  it('are complete and unambiguous in both languages', () => {
    for (const key of SHEET_KEYS) {
      for (const c of SCHEMA[key].columns as readonly ColumnSpec[]) {
        if (!c.choices) continue;
        expect(c.choices.length).toBeGreaterThan(1);
        const keys = c.choices.map((x) => x.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const language of ['en', 'fr'] as const) {
          const names = labels(c.choices, language).map((l) => l.toLowerCase());
          expect(names.every((n) => n.trim() !== '')).toBe(true);
          expect(new Set(names).size).toBe(names.length);
        }
        // A label in one language never names a different choice in the other.
        for (const x of c.choices) {
          expect(findChoice(c.choices, x.en)).toBe(x);
          expect(findChoice(c.choices, x.fr)).toBe(x);
        }
      }
    }
  });
});

describe('lookups', () => {
  it('find a choice by label in either language or by key, trimmed and in any case', () => {
    expect(findChoice(ACTIVITY_TYPES, ' appel ')?.key).toBe('call');
    expect(findChoice(ACTIVITY_TYPES, 'MEETING')?.key).toBe('meeting');
    expect(findChoice(ACTIVITY_TYPES, 'rendez-vous')?.key).toBe('meeting');
    expect(findChoice(OUTCOMES, 'noShow')?.en).toBe('No-show');
    expect(findChoice(ACTIVITY_TYPES, 'Visit')).toBeUndefined();
    expect(findChoice(ACTIVITY_TYPES, '')).toBeUndefined();
    expect(findChoice(ACTIVITY_TYPES, 42)).toBeUndefined();
  });
});
