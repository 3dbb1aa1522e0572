import { kpiExplain } from '../../src/functions/explain';
import { HELP_FR } from '../../src/functions/explain-fr';
/* eslint-disable @typescript-eslint/no-require-imports */
const { readHelpFile } = require('../../scripts/jsdoc.cjs');
const help: Array<{ name: string; description: string }> = readHelpFile(
  `${__dirname}/../../src/main.ts`,
);

describe('KPI_EXPLAIN', () => {
  test('English text is the autocomplete help of each function', () => {
    for (const h of help) expect(kpiExplain(h.name)).toBe(h.description);
    expect(kpiExplain('KPI_NPS', 'en')).toMatch(
      /^Net Promoter Score: 100 × \(promoters − detractors\)/,
    );
  });

  test('every function has a French text, and only those', () => {
    expect(Object.keys(HELP_FR).sort()).toEqual(help.map((h) => h.name).sort());
    expect(kpiExplain('KPI_NPS', 'fr')).toMatch(
      /^Net Promoter Score : 100 × \(promoteurs − détracteurs\)/,
    );
    expect(kpiExplain('KPI_CAC', 'fr-FR')).toMatch(/^Coût d’acquisition client/);
  });

  test('accepts names written loosely: lower case, without prefix, with = or ()', () => {
    const nps = kpiExplain('KPI_NPS');
    expect(kpiExplain('kpi_nps')).toBe(nps);
    expect(kpiExplain(' NPS ')).toBe(nps);
    expect(kpiExplain('=KPI_NPS(D2:D)')).toBe(nps);
    expect(kpiExplain([['KPI_NPS']])).toBe(nps);
  });

  test('says what is wrong', () => {
    expect(() => kpiExplain('KPI_FOO')).toThrow(
      /^KPI_EXPLAIN: "KPI_FOO" is not a KPI function; known functions: KPI_CONVERSION, /,
    );
    expect(() => kpiExplain('')).toThrow(
      'KPI_EXPLAIN: function_name is blank; give a function name such as "KPI_NPS"',
    );
    expect(() => kpiExplain('KPI_NPS', 'de')).toThrow(
      'KPI_EXPLAIN: language "de" is not "en" or "fr"',
    );
    expect(() => kpiExplain([['KPI_NPS', 'KPI_CAC']])).toThrow(
      'KPI_EXPLAIN: function_name must be a single value, not a range of 2 cells',
    );
  });
});
