import { kpiExplain } from '../../src/functions/explain';
import { KPI_FUNCTIONS } from '../../src/functions/kpi-functions';

const declarations = KPI_FUNCTIONS.map((f) => f.declaration);

describe('KPI_EXPLAIN', () => {
  test('explains every declared function with its help (the autocomplete help in English)', () => {
    for (const d of declarations) {
      expect(kpiExplain(d.name)).toBe(d.help.en);
      expect(kpiExplain(d.name, 'fr')).toBe(d.help.fr);
    }
    expect(kpiExplain('KPI_NPS', 'en')).toMatch(
      /^Net Promoter Score: 100 × \(promoters − detractors\)/,
    );
  });

  test('every function has a French text, distinct from its English one', () => {
    for (const d of declarations) {
      expect(d.help.fr.length).toBeGreaterThan(40);
      expect(d.help.fr).not.toBe(d.help.en);
    }
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
