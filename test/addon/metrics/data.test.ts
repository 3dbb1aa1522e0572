// Reading the sheets' cells: columns found by key wherever they stand, headers in either
// language, unreadable cells left out and reported with their row, one typed read per
// WorkbookData, and the scopes the data holds.
import {
  columnsFromHeader,
  computeMetric,
  describeScope,
  listScopes,
  readTables,
  scopeKey,
  scopesInData,
  type WorkbookData,
} from '../../../src/addon/metrics';
import { columnIndexes, headers } from '../../../src/addon/schema';
import { ACTIVITIES, d, fixture, JAN, row } from './fixture';

const company = { type: 'company' } as const;

describe('columns', () => {
  it('are found by key wherever they stand (moved columns still work)', () => {
    const index = columnIndexes('activities') as Record<string, number>;
    const width = Object.keys(index).length;
    // The same rows with their columns in reverse order, and the map saying so.
    const reversed = ACTIVITIES.map((r) => [...r].reverse());
    const columns = Object.fromEntries(
      Object.entries(index).map(([key, i]) => [key, width - 1 - i]),
    );
    const moved: WorkbookData = { activities: { rows: reversed, columns } };
    expect(computeMetric(moved, 'calls', company, ...JAN).value).toBe(3);
    expect(computeMetric(moved, 'significant_interactions', company, ...JAN).value).toBe(3);
  });

  it('are found from a header row in English or French, any case, accents or not', () => {
    expect(columnsFromHeader('pipeline', headers('pipeline', 'en'))).toEqual(
      columnIndexes('pipeline'),
    );
    const header = ['Notes', 'DATE LEAD', 'date opportunite', 'ID affaire', 42, '', 'Équipe'];
    expect(columnsFromHeader('pipeline', header)).toEqual({
      leadDate: 1,
      opportunityDate: 2,
      dealId: 3,
      team: 6,
    });
  });
});

describe('unreadable cells', () => {
  const activities = [
    row('activities', { date: 'soon', rep: 'Ann', team: 'North', type: 'Call', duration: 20 }),
    row('activities', {
      date: d(2026, 1, 5),
      rep: 'Ann',
      team: 'North',
      type: 'Call',
      duration: 'long',
    }),
    row('activities', {
      date: d(2026, 1, 6),
      rep: 'Ann',
      team: 'North',
      type: 'Call',
      duration: 16,
    }),
    row('activities', { date: true, rep: 'Ann', team: 'North', type: 'Call', duration: 16 }),
  ];
  const orders = [
    row('orders', { date: d(2026, 1, 5), amount: '1,234', cost: 10, team: 'North' }),
    row('orders', { date: d(2026, 1, 6), amount: '$1,234.50', cost: '12,5 %', team: 'North' }),
    row('orders', { date: new Date(NaN), amount: 100, team: 'North' }),
  ];
  const data = (): WorkbookData => ({
    activities: { rows: activities, columns: columnIndexes('activities'), firstRow: 5 },
    orders: { rows: orders, columns: columnIndexes('orders') },
  });

  it('count as blank: the other rows still count', () => {
    const workbook = data();
    // The undated call and the TRUE date are left out; the call of 'long' minutes is a call
    // without a duration (not significant).
    expect(computeMetric(workbook, 'calls', company, ...JAN).value).toBe(2);
    expect(computeMetric(workbook, 'significant_interactions', company, ...JAN).value).toBe(1);
    // "1,234" is ambiguous (one thousand or one point two): left out, never guessed.
    expect(computeMetric(workbook, 'revenue', company, ...JAN)).toEqual({
      value: 1234.5,
      volume: 1,
    });
  });

  it('are reported with their sheet, column and row number', () => {
    const tables = readTables(data()).readAll();
    expect(tables.problems).toEqual([
      { sheet: 'activities', column: 'date', row: 5, cell: '"soon"', kind: 'not a date' },
      { sheet: 'activities', column: 'date', row: 8, cell: 'true', kind: 'not a date' },
      { sheet: 'activities', column: 'duration', row: 6, cell: '"long"', kind: 'not a number' },
      { sheet: 'orders', column: 'date', row: 4, cell: 'an invalid date', kind: 'not a date' },
      { sheet: 'orders', column: 'amount', row: 2, cell: '"1,234"', kind: 'ambiguous number' },
    ]);
    expect(tables.problemCount).toBe(5);
  });

  it('include survey scores outside their kind’s scale', () => {
    const tables = readTables(fixture()).readAll();
    expect(tables.problems).toEqual([
      { sheet: 'surveys', column: 'score', row: 10, cell: '11', kind: 'invalid score' },
      { sheet: 'surveys', column: 'score', row: 11, cell: '0', kind: 'invalid score' },
    ]);
  });
});

describe('readTables', () => {
  it('reads a WorkbookData once, and each table only when a KPI needs it', () => {
    const data = fixture();
    const tables = readTables(data);
    expect(readTables(data)).toBe(tables);
    expect(readTables(fixture())).not.toBe(tables);
    computeMetric(data, 'calls', company, ...JAN);
    // The Surveys sheet has not been read yet: its invalid scores are not reported.
    expect(tables.problemCount).toBe(0);
    computeMetric(data, 'nps', company, ...JAN);
    expect(tables.problemCount).toBe(2);
  });
});

describe('scopes in the data', () => {
  it('lists the teams with their reps, the reps and the segments (one per language pair)', () => {
    expect(scopesInData(fixture())).toEqual({
      teams: [
        { name: 'North', reps: ['Ann', 'Bob'] },
        { name: 'South', reps: ['Cid'] },
      ],
      reps: ['Ann', 'Bob', 'Cid'],
      // "PME" is the French SMB: one segment, named as first met.
      segments: ['Enterprise', 'Mid-market', 'SMB'],
    });
  });

  it('gives every scope, the company first', () => {
    expect(listScopes(fixture())).toEqual([
      { type: 'company' },
      { type: 'team', name: 'North' },
      { type: 'team', name: 'South' },
      { type: 'rep', name: 'Ann' },
      { type: 'rep', name: 'Bob' },
      { type: 'rep', name: 'Cid' },
      { type: 'segment', name: 'Enterprise' },
      { type: 'segment', name: 'Mid-market' },
      { type: 'segment', name: 'SMB' },
    ]);
  });
});

describe('scope helpers', () => {
  it('key a scope by type and compared name, and describe it in either language', () => {
    expect(scopeKey({ type: 'company' })).toBe('company');
    expect(scopeKey({ type: 'team', name: ' Lyon ' })).toBe('team:lyon');
    expect(describeScope({ type: 'rep', name: 'Chloé Dubois' }, 'fr')).toBe(
      'commercial Chloé Dubois',
    );
    expect(describeScope({ type: 'team', name: 'Lyon' }, 'en')).toBe('team Lyon');
    expect(describeScope({ type: 'company' }, 'fr')).toBe('entreprise');
  });
});
