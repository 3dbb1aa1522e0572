// Reading the Alerts sheet: the wizard's rows, rows typed by hand in English or French with
// blanks taking the defaults, and every kind of bad row reported by its row number and left out
// while the other rows still count.
import { readRules } from '../../../src/addon/alerts/read-rules';
import { KnownScopes } from '../../../src/addon/alerts/resolve';
import { alertRows } from '../../../src/addon/workbook/alerts-sheet';
import type { ConfigTable } from '../../../src/addon/workbook/cells';
import type { ObjectiveRecord } from '../../../src/addon/workbook/objectives-sheet';
import { columnIndexes, type ColumnKey } from '../../../src/addon/schema';
import type { Language } from '../../../src/addon/i18n';
import { noteText } from '../../../src/addon/alerts/note-words';
import type { RuleProblem } from '../../../src/addon/alerts/types';
import { actionIn } from '../../../src/addon/workbook/stored-text';
import { objective } from './fixture';
import { kpiEntry } from '../../../src/addon/metrics';
import type { AlertMessage } from '../../../src/addon/alerts/messages';

const known = new KnownScopes({
  teams: [
    { name: 'Lyon', reps: ['Chloé Dubois'] },
    { name: 'Paris', reps: ['Lucas Bernard'] },
  ],
  reps: ['Chloé Dubois', 'Lucas Bernard'],
  segments: ['SMB', 'Enterprise'],
});

type Cells = { [K in ColumnKey<'alerts'>]?: unknown };
const COLUMNS = columnIndexes('alerts');

function table(rows: Cells[]): ConfigTable {
  const width = Object.keys(COLUMNS).length;
  return {
    rows: rows.map((cells) => {
      const out: unknown[] = new Array(width).fill('');
      for (const [key, value] of Object.entries(cells))
        out[COLUMNS[key as ColumnKey<'alerts'>]] = value;
      return out;
    }),
    columns: COLUMNS,
    firstRow: 2,
  };
}

function read(rows: Cells[], objectives: ObjectiveRecord[] = []) {
  return readRules(alertRows(table(rows)), new Map(objectives.map((o) => [o.id, o])), known);
}

/** A problem as the report says it (the core keeps the key; the edge makes the words). */
const said = (p: RuleProblem, language: Language = 'en') => ({
  row: p.row,
  id: p.id,
  key: p.note.key,
  message: noteText(p.note, language),
  skipped: p.skipped,
});

const lyon = { scopeType: 'Team', scope: 'Lyon' };

describe('rows the wizard writes', () => {
  it('are read as written, with the period of their objective', () => {
    const result = read(
      [
        {
          id: 'ALR-0003',
          objectiveId: 'OBJ-0001',
          kpi: 'Lead → opportunity conversion',
          ...lyon,
          mode: 'Relative',
          threshold: 0.15,
          direction: 'Down',
          minVolume: 25,
          correctiveAction: 'Coach the reps',
          owner: 'lead@example.com',
          active: 'Yes',
        },
      ],
      [objective({ frequency: 'weekly' })],
    );
    expect(result.problems).toEqual([]);
    expect(result.assignedIds).toEqual([]);
    expect(result.rules).toEqual([
      {
        id: 'ALR-0003',
        row: 2,
        objectiveId: 'OBJ-0001',
        kpi: 'lead_to_opportunity',
        scope: { type: 'team', name: 'Lyon' },
        mode: 'relative',
        threshold: 0.15,
        direction: 'down',
        minVolume: 25,
        action: 'Coach the reps',
        owner: 'lead@example.com',
        period: 'week',
      },
    ]);
  });
});

describe('rows typed by hand', () => {
  it('blank cells take the catalogue’s defaults; the rule gets an ID', () => {
    const result = read([{ kpi: 'nps', ...lyon }]);
    expect(result.problems).toEqual([]);
    expect(result.assignedIds).toEqual([{ index: 0, id: 'ALR-0001' }]);
    expect(result.rules[0]).toEqual({
      id: 'ALR-0001',
      row: 2,
      objectiveId: '',
      kpi: 'nps',
      scope: { type: 'team', name: 'Lyon' },
      mode: 'points',
      threshold: 10,
      direction: 'down',
      minVolume: 30,
      action: 'Run an in-depth satisfaction survey and call back the detractors.',
      owner: '',
      period: 'quarter',
    });
  });

  it('French labels and numbers, French default action', () => {
    const result = read(
      [
        {
          kpi: 'Conversion lead → opportunité',
          scopeType: 'Équipe',
          scope: ' lyon ',
          mode: 'Relatif',
          threshold: '12,5 %',
          direction: 'Baisse',
          active: 'Oui',
        },
      ],
      [],
    );
    expect(result.problems).toEqual([]);
    // The rule keeps the catalogue's default; the edges say it in their reader's language.
    expect(actionIn(result.rules[0].action, 'fr')).toBe(
      'Analyser la qualité des leads et les critères de qualification ; former les commerciaux.',
    );
    expect(result.rules[0]).toMatchObject({
      kpi: 'lead_to_opportunity',
      scope: { type: 'team', name: 'lyon' },
      mode: 'relative',
      threshold: 0.125,
      direction: 'down',
      action: kpiEntry('lead_to_opportunity').alert.action.en,
      period: 'month',
    });
  });

  it('a scope name alone is the team, rep or segment of the data that has it', () => {
    const result = read([
      { kpi: 'win_rate', scope: 'Chloé Dubois' },
      { kpi: 'win_rate', scope: 'PME' },
      { kpi: 'win_rate' },
    ]);
    expect(result.rules.map((r) => r.scope)).toEqual([
      { type: 'rep', name: 'Chloé Dubois' },
      { type: 'segment', name: 'PME' },
      { type: 'company' },
    ]);
  });

  it('an objective ID alone gives the KPI, scope, period and owner', () => {
    const result = read([{ objectiveId: 'OBJ-0001' }], [objective()]);
    expect(result.rules[0]).toMatchObject({
      objectiveId: 'OBJ-0001',
      kpi: 'lead_to_opportunity',
      scope: { type: 'team', name: 'North' },
      period: 'month',
      owner: 'lead@example.com',
    });
  });

  it('an unknown objective is reported, and the rule still runs on the KPI’s default period', () => {
    const result = read([{ objectiveId: 'OBJ-0042', kpi: 'calls', ...lyon }]);
    expect(result.rules[0]).toMatchObject({ objectiveId: '', period: 'week' });
    expect(result.problems.map((p) => said(p))).toEqual([
      {
        row: 2,
        id: 'ALR-0001',
        key: 'objectiveUnknown',
        message:
          'row 2: objective "OBJ-0042" is not in the Objectives sheet; the rule compares weeks',
        skipped: false,
      },
    ]);
  });

  it('inactive rows are left out without a word; Active TRUE/FALSE (a checkbox) works too', () => {
    const result = read([
      { kpi: 'nps', ...lyon, active: 'No' },
      { kpi: 'nps', ...lyon, active: false },
      { kpi: 'nps', ...lyon, active: true },
      { kpi: 'nps', ...lyon, active: 'Non' },
    ]);
    expect(result.rules.map((r) => r.row)).toEqual([4]);
    expect(result.problems).toEqual([]);
  });

  it('IDs continue after the largest ALR- ID; blank rows get none', () => {
    const result = read([
      { id: 'ALR-0007', kpi: 'nps', ...lyon },
      { kpi: 'nps', ...lyon },
      {},
      { id: 'mine', kpi: 'nps', ...lyon },
      { kpi: 'csat', ...lyon },
    ]);
    expect(result.assignedIds).toEqual([
      { index: 1, id: 'ALR-0008' },
      { index: 4, id: 'ALR-0009' },
    ]);
    expect(result.rules.map((r) => r.id)).toEqual(['ALR-0007', 'ALR-0008', 'mine', 'ALR-0009']);
  });
});

describe('bad rows are reported by row and left out; the others still count', () => {
  const cases: Array<[string, Cells, AlertMessage, string]> = [
    [
      'unknown KPI',
      { kpi: 'Convrsion', ...lyon },
      'kpiUnknown',
      'row 3: KPI "Convrsion" is not one the add-on knows (for example "Calls", "Emails", "Meetings held", "Significant interactions"…)',
    ],
    [
      'no KPI',
      { ...lyon },
      'kpiMissing',
      'row 3: no KPI (type one, or the ID of an objective whose KPI it takes)',
    ],
    [
      'unknown scope type',
      { kpi: 'nps', scopeType: 'Region', scope: 'Lyon' },
      'scopeTypeUnknown',
      'row 3: scope type "Region" is not Company, Team, Rep or Segment',
    ],
    [
      'scope without a name',
      { kpi: 'nps', scopeType: 'Team' },
      'scopeNameMissing',
      'row 3: a Team scope needs a name in the Scope column',
    ],
    [
      'scope not in the data',
      { kpi: 'nps', scopeType: 'Team', scope: 'Lyonn' },
      'scopeUnknown',
      'row 3: no row of the data names the Team "Lyonn"',
    ],
    [
      'name of nothing',
      { kpi: 'nps', scope: 'Marseille' },
      'scopeNotFound',
      'row 3: "Marseille" is no team, rep or segment of the data',
    ],
    [
      'scope the KPI cannot use',
      { kpi: 'calls', scopeType: 'Segment', scope: 'SMB' },
      'scopeUnsupported',
      'row 3: Calls cannot be computed for a segment (its data has no segment)',
    ],
    [
      'unknown mode',
      { kpi: 'nps', ...lyon, mode: 'Percent' },
      'modeUnknown',
      'row 3: mode "Percent" is neither Relative nor Points',
    ],
    [
      'threshold not a number',
      { kpi: 'nps', ...lyon, threshold: 'ten' },
      'thresholdBad',
      'row 3: threshold "ten" is not a number',
    ],
    [
      'threshold 0',
      { kpi: 'nps', ...lyon, threshold: 0 },
      'thresholdNotPositive',
      'row 3: the threshold must be above 0 (with 0, every period would alert)',
    ],
    [
      'negative threshold',
      { kpi: 'nps', ...lyon, threshold: -5 },
      'thresholdNotPositive',
      'row 3: the threshold must be above 0 (with -5, every period would alert)',
    ],
    [
      'a 1000 % fall',
      { kpi: 'win_rate', ...lyon, threshold: 10 },
      'thresholdTooLarge',
      'row 3: a relative threshold of 10 is a fall of more than 100 %, which cannot happen; write 10 % (or 0.1) for ten percent',
    ],
    [
      'points without a threshold',
      { kpi: 'win_rate', ...lyon, mode: 'Points' },
      'thresholdMissing',
      'row 3: a Points rule needs a threshold',
    ],
    [
      'unknown direction',
      { kpi: 'nps', ...lyon, direction: 'Sideways' },
      'directionUnknown',
      'row 3: direction "Sideways" is neither Down nor Up',
    ],
    [
      'negative minimum volume',
      { kpi: 'nps', ...lyon, minVolume: -1 },
      'minVolumeBad',
      'row 3: minimum volume "-1" is not a number of 0 or more',
    ],
    [
      'minimum volume not a number',
      { kpi: 'nps', ...lyon, minVolume: 'many' },
      'minVolumeBad',
      'row 3: minimum volume "many" is not a number of 0 or more',
    ],
    [
      'unknown Active',
      { kpi: 'nps', ...lyon, active: 'maybe' },
      'activeUnknown',
      'row 3: Active "maybe" is neither Yes nor No',
    ],
  ];
  it.each(cases)('%s', (_, cells, key, message) => {
    const good = { id: 'ALR-0001', kpi: 'nps', ...lyon };
    const result = read([good, { id: 'ALR-0002', ...cells }, { ...good, id: 'ALR-0003' }]);
    expect(result.problems.map((p) => said(p))).toEqual([
      { row: 3, id: 'ALR-0002', key, message, skipped: true },
    ]);
    expect(result.rules.map((r) => r.id)).toEqual(['ALR-0001', 'ALR-0003']);
  });

  it('a rise of more than 100 % is a valid threshold (direction up)', () => {
    const result = read([{ kpi: 'cycle_days', ...lyon, threshold: 2, direction: 'Up' }]);
    expect(result.problems).toEqual([]);
    expect(result.rules[0]).toMatchObject({ threshold: 2, direction: 'up' });
  });

  it('a repeated ID: the first row keeps it, the second is left out', () => {
    const result = read([
      { id: 'ALR-0001', kpi: 'nps', ...lyon },
      { id: 'ALR-0001', kpi: 'csat', ...lyon },
    ]);
    expect(result.rules.map((r) => r.kpi)).toEqual(['nps']);
    expect(said(result.problems[0])).toMatchObject({
      key: 'duplicateId',
      message: 'row 3: ID "ALR-0001" is already used by row 2; this row was left out',
    });
  });

  it('in French', () => {
    const result = read([{ id: 'ALR-0002', kpi: 'nps', scopeType: 'Équipe', scope: 'Lyonn' }]);
    expect(said(result.problems[0], 'fr')).toMatchObject({
      key: 'scopeUnknown',
      message: 'ligne 2 : aucune ligne des données ne nomme Équipe « Lyonn »',
    });
  });
});
