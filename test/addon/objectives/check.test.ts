// wizardCheck on the built add-on: the server checks every field again (it never trusts the
// sidebar), with field-level messages in the user's language, then the target against the
// measured baseline, the verdict, the alignment, the Goodhart guard and the crowded-scope warning.
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import type { CheckResult } from '../../../src/server/wizard-contract';
import { GOODHART_REASON } from '../../../src/addon/metrics';
import { draft, smallWorkbook } from './workbook';

const FR = { email: 'nora@example.com', locale: 'fr_FR' };

let h: AddonHarness;
beforeAll(() => {
  h = smallWorkbook();
});

function check(input: unknown, user?: typeof FR): CheckResult {
  return h.runtime.run('wizardCheck', [input], user ? { user } : undefined) as CheckResult;
}

const alert = (patch: Record<string, unknown>) => ({
  alert: { ...(draft().alert as object), ...patch },
});

test('a valid draft: target, verdict, alignment and the SMART sentence', () => {
  const result = check(draft());
  expect(result).toMatchObject({ ok: true, errors: {}, warnings: [], targetValue: 0.8 });
  expect(result.verdict!.verdict).toBe('stretch');
  expect(result.alignment).toBe(
    'Lead → opportunity conversion serves “Win market share”: better conversion turns the same pipeline into more business.',
  );
  expect(result.goodhart).toBeUndefined();
  expect(result.sentence).toBe(
    'The North team qualifies every inbound lead within a day on the web leads, with a shared checklist, ' +
      'so that the lead → opportunity conversion for team North goes from 75% to 80% between 1 March 2026 and 30 June 2026, ' +
      'tracked monthly, with an alert to nora@example.com if it falls by 10% or more from one month to the next.',
  );
});

test('the same in French', () => {
  const result = check(draft(), FR);
  expect(result.ok).toBe(true);
  expect(result.verdict!.reason).toMatch(
    /^La cible \(80\u00a0%\) est plus ambitieuse que la médiane des 4 mois avec des données parmi les 12 derniers mois \(57,5\u00a0%\) mais a été atteinte 1 fois sur 4/,
  );
  expect(result.sentence).toBe(
    'The North team qualifies every inbound lead within a day on the web leads, with a shared checklist, ' +
      'pour que l’indicateur «\u00a0Conversion lead → opportunité\u00a0» pour l’équipe North passe de 75\u00a0% à 80\u00a0% ' +
      'du 1er mars 2026 au 30 juin 2026, suivi chaque mois, avec une alerte à nora@example.com s’il baisse de 10\u00a0% ' +
      'ou plus d’un mois à l’autre.',
  );
});

test('verdicts: within history, stretch, beyond anything achieved, no history', () => {
  // South: January and February 100 %, March (the baseline) 50 %: 90 % is below the median.
  const south = check(draft({ scope: { type: 'team', name: 'South' }, target: 0.9 }));
  expect(south.verdict).toEqual({
    verdict: 'within history',
    reason:
      'The target (90%) is no more ambitious than the median of the 3 months with data among the last 12 (100%): it was reached 2 times out of 3.',
  });
  // North: best 100 % (December), median 57.5 %: 80 % is a stretch.
  expect(check(draft()).verdict).toEqual({
    verdict: 'stretch',
    reason:
      'The target (80%) is more ambitious than the median of the 4 months with data among the last 12 (57.5%) but was reached once out of 4 (best: 100%): a stretch.',
  });
  const nps = {
    kpi: 'nps',
    scope: { type: 'company' },
    goal: 'satisfaction',
    frequency: 'quarterly',
  };
  expect(check(draft({ ...nps, target: 45 })).verdict!.verdict).toBe('beyond anything achieved');
  // No deal was ever won or lost: nothing to compare with, and progress will start from 0.
  const winRate = check(draft({ kpi: 'win_rate' }));
  expect(winRate.errors).toEqual({});
  expect(winRate.verdict!.verdict).toBe('no history');
  expect(winRate.warnings).toEqual([
    'No data in the last complete period for this scope: progress will be measured from 0.',
  ]);
});

test('a % change of the baseline: level KPIs on the baseline, NPS on its size', () => {
  expect(check(draft({ targetMode: 'change', target: 0.1 })).targetValue).toBeCloseTo(0.825, 12);
  const nps = check(
    draft({
      kpi: 'nps',
      scope: { type: 'company' },
      frequency: 'quarterly',
      targetMode: 'change',
      target: 0.1,
      goal: 'satisfaction',
    }),
  );
  expect(nps.errors).toEqual({});
  expect(nps.targetValue).toBe(44);
});

test('a cumulative KPI: the target is a total over the window, judged per period', () => {
  // Ann makes 5 calls a week; 13 April – 10 May is 4 weeks: 20 at that pace, +10 % = 22.
  const result = check(
    draft({
      kpi: 'calls',
      scope: { type: 'rep', name: 'Ann' },
      frequency: 'weekly',
      targetMode: 'change',
      target: 0.1,
      start: '2026-04-13',
      deadline: '2026-05-10',
      pairedKpi: 'lead_to_opportunity',
    }),
  );
  expect(result.errors).toEqual({});
  expect(result.targetValue).toBe(22);
  expect(result.verdict!.verdict).toBe('beyond anything achieved');
  expect(result.verdict!.reason).toMatch(
    /^The total of 22 over the objective’s 4 weeks is 5\.5 a week\. The target \(5\.5\) is more ambitious than the best/,
  );
  expect(result.sentence).toContain(
    'so that the calls for Ann reach 22 in total (baseline: 5 a week) between 13 April 2026 and 10 May 2026, tracked weekly alongside the lead → opportunity conversion, with an alert',
  );
});

test('a level target must improve on the baseline; a total must be positive', () => {
  expect(check(draft({ target: 0.7 })).errors).toEqual({
    target:
      'The target must be above the baseline (75%): progress runs from the baseline to the target.',
  });
  expect(check(draft({ target: 0.75 })).errors.target).toMatch(/must be above the baseline/);
  expect(check(draft({ target: 0.7 }), FR).errors.target).toBe(
    'La cible doit être au-dessus de la valeur de départ (75\u00a0%) : la progression va de la valeur de départ à la cible.',
  );
  const calls = draft({
    kpi: 'calls',
    scope: { type: 'rep', name: 'Ann' },
    frequency: 'weekly',
    pairedKpi: 'lead_to_opportunity',
  });
  expect(check({ ...calls, target: 0 }).errors).toEqual({
    target: 'The target is a total over the objective: it must be more than 0.',
  });
});

describe('field-level messages, in English and French', () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    [
      'goal',
      { goal: 'world domination' },
      'Choose a strategic goal.',
      'Choisissez un objectif stratégique.',
    ],
    ['kpi', { kpi: 'KPI_NPS' }, 'Choose a KPI from the list.', 'Choisissez un KPI de la liste.'],
    [
      'scope.type',
      { kpi: 'calls', scope: { type: 'segment', name: 'SMB' }, pairedKpi: 'lead_to_opportunity' },
      'Calls cannot be measured for a segment: its data has none. It can be measured for: company, team, rep.',
      'Appels ne peut pas être mesuré pour ce périmètre (segment) : ses données n’en ont pas. Périmètres possibles : entreprise, équipe, commercial.',
    ],
    [
      'scope.type',
      { scope: { type: 'planet' } },
      'Choose one of the options.',
      'Choisissez une des options.',
    ],
    [
      'scope.name',
      { scope: { type: 'team', name: 'West' } },
      'No team named "West" in the workbook\'s data.',
      'Aucun(e) équipe « West » dans les données du classeur.',
    ],
    [
      'scope.name',
      { scope: { type: 'rep', name: ' ' } },
      'Choose a rep.',
      'Choisissez : commercial.',
    ],
    ['who', { who: '   ' }, 'Required.', 'Obligatoire.'],
    ['what', { what: 42 }, 'Enter a text.', 'Saisissez un texte.'],
    ['where', { where: 'x'.repeat(201) }, 'At most 200 characters.', '200 caractères au plus.'],
    [
      'targetMode',
      { targetMode: 'guess' },
      'Choose one of the options.',
      'Choisissez une des options.',
    ],
    ['target', { target: '0.8' }, 'Enter a number.', 'Saisissez un nombre.'],
    [
      'target',
      { target: 1.5 },
      'A rate is between 0 % and 100 %.',
      'Un taux est compris entre 0 % et 100 %.',
    ],
    [
      'target',
      { targetMode: 'change', target: 0 },
      'A change of 0 % keeps things as they are: it is no objective.',
      'Une variation de 0 % ne change rien : ce n’est pas un objectif.',
    ],
    [
      'target',
      { targetMode: 'change', target: -1.2 },
      'A change must stay above −100 %.',
      'Une variation doit rester au-dessus de −100 %.',
    ],
    [
      'start',
      { start: '2026-13-01' },
      'Enter a date as YYYY-MM-DD.',
      'Saisissez une date au format AAAA-MM-JJ.',
    ],
    [
      'start',
      { start: '01/03/2026' },
      'Enter a date as YYYY-MM-DD.',
      'Saisissez une date au format AAAA-MM-JJ.',
    ],
    [
      'deadline',
      { deadline: '2026-02-28' },
      'The deadline must be after the start (1 March 2026).',
      'L’échéance doit être après le début (1er mars 2026).',
    ],
    [
      'deadline',
      { deadline: '2026-04-01' },
      'The deadline has already passed.',
      'L’échéance est déjà passée.',
    ],
    [
      'deadline',
      { deadline: '2029-01-01' },
      'An objective spans at most 731 days; split it into shorter ones.',
      'Un objectif dure 731 jours au plus ; découpez-le en objectifs plus courts.',
    ],
    [
      'frequency',
      { frequency: 'daily' },
      'Choose one of the options.',
      'Choisissez une des options.',
    ],
    [
      'owner',
      { owner: '' },
      'Name who owns this objective.',
      'Indiquez le responsable de cet objectif.',
    ],
    [
      'pairedKpi',
      { pairedKpi: 'lead_to_opportunity' },
      'The paired KPI must be another KPI.',
      'Le KPI associé doit être un autre KPI.',
    ],
    [
      'id',
      { id: 'DROP TABLE' },
      'Not an objective ID (OBJ-0001).',
      'Ce n’est pas un identifiant d’objectif (OBJ-0001).',
    ],
    [
      'id',
      { id: 'OBJ-0042' },
      'Objective OBJ-0042 no longer exists (deleted meanwhile?); save it as a new one.',
      'L’objectif OBJ-0042 n’existe plus (supprimé entre-temps ?) ; enregistrez-le comme un nouvel objectif.',
    ],
    ['alert.enabled', { alert: 'yes' }, 'Choose yes or no.', 'Choisissez oui ou non.'],
    [
      'alert.threshold',
      alert({ threshold: 0 }),
      'Enter a threshold above 0.',
      'Saisissez un seuil supérieur à 0.',
    ],
    [
      'alert.threshold',
      alert({ threshold: 1.5 }),
      'A fall cannot exceed 100 % (1).',
      'Une baisse ne peut pas dépasser 100 % (1).',
    ],
    [
      'alert.threshold',
      alert({ mode: 'points', threshold: 1 }),
      'A change of 100% or more cannot happen for this KPI.',
      'Une variation de 100\u00a0% ou plus est impossible pour ce KPI.',
    ],
    [
      'alert.minVolume',
      alert({ minVolume: 2.5 }),
      'Enter a whole number, 0 or more.',
      'Saisissez un nombre entier, 0 ou plus.',
    ],
    [
      'alert.mode',
      alert({ mode: 'absolute' }),
      'Choose one of the options.',
      'Choisissez une des options.',
    ],
    [
      'alert.direction',
      alert({ direction: 'sideways' }),
      'Choose one of the options.',
      'Choisissez une des options.',
    ],
    [
      'alert.action',
      alert({ action: '' }),
      'Describe the corrective action.',
      'Décrivez l’action corrective.',
    ],
    [
      'alert.owner',
      alert({ owner: null }),
      'Name who acts when the alert is raised.',
      'Indiquez qui agit quand l’alerte se déclenche.',
    ],
  ];

  test.each(cases)('%s: %j', (path, override, en, fr) => {
    const english = check(draft(override));
    expect(english.ok).toBe(false);
    expect(english.errors).toEqual({ [path]: en });
    expect(check(draft(override), FR).errors).toEqual({ [path]: fr });
  });

  test('NPS and counts have their own ranges', () => {
    const nps = {
      kpi: 'nps',
      scope: { type: 'company' },
      goal: 'satisfaction',
      frequency: 'quarterly',
    };
    expect(check(draft({ ...nps, target: 120 })).errors).toEqual({
      target: 'An NPS is between −100 and 100.',
    });
    expect(check(draft({ ...nps, target: -20 })).errors.target).toMatch(
      /must be above the baseline \(40 points\)/,
    );
    const revenue = { kpi: 'revenue', goal: 'revenue', target: -5 };
    expect(check(draft(revenue)).errors).toEqual({ target: 'The target cannot be negative.' });
  });

  test('a disabled alert rule is not checked strictly: its bad values fall back to the defaults', () => {
    const result = check(draft(alert({ enabled: false, threshold: -3, action: '' })));
    expect(result.errors).toEqual({});
  });

  test('a draft that is not an object, or is missing everything', () => {
    for (const input of [null, 'OBJ-0001', 42, ['goal'], true]) {
      expect(check(input)).toMatchObject({
        ok: false,
        errors: { draft: 'The objective could not be read: it must be an object with its fields.' },
      });
    }
    const empty = check({});
    expect(empty.ok).toBe(false);
    expect(Object.keys(empty.errors).sort()).toEqual(
      [
        'alert.enabled',
        'deadline',
        'frequency',
        'goal',
        'kpi',
        'owner',
        'scope.type',
        'start',
        'target',
        'targetMode',
        'what',
        'who',
      ].sort(),
    );
  });
});

describe('the Goodhart guard', () => {
  const calls = {
    kpi: 'calls',
    scope: { type: 'rep', name: 'Ann' },
    frequency: 'weekly',
    target: 30,
  };

  test('an activity volume needs a paired conversion or quality KPI, and the wizard says why', () => {
    const result = check(draft(calls));
    expect(result.errors).toEqual({
      pairedKpi:
        'Calls is an activity volume: pair it with Lead → opportunity conversion or Opportunity → proposal conversion.',
    });
    expect(result.goodhart).toBe(GOODHART_REASON.en);
    expect(check(draft(calls), FR).errors.pairedKpi).toBe(
      'Appels est un volume d’activité : associez-le à Conversion lead → opportunité ou Conversion opportunité → proposition.',
    );
    expect(check(draft(calls), FR).goodhart).toBe(GOODHART_REASON.fr);
  });

  test('only one of its pairs will do', () => {
    expect(check(draft({ ...calls, pairedKpi: 'revenue' })).errors).toEqual({
      pairedKpi:
        'Choose one of: Lead → opportunity conversion or Opportunity → proposal conversion.',
    });
    const paired = check(draft({ ...calls, pairedKpi: 'opportunity_to_proposal' }));
    expect(paired.errors).toEqual({});
    expect(paired.sentence).toMatch(
      /tracked weekly alongside the opportunity → proposal conversion, /,
    );
  });
});

describe('warnings', () => {
  test('a KPI that does not serve the goal', () => {
    const result = check(draft({ goal: 'satisfaction' }));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      'Lead → opportunity conversion is not one of the KPIs that serve "Improve satisfaction".',
    ]);
    expect(result.alignment).toBe(
      'Lead → opportunity conversion does not directly serve “Improve satisfaction”. KPIs that do: Significant interactions, Referral rate, Net Promoter Score, Customer satisfaction (CSAT).',
    );
  });

  test('an alert that watches the wrong direction', () => {
    expect(check(draft(alert({ direction: 'up' }))).warnings).toEqual([
      'Higher is better for Lead → opportunity conversion, yet the alert watches a rise: check the direction.',
    ]);
  });

  test('a scope with more than five active objectives', () => {
    const w = smallWorkbook();
    const north = draft();
    for (let i = 0; i < 4; i++) w.runtime.run('wizardSave', [north]);
    const fifth = w.runtime.run('wizardCheck', [north]) as CheckResult;
    expect(fifth.warnings).toEqual([]);
    w.runtime.run('wizardSave', [north]);
    const sixth = w.runtime.run('wizardCheck', [north]) as CheckResult;
    expect(sixth.ok).toBe(true);
    expect(sixth.warnings).toEqual([
      'Team North already has 5 active objectives: more than 5 drown the signal. Focus on fewer KPIs.',
    ]);
    const french = w.runtime.run('wizardCheck', [north], { user: FR }) as CheckResult;
    expect(french.warnings).toEqual([
      'L’équipe North a déjà 5 objectifs actifs : au-delà de 5, le signal se perd. Concentrez-vous sur moins de KPI.',
    ]);
    // Another scope is not crowded; editing one of the five does not count it twice.
    expect(
      (
        w.runtime.run('wizardCheck', [
          draft({ scope: { type: 'team', name: 'South' }, target: 0.6 }),
        ]) as CheckResult
      ).warnings,
    ).toEqual([]);
    expect(
      (w.runtime.run('wizardCheck', [draft({ id: 'OBJ-0001' })]) as CheckResult).warnings,
    ).toEqual([]);
  });
});
