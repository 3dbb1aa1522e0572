// The dashboard's pure layout builder: blocks and cells, references by the sheets' actual names
// and columns, missing columns, determinism, the comparison that lets a refresh skip unchanged
// blocks, and the scope list.
import { Canvas } from '../../../src/addon/dashboard/canvas';
import { blockUnchanged, layoutSignature, normalFormula } from '../../../src/addon/dashboard/diff';
import { buildLayout, type LayoutInput } from '../../../src/addon/dashboard/layout';
import { cellA1 } from '../../../src/addon/dashboard/refs';
import { keptScope, scopeOptions } from '../../../src/addon/dashboard/scopes';
import { cardOrigin, tileRules } from '../../../src/addon/dashboard/tiles';
import { TILES } from '../../../src/addon/dashboard/tile-model';
import { kpiEntry, type KpiKey } from '../../../src/addon/metrics';
import { columnIndexes, type SheetKey } from '../../../src/addon/schema';
import type { SourceLayouts } from '../../../src/addon/workbook/read-data';
import type { Located } from '../../../src/addon/workbook/locate';
import { dayFromYmd } from '../../../src/kpi/days';

const SCOPES = {
  teams: [
    { name: 'Lyon', reps: ['Julien Moreau', 'Manon Petit'] },
    { name: 'Paris', reps: ['Chloé Dubois'] },
  ],
  reps: ['Chloé Dubois', 'Julien Moreau', 'Manon Petit', 'Zoé Solo'],
  segments: ['SMB'],
};

function layouts(overrides: Partial<Record<string, Record<string, number>>> = {}): SourceLayouts {
  const out: Record<string, unknown> = {};
  for (const sheet of ['activities', 'pipeline', 'customers', 'orders', 'surveys'] as const) {
    const columns = new Map(
      Object.entries(columnIndexes(sheet)).map(([k, i]) => [k, (i as number) + 1]),
    );
    for (const [k, c] of Object.entries(overrides[sheet] ?? {})) {
      if (c < 0) columns.delete(k);
      else columns.set(k, c);
    }
    const names: Record<string, string> = {
      activities: 'Activities',
      pipeline: 'Pipeline',
      customers: 'Customers',
      orders: 'Orders',
      surveys: 'Surveys',
    };
    out[sheet] = { name: names[sheet], columns };
  }
  return out as SourceLayouts;
}

function located(): Located {
  const tagged = (key: SheetKey) =>
    new Map(Object.entries(columnIndexes(key)).map(([k, i]) => [k, (i as number) + 1]));
  return new Map([
    ['objectives', { key: 'objectives', name: 'Objectives', tagged: tagged('objectives') }],
    ['alerts', { key: 'alerts', name: 'Alerts', tagged: tagged('alerts') }],
  ]) as unknown as Located;
}

function input(overrides: Partial<LayoutInput> = {}): LayoutInput {
  const options = scopeOptions(SCOPES, 'en');
  return {
    language: 'en',
    today: dayFromYmd(2026, 11, 16),
    dashboardName: 'Dashboard',
    dataSheetName: 'KPI data',
    options,
    selected: options[0],
    layouts: layouts(),
    located: located(),
    effectiveness: [],
    groups: { segments: 3, contents: 5 },
    maxPeriods: 110,
    pipelineRows: 5216,
    ...overrides,
  };
}

function formulas(layout: ReturnType<typeof buildLayout>): string[] {
  return [...layout.dashboard.blocks, ...layout.data.blocks].flatMap((b) =>
    b.values.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('=')),
  );
}

describe('canvas', () => {
  test('cells go out in their block, styles only where a cell uses them', () => {
    const canvas = new Canvas().block('a', 2, 2, 2, 2);
    canvas.put(2, 2, '=1+1', { format: '0.0%' }).text(3, 3, '=cmd');
    canvas.landing(2, 2, 2, 2);
    const [block] = canvas.blocks();
    expect(block.values).toEqual([
      ['=1+1', ''],
      ['', "'=cmd"],
    ]);
    expect(block.formats).toEqual([
      ['0.0%', 'General'],
      ['General', 'General'],
    ]);
    expect(block.weights).toBeUndefined();
    expect(block.landing).toEqual([
      [false, true],
      [true, true],
    ]);
  });

  test('a cell outside every block is a layout bug', () => {
    const canvas = new Canvas().block('a', 1, 1, 1, 1);
    canvas.put(5, 5, 'lost');
    expect(() => canvas.blocks()).toThrow('Cell 5:5 lies outside every block');
  });
});

describe('comparing a block with the sheet', () => {
  test('formulas compare without quotes, spaces or case outside string literals', () => {
    expect(normalFormula("='KPI data'!$H$5 + sum(A1)")).toBe('=KPIDATA!$H$5+SUM(A1)');
    expect(normalFormula('=IF(A1="a b",1)')).toBe('=IF(A1="a b",1)');
    expect(normalFormula('=Pipeline!$J$2:$J')).toBe(normalFormula("='Pipeline'!$J$2:$J"));
  });

  test('values, dates, neutralised texts and spill areas', () => {
    const canvas = new Canvas().block('b', 1, 1, 1, 4);
    canvas
      .put(1, 1, "='My sheet'!A1")
      .put(1, 2, new Date(2026, 10, 16))
      .text(1, 3, '+33');
    canvas.landing(1, 3, 1, 2);
    const [block] = canvas.blocks();
    const state = (d: number, spill: unknown) => ({
      formulas: [['=My sheet!A1'.replace('My sheet', "'My sheet'"), '', '', '']],
      values: [[1, new Date(2026, 10, d), '+33', spill]],
      formats: [['', '', '', '']],
    });
    expect(blockUnchanged(block, state(16, 42))).toBe(true);
    expect(blockUnchanged(block, state(17, 42))).toBe(false);
  });

  test('the signature changes when a block moves or the sheet must grow', () => {
    const a = new Canvas().block('x', 1, 1, 2, 2).blocks();
    const b = new Canvas().block('x', 2, 1, 2, 2).blocks();
    expect(layoutSignature([a], [10])).toBe(layoutSignature([a], [10]));
    expect(layoutSignature([a], [10])).not.toBe(layoutSignature([b], [10]));
    expect(layoutSignature([a], [10])).not.toBe(layoutSignature([a], [11]));
  });
});

describe('scope options', () => {
  test('the company, each team followed by its reps, then reps of no team', () => {
    expect(scopeOptions(SCOPES, 'en').map((o) => o.label)).toEqual([
      'Company',
      'Team: Lyon',
      'Rep: Julien Moreau',
      'Rep: Manon Petit',
      'Team: Paris',
      'Rep: Chloé Dubois',
      'Rep: Zoé Solo',
    ]);
    expect(
      scopeOptions(SCOPES, 'fr')
        .map((o) => o.label)
        .slice(0, 3),
    ).toEqual(['Entreprise', 'Équipe : Lyon', 'Commercial : Julien Moreau']);
  });

  test('a refresh keeps the chosen scope, written in either language; else the company', () => {
    const options = scopeOptions(SCOPES, 'fr');
    expect(keptScope(options, 'Team: Lyon').label).toBe('Équipe : Lyon');
    expect(keptScope(options, ' rep: manon petit ').label).toBe('Commercial : Manon Petit');
    expect(keptScope(options, 'Team: Gone').label).toBe('Entreprise');
    expect(keptScope(options, 42).label).toBe('Entreprise');
  });
});

describe('the layout', () => {
  test('the same input gives the same layout (a refresh is idempotent)', () => {
    expect(JSON.stringify(buildLayout(input()))).toBe(JSON.stringify(buildLayout(input())));
  });

  test('formulas name the sheets as they are now, quoted, and the columns where they are', () => {
    const layout = buildLayout(
      input({
        dataSheetName: "Données d'Ana",
        dashboardName: 'Tableau de bord',
        layouts: layouts({ pipeline: { leadDate: 3, team: 20 } }),
      }),
    );
    const all = formulas(layout).join('\n');
    // The Dashboard reads the hidden sheet (its windows, tiles and copied tables), quoted.
    expect(all).toContain("='Données d''Ana'!$");
    expect(all).toContain('=\'Tableau de bord\'!$B$2&""');
    expect(all).toContain("'Pipeline'!$C$2:$C");
    expect(all).toContain("('Pipeline'!$T$2:$T=$H$6)");
    expect(all).not.toContain("'Pipeline'!$J$2:$J");
  });

  test('no formula uses a function Sheets or the local engine lacks, nor references in {…}', () => {
    for (const f of formulas(buildLayout(input()))) {
      expect(f).not.toMatch(/\b(QUERY|LET|LAMBDA|MAP|BYROW|SORTN|FLATTEN|CHOOSECOLS|IMPORT\w*)\(/);
      for (const literal of f.match(/\{[^}]*\}/g) ?? []) expect(literal).not.toMatch(/!/);
    }
  });

  test('the funnel: KPI_FUNNEL on the hidden sheet, its rows under the reader’s headings', () => {
    const layout = buildLayout(input({ language: 'fr' }));
    const block = (blocks: typeof layout.data.blocks, name: string) =>
      blocks.find((b) => b.name === name)!;
    const hidden = block(layout.data.blocks, 'funnel table');
    expect(String(hidden.values[0][0])).toMatch(/^=KPI_FUNNEL\(/);
    const shown = block(layout.dashboard.blocks, 'funnel').values;
    // The function's English header row is never shown: French headings, then its data rows.
    expect(shown[1]).toEqual([
      'Étape',
      'Atteinte',
      'Conversion depuis l’étape d’avant',
      'Conversion depuis la première',
    ]);
    const anchor = `'KPI data'!${cellA1(hidden.row, hidden.column)}`;
    expect(shown[2][0]).toContain(`ISERROR(${anchor}),${anchor}`);
    expect(shown[3][0]).toMatch(/^=ARRAYFORMULA\(IF\('KPI data'!\$\w+\$3:\$\w+\$5=""/);
  });

  test('a missing column puts a note where its formulas would be, and nothing breaks', () => {
    const layout = buildLayout(input({ layouts: layouts({ pipeline: { wonDate: -1 } }) }));
    const notes = [...layout.dashboard.blocks, ...layout.data.blocks]
      .flatMap((b) => b.values.flat())
      .filter((v) => v === 'Missing column: Pipeline › Won date');
    // The won series, the lost series (it reads Won date), the funnel, the segment table.
    expect(notes.length).toBeGreaterThanOrEqual(4);
  });

  test('a missing column or sheet is named in the layout’s problems, a deleted sheet as such', () => {
    expect(buildLayout(input()).problems).toEqual([]);
    const column = buildLayout(input({ layouts: layouts({ pipeline: { wonDate: -1 } }) }));
    expect(column.problems).toEqual(['Missing column: Pipeline › Won date']);
    const { pipeline: _, ...rest } = layouts();
    const sheet = buildLayout(input({ layouts: rest as SourceLayouts }));
    const missing = 'Pipeline sheet not found: run Set up KPI workbook or restore it';
    expect(sheet.problems).toEqual([missing]);
    // Where the tiles' and tables' formulas would be, the note says it too.
    const notes = [...sheet.dashboard.blocks, ...sheet.data.blocks]
      .flatMap((b) => b.values.flat())
      .filter((v) => v === missing);
    expect(notes.length).toBeGreaterThanOrEqual(4);
    const fr = buildLayout(input({ layouts: rest as SourceLayouts, language: 'fr' }));
    expect(fr.problems).toEqual([
      'Feuille Pipeline introuvable : lancez Préparer le classeur KPI ou restaurez-la',
    ]);
  });

  test('3 colour rules, one per status, over both rows of tiles, keyed on the status cell of each card', () => {
    const rules = tileRules('en');
    expect(rules.map((r) => r.colour)).toEqual(['red', 'amber', 'green']);
    const status = 'INDEX($A$1:$L$14,ROW(A5)-MOD(ROW(A5)-5,6)+1,COLUMN(A5)-MOD(COLUMN(A5)-1,3)+2)';
    expect(rules[0]).toEqual({
      ranges: [
        { row: 5, column: 1, numRows: 4, numColumns: 12 },
        { row: 11, column: 1, numRows: 4, numColumns: 12 },
      ],
      condition: `${status}="Alert"`,
      colour: 'red',
    });
  });
});

describe('KPIs retired by the relevance review', () => {
  test('get no tile; the other tiles close up, in their order', () => {
    const names = new Set(TILES.map((t) => kpiEntry(t.kpi).name.en));
    const titles = (retired?: Set<KpiKey>) =>
      buildLayout(input({ retired }))
        .dashboard.blocks.find((b) => b.name === 'tiles')!
        .values.flat()
        .filter((v) => names.has(v as string));
    const all = titles();
    expect(all).toEqual(TILES.map((t) => kpiEntry(t.kpi).name.en));
    expect(titles(new Set<KpiKey>(['nps', 'calls']))).toEqual(
      all.filter((v) => v !== 'Net Promoter Score' && v !== 'Calls'),
    );
    // The first card is the first KPI still tracked.
    const block = buildLayout(input({ retired: new Set<KpiKey>(['calls']) })).dashboard.blocks.find(
      (b) => b.name === 'tiles',
    )!;
    const first = cardOrigin(0);
    expect(block.values[first.row - block.row][first.column - block.column]).toBe(
      kpiEntry(TILES[1].kpi).name.en,
    );
  });
});
