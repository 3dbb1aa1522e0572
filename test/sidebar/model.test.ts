import type { MeasureResult } from '../../src/server/wizard-contract';
import {
  baselineOf,
  fieldId,
  fromDraft,
  keepsSavedBaseline,
  measureKey,
  newForm,
  normalizePath,
  scopeOf,
  stepOfPath,
  STEP_FIELDS,
  STEPS,
  toDraft,
  withKpi,
} from '../../sidebar/wizard/model';
import { activeOnScope } from '../../sidebar/wizard/step-plan';
import { CALLS, CONVERSION, NPS, makeInit } from './fixtures';

const measure = (baseline: number | null): MeasureResult => ({
  baseline,
  baselineLabel: 'January 2026',
  baselineVolume: 120,
  unit: 'rate',
  history: { periods: 0, worst: null, median: null, best: null, points: [] },
  formatted: { baseline: '', worst: '', median: '', best: '' },
});

describe('the wizard form', () => {
  const init = makeInit();

  it('starts from today, the end of the quarter and the current user', () => {
    const form = newForm(init);
    expect(form).toMatchObject({
      start: '2026-02-10',
      deadline: '2026-03-31',
      owner: 'manager@example.com',
      alertOwner: 'manager@example.com',
      scopeType: 'company',
      targetMode: 'change',
    });
  });

  it('takes the deadline the server suggests', () => {
    const late = makeInit({ today: '2026-03-25', suggestedDeadline: '2026-06-30' });
    expect(newForm(late)).toMatchObject({ start: '2026-03-25', deadline: '2026-06-30' });
  });

  it('takes the default frequency and alert rule of the KPI picked', () => {
    const form = withKpi({ ...newForm(init), pairedKpi: 'x' }, NPS, 'fr');
    expect(form).toMatchObject({
      kpi: 'nps',
      frequency: 'quarterly',
      pairedKpi: '',
      alertMode: 'points',
      alertThreshold: '10',
      alertMinVolume: '20',
      alertAction: 'In-depth satisfaction survey',
    });
    const calls = withKpi(form, CALLS, 'en');
    expect(calls).toMatchObject({
      frequency: 'weekly',
      alertMode: 'relative',
      alertThreshold: '10',
    });
  });

  it('keeps the scope when the new KPI supports it, else falls back to its first scope', () => {
    const onSegment = { ...newForm(init), scopeType: 'segment' as const, scopeName: 'SMB' };
    expect(withKpi(onSegment, CONVERSION, 'en')).toMatchObject({
      scopeType: 'segment',
      scopeName: 'SMB',
    });
    expect(withKpi(onSegment, CALLS, 'en')).toMatchObject({ scopeType: 'company', scopeName: '' });
  });

  it('builds the contract draft with numbers in the units the server expects', () => {
    const form = {
      ...withKpi(newForm(init), CONVERSION, 'fr'),
      goal: 'revenue',
      scopeType: 'team' as const,
      scopeName: '  Lyon ',
      who: ' the Lyon team ',
      what: 'convert more',
      targetMode: 'value' as const,
      target: '32,5',
      alertThreshold: '12',
      alertMinVolume: '30',
    };
    const draft = toDraft(form, CONVERSION, measure(0.28), 'fr');
    expect(draft).toEqual({
      goal: 'revenue',
      kpi: 'lead_to_opportunity',
      scope: { type: 'team', name: 'Lyon' },
      who: 'the Lyon team',
      what: 'convert more',
      where: '',
      how: '',
      baseline: 0.28,
      targetMode: 'value',
      target: 0.325,
      start: '2026-02-10',
      deadline: '2026-03-31',
      frequency: 'monthly',
      owner: 'manager@example.com',
      alert: {
        mode: 'relative',
        threshold: 0.12,
        direction: 'down',
        minVolume: 30,
        action: 'Review lead quality and qualification, coach reps',
        owner: 'manager@example.com',
        enabled: true,
      },
    });
    expect(draft).not.toHaveProperty('id');
    expect(draft).not.toHaveProperty('pairedKpi');
  });

  it('sends JSON-safe numbers even before a step is validated', () => {
    const draft = toDraft({ ...newForm(init), target: 'abc' }, undefined, null, 'en');
    expect(draft.target).toBe(0);
    expect(draft.baseline).toBeNull();
    expect(JSON.parse(JSON.stringify(draft))).toEqual(draft);
  });

  it('round-trips a saved objective through the form', () => {
    const saved = toDraft(
      {
        ...withKpi(newForm(init), CALLS, 'en'),
        id: 'OBJ-7',
        goal: 'marketShare',
        scopeType: 'rep',
        scopeName: 'Chloé Dubois',
        who: 'Chloé',
        what: 'more calls',
        target: '15',
        pairedKpi: 'lead_to_opportunity',
      },
      CALLS,
      measure(40),
      'en',
    );
    const form = fromDraft(saved, init, 'en');
    expect(form).toMatchObject({ id: 'OBJ-7', target: '15', savedBaseline: 40, allKpis: false });
    expect(toDraft(form, CALLS, null, 'en')).toEqual(saved);
    // Shown in French, the same draft comes back unchanged too.
    expect(toDraft(fromDraft(saved, init, 'fr'), CALLS, null, 'fr')).toEqual(saved);
  });

  it('keeps the saved baseline while KPI, scope and frequency stay, as the server does', () => {
    const saved = toDraft(
      {
        ...withKpi(newForm(init), CONVERSION, 'en'),
        id: 'OBJ-2',
        scopeType: 'team',
        scopeName: 'Lyon',
      },
      CONVERSION,
      measure(0.25),
      'en',
    );
    const form = fromDraft(saved, init, 'en');
    expect(keepsSavedBaseline(form)).toBe(true);
    expect(baselineOf(form, measure(0.31))).toBe(0.25);
    expect(toDraft(form, CONVERSION, measure(0.31), 'en').baseline).toBe(0.25);
    const monthly = { ...form, frequency: 'quarterly' as const };
    expect(keepsSavedBaseline(monthly)).toBe(false);
    expect(baselineOf(monthly, measure(0.31))).toBe(0.31);
    expect(baselineOf(monthly, null)).toBeNull();
    expect(baselineOf({ ...form, scopeName: 'Paris' }, measure(0.4))).toBe(0.4);
    // A new objective has no saved baseline: the measure's, once there is one.
    expect(baselineOf(newForm(init), null)).toBeNull();
    expect(baselineOf(newForm(init), measure(0.2))).toBe(0.2);
  });

  it('shows every KPI when a saved KPI does not serve the saved goal', () => {
    const draft = toDraft(
      { ...withKpi(newForm(init), NPS, 'en'), goal: 'revenue' },
      NPS,
      null,
      'en',
    );
    expect(fromDraft(draft, init, 'en').allKpis).toBe(true);
  });

  it('keys measures by KPI, scope and frequency', () => {
    const a = { ...newForm(init), kpi: 'calls', frequency: 'weekly' as const };
    expect(measureKey(a)).toBe(measureKey({ ...a, who: 'someone else' }));
    expect(measureKey(a)).not.toBe(measureKey({ ...a, frequency: 'monthly' }));
    expect(measureKey(a)).not.toBe(measureKey({ ...a, scopeType: 'team', scopeName: 'Lyon' }));
    expect(scopeOf({ ...a, scopeType: 'company', scopeName: 'ignored' })).toEqual({
      type: 'company',
    });
  });
});

describe('field paths', () => {
  const init = makeInit();

  it('puts every field path on exactly one step', () => {
    const all = STEPS.flatMap((s) => STEP_FIELDS[s]);
    expect(new Set(all).size).toBe(all.length);
    for (const path of all) expect(STEPS[stepOfPath(path)]).toBeDefined();
  });

  it('maps server paths to the steps and controls that show them', () => {
    expect(stepOfPath('target')).toBe(1);
    expect(stepOfPath('deadline')).toBe(4);
    expect(stepOfPath('alert.action')).toBe(5);
    expect(stepOfPath('alert.somethingNew')).toBe(5);
    expect(stepOfPath('mystery')).toBe(-1);
    expect(fieldId('alert.minVolume')).toBe('f-alert-minVolume');
    const form = newForm(init);
    expect(normalizePath('scope', form)).toBe('scope.type');
    expect(normalizePath('scope', { ...form, scopeType: 'team' })).toBe('scope.name');
    expect(normalizePath('alert', form)).toBe('alert.threshold');
    expect(normalizePath('who', form)).toBe('who');
  });
});

describe('active objectives on a scope', () => {
  const summary = (
    id: string,
    type: 'company' | 'team',
    name: string | undefined,
    status: string,
  ) => ({
    id,
    kpi: 'calls',
    kpiName: 'Calls',
    scope: name === undefined ? { type } : { type, name },
    scopeLabel: '',
    target: 1,
    targetLabel: '1',
    deadline: '2026-03-31',
    status,
    sentence: '',
  });

  it('counts active ones on the same scope, names compared without case, the edited one aside', () => {
    const objectives = [
      summary('A', 'team', 'Lyon', 'Active'),
      summary('B', 'team', 'lyon ', 'Actif'),
      summary('C', 'team', 'Lyon', 'Achieved'),
      summary('D', 'team', 'Paris', 'Active'),
      summary('E', 'company', undefined, 'Active'),
    ];
    expect(activeOnScope(objectives, { type: 'team', name: 'LYON' }, undefined)).toBe(2);
    expect(activeOnScope(objectives, { type: 'team', name: 'Lyon' }, 'A')).toBe(1);
    expect(activeOnScope(objectives, { type: 'company' }, undefined)).toBe(1);
  });
});
