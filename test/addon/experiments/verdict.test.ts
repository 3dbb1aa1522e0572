// The verdict rule of an experiment (the same as its row's Verdict formula): not enough data
// until both groups reach the sample size, inconclusive if it ended so, then the two-proportion
// test at 5 %. Expected p-values worked out by hand (see server.test.ts for 20/40 vs 5/40).
import fc from 'fast-check';
import { planSummary, requiredSample } from '../../../src/addon/experiments/plan';
import { verdictOf } from '../../../src/addon/experiments/verdict';
import { checkDraft } from '../../../src/addon/experiments/validate';

const group = (successes: number, total: number) => ({ successes, total });

describe('verdictOf', () => {
  test('not enough data until both groups reach the sample size; inconclusive once ended', () => {
    const input = {
      control: group(20, 40),
      variant: group(5, 38),
      sampleSize: 39,
      concluded: false,
    };
    expect(verdictOf(input).verdict).toBe('notEnoughData');
    expect(verdictOf({ ...input, concluded: true }).verdict).toBe('inconclusive');
    // The rates and p-value are shown meanwhile.
    expect(verdictOf(input).controlRate).toBe(0.5);
    expect(verdictOf({ ...input, sampleSize: null }).verdict).toBe('notEnoughData');
  });

  test('a significant fall loses, a significant rise wins, p ≥ 5 % is no difference', () => {
    const lose = verdictOf({
      control: group(20, 40),
      variant: group(5, 40),
      sampleSize: 39,
      concluded: false,
    });
    expect(lose.verdict).toBe('variantLoses');
    expect(lose.lift).toBeCloseTo(-0.75, 12);
    expect(lose.pValue).toBeCloseTo(0.000296732, 8);
    const win = verdictOf({
      control: group(5, 40),
      variant: group(20, 40),
      sampleSize: 39,
      concluded: true,
    });
    expect(win.verdict).toBe('variantWins');
    expect(win.lift).toBeCloseTo(3, 12);
    // 20/40 vs 24/40: pooled 0.55, z = 0.1/√(0.55·0.45·0.05) = 0.899, p = 0.3687.
    const none = verdictOf({
      control: group(20, 40),
      variant: group(24, 40),
      sampleSize: 39,
      concluded: false,
    });
    expect(none.verdict).toBe('noDifference');
    expect(none.pValue).toBeCloseTo(0.36868, 4);
  });

  test('a control rate of 0 leaves the lift undefined (null), the verdict still computed', () => {
    const r = verdictOf({
      control: group(0, 50),
      variant: group(10, 50),
      sampleSize: 10,
      concluded: false,
    });
    expect(r.lift).toBeNull();
    expect(r.verdict).toBe('variantWins');
  });

  test('property: below the sample size the verdict is never a result', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (ct, vt, n, concluded) => {
          const r = verdictOf({
            control: group(Math.floor(ct / 2), ct),
            variant: group(Math.floor(vt / 3), vt),
            sampleSize: n,
            concluded,
          });
          if (Math.min(ct, vt) < n)
            expect(r.verdict).toBe(concluded ? 'inconclusive' : 'notEnoughData');
          if (r.pValue !== null) expect(r.pValue >= 0 && r.pValue <= 1).toBe(true);
        },
      ),
    );
  });
});

describe('requiredSample (KPI_SAMPLE_SIZE)', () => {
  test('hand-computed sizes; outside the domain there is none', () => {
    expect(requiredSample(0.1, 0.2)).toBe(3841);
    expect(requiredSample(0.4, 0.5)).toBe(97);
    expect(requiredSample(0.5, -0.6)).toBe(39);
    expect(requiredSample(0.9, 0.2)).toBeNull();
    expect(requiredSample(0.5, 0)).toBeNull();
  });
});

describe('checkDraft', () => {
  const scopes = { teams: [{ name: 'Alpha', reps: ['Ann'] }], reps: ['Ann', 'Bob'], segments: [] };
  const draft = {
    technique: 'Videos',
    hypothesis: '',
    kpi: 'win_rate',
    groupType: 'rep',
    control: ' ann ',
    variant: 'Bob',
    start: '2026-01-01',
    end: '2026-03-31',
    baselineRate: 0.25,
    minLift: 0.2,
  };

  test('a good draft: names as the data writes them, dates as day numbers', () => {
    const { draft: checked, errors } = checkDraft(draft, scopes, 'en');
    expect(errors).toEqual({});
    expect(checked).toMatchObject({ control: 'Ann', variant: 'Bob', kpi: 'win_rate' });
  });

  test('everything wrong at once, in French', () => {
    const { draft: checked, errors } = checkDraft(
      {
        ...draft,
        technique: 'x'.repeat(201),
        groupType: 'segment',
        start: '31/01/2026',
        baselineRate: 1.5,
      },
      scopes,
      'fr',
    );
    expect(checked).toBeUndefined();
    expect(errors).toEqual({
      technique: '200 caractères au plus.',
      groupType: 'Choisissez des équipes ou des commerciaux.',
      start: 'Indiquez une date (AAAA-MM-JJ).',
      baselineRate: 'Indiquez un taux strictement entre 0 % et 100 %.',
    });
  });

  test('untrusted input of any shape gives messages, never an exception', () => {
    fc.assert(
      fc.property(fc.anything(), (anything) => {
        const { errors } = checkDraft(anything, scopes, 'en');
        expect(typeof errors).toBe('object');
      }),
    );
  });
});

describe('planSummary', () => {
  const plan = {
    kpi: 'win_rate',
    groupType: 'team',
    control: 'North',
    variant: 'South',
    baselineRate: 0.2,
    minLift: 0.5,
  } as const;
  const figures = (weeksNeeded: number | null) => ({
    baselineRate: 0.2,
    baselineSubjects: 100,
    sampleSize: 300,
    weeksNeeded,
    noBaseline: false,
  });
  test('says "1 week", not "1 weeks", and says nothing without a sample size', () => {
    expect(planSummary(figures(1), plan, 'en')).toMatch(/takes about 1 week\.$/);
    expect(planSummary(figures(3), plan, 'en')).toMatch(/takes about 3 weeks\.$/);
    expect(planSummary(figures(1), plan, 'fr')).toMatch(/environ 1 semaine\.$/);
    expect(planSummary({ ...figures(1), sampleSize: null }, plan, 'en')).toBe('');
  });
});
