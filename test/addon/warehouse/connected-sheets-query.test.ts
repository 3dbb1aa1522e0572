// The explore sheet's raw query (src/addon/warehouse/connected-sheets-query.ts): the emitter's
// GoogleSQL with each @parameter written as a literal of its type, and nothing else changed:
// quoted strings, quoted identifiers and comments keep any "@" they hold.
import { sqlWithLiterals } from '../../../src/addon/warehouse/connected-sheets-query';
import type { EmittedQuery } from '../../../src/warehouse/api';
import { emitQuery, WAREHOUSE_KPIS } from '../../../src/warehouse/emit';
import { WAREHOUSE_COLUMNS } from '../../../src/warehouse/columns';

const query = (sql: string, parameters: EmittedQuery['parameters']): EmittedQuery => ({
  kpi: 'test',
  dialect: 'googlesql',
  sql,
  parameters,
  reads: [],
});

test('every KPI query: only its parameter references change, to literals', () => {
  const tables = Object.fromEntries(
    Object.keys(WAREHOUSE_COLUMNS).map((t) => [t, { table: `acme.crm.${t.toLowerCase()}` }]),
  );
  const options = { asOf: '2024-02-29', timeZone: 'America/Los_Angeles', from: '2023-01-01' };
  for (const kpi of WAREHOUSE_KPIS) {
    const emitted = emitQuery(kpi, 'googlesql', tables, options);
    let expected = emitted.sql;
    for (const [name, literal] of [
      ['as_of', "DATE '2024-02-29'"],
      ['from_date', "DATE '2023-01-01'"],
      ['time_zone', "'America/Los_Angeles'"],
    ])
      expected = expected.replace(new RegExp(`@${name}\\b`, 'g'), literal);
    expect(sqlWithLiterals(emitted)).toBe(expected);
    expect(sqlWithLiterals(emitted)).not.toContain('@');
  }
});

test('quoted text, identifiers and comments keep their "@"; values are escaped; unknown names fail', () => {
  const q = query(
    "SELECT 'a@b', `x@y`, @who, @n, @ok, @none -- @as_of\nFROM t WHERE d <= @day /* @day */",
    [
      { name: 'who', type: 'STRING', value: "O'Brien \\ co" },
      { name: 'n', type: 'INT64', value: 42 },
      { name: 'ok', type: 'BOOL', value: true },
      { name: 'none', type: 'DATE', value: null },
      { name: 'day', type: 'DATE', value: '2024-03-31' },
    ],
  );
  expect(sqlWithLiterals(q)).toBe(
    "SELECT 'a@b', `x@y`, 'O\\'Brien \\\\ co', 42, TRUE, CAST(NULL AS DATE) -- @as_of\n" +
      "FROM t WHERE d <= DATE '2024-03-31' /* @day */",
  );
  expect(() => sqlWithLiterals(query('SELECT @missing', []))).toThrow(
    'The query of test names @missing, which it does not carry',
  );
});
