// The demo workbook through the engine: the built-in dip (SAMPLE_DIP) shows as a fall of the dip
// team's lead → opportunity conversion and NPS in the dip month against the month before, large
// enough for the catalogue's default alert rules, while the other teams stay level. The values
// are checked against a direct count over the rows.
import {
  computeMetric,
  kpiEntry,
  KPI_KEYS,
  listScopes,
  schemaOrderTable,
  type WorkbookData,
} from '../../../src/addon/metrics';
import { generateSampleData, type SampleData } from '../../../src/addon/sample-data';
import { SAMPLE_DIP } from '../../helpers/sample-dip';
import { columnIndexes } from '../../../src/addon/schema';
import { breaches } from '../../../src/kpi/alert';
import { dayFromYmd } from '../../../src/kpi/days';

function workbook(sample: SampleData): WorkbookData {
  return {
    activities: schemaOrderTable('activities', sample.activities),
    pipeline: schemaOrderTable('pipeline', sample.pipeline),
    customers: schemaOrderTable('customers', sample.customers),
    orders: schemaOrderTable('orders', sample.orders),
    surveys: schemaOrderTable('surveys', sample.surveys),
  };
}

/** "2026-10" → [first day, first day of the next month]. */
function monthSpan(label: string): [number, number] {
  const [y, m] = label.split('-').map(Number);
  return [dayFromYmd(y, m, 1), dayFromYmd(y, m + 1, 1)];
}
const monthOf = (cell: unknown) =>
  cell instanceof Date
    ? `${cell.getFullYear()}-${String(cell.getMonth() + 1).padStart(2, '0')}`
    : '';

const P = columnIndexes('pipeline');
const S = columnIndexes('surveys');

/** Straight from the rows: the team's leads of the month and the share with an opportunity. */
function directConversion(sample: SampleData, team: string, month: string): number {
  const leads = sample.pipeline.filter(
    (r) => r[P.team] === team && monthOf(r[P.leadDate]) === month,
  );
  return leads.filter((r) => r[P.opportunityDate] !== '').length / leads.length;
}

/** Straight from the rows: the NPS of the team's NPS answers of the month. */
function directNps(sample: SampleData, team: string, month: string): number {
  const scores = sample.surveys
    .filter((r) => r[S.team] === team && r[S.kind] === 'NPS' && monthOf(r[S.date]) === month)
    .map((r) => r[S.score] as number);
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return (100 * (promoters - detractors)) / scores.length;
}

let sample: SampleData;
let data: WorkbookData;
beforeAll(() => {
  sample = generateSampleData();
  data = workbook(sample);
});

const TEAMS = ['Paris', 'Lyon', 'Nantes'];

describe('the demo dip', () => {
  it('is team Lyon in October 2026 (the sample’s fixed end date)', () => {
    expect(SAMPLE_DIP).toMatchObject({ team: 'Lyon', month: '2026-10', previousMonth: '2026-09' });
  });

  for (const kpi of ['lead_to_opportunity', 'nps'] as const) {
    it(`shows in ${kpi} for the dip team only, as the default alert rule sees it`, () => {
      const rule = kpiEntry(kpi).alert;
      const direct = kpi === 'nps' ? directNps : directConversion;
      for (const team of TEAMS) {
        const scope = { type: 'team', name: team } as const;
        const before = computeMetric(data, kpi, scope, ...monthSpan(SAMPLE_DIP.previousMonth));
        const during = computeMetric(data, kpi, scope, ...monthSpan(SAMPLE_DIP.month));
        expect(before.value).toBeCloseTo(direct(sample, team, SAMPLE_DIP.previousMonth), 10);
        expect(during.value).toBeCloseTo(direct(sample, team, SAMPLE_DIP.month), 10);
        const alerts = breaches(
          during.value!,
          before.value!,
          rule.threshold,
          rule.mode,
          rule.direction,
        );
        expect({ team, alerts }).toEqual({ team, alerts: team === SAMPLE_DIP.team });
        if (team === SAMPLE_DIP.team) {
          // Enough data for the rule's noise guard in both months.
          expect(before.volume).toBeGreaterThanOrEqual(rule.minVolume);
          expect(during.volume).toBeGreaterThanOrEqual(rule.minVolume);
        }
      }
    });
  }
});

describe('the demo in French', () => {
  it('gives the same KPIs as in English (labels read in either language)', () => {
    const french = workbook(generateSampleData({ language: 'fr' }));
    const [from, to] = monthSpan(SAMPLE_DIP.month);
    for (const scope of listScopes(data)) {
      for (const kpi of KPI_KEYS) {
        if (!kpiEntry(kpi).scopes.includes(scope.type)) continue;
        // French segment labels name the same segments ("SMB" is "PME").
        expect(computeMetric(french, kpi, scope, from, to)).toEqual(
          computeMetric(data, kpi, scope, from, to),
        );
      }
    }
  });
});
