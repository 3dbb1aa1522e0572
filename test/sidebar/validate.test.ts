import type { MeasureResult } from '../../src/server/wizard-contract';
import { translator } from '../../sidebar/shared/i18n';
import { newForm, withKpi, type FormState } from '../../sidebar/wizard/model';
import { MESSAGES } from '../../sidebar/wizard/texts';
import { validateStep, type FieldErrors } from '../../sidebar/wizard/validate';
import { CALLS, CONVERSION, NPS, makeInit } from './fixtures';

const init = makeInit();
const measure = (baseline: number | null) => ({ baseline }) as unknown as MeasureResult;
const ctx = { init, measure: measure(0.3), lang: 'en' as const };
const keys = (errors: FieldErrors) =>
  Object.fromEntries(Object.entries(errors).map(([p, m]) => [p, m.key]));

function valid(): FormState {
  return {
    ...withKpi(newForm(init), CONVERSION, 'en'),
    goal: 'revenue',
    who: 'The Lyon team',
    what: 'Convert more leads',
    target: '10',
  };
}

describe('Specific', () => {
  it('accepts a complete step', () => {
    expect(validateStep('specific', valid(), ctx)).toEqual({});
  });

  it('asks for the goal, the KPI, who and what', () => {
    const errors = validateStep('specific', newForm(init), ctx);
    expect(keys(errors)).toEqual({
      goal: 'err.goal',
      kpi: 'err.kpi',
      who: 'err.text',
      what: 'err.text',
    });
  });

  it('refuses a KPI outside the catalogue and a scope it cannot be measured on', () => {
    expect(keys(validateStep('specific', { ...valid(), kpi: 'vanity' }, ctx))).toEqual({
      kpi: 'err.kpiUnknown',
    });
    const calls = { ...withKpi(valid(), CALLS, 'en'), scopeType: 'segment' as const };
    const errors = validateStep('specific', calls, ctx);
    expect(errors['scope.type']).toEqual({ key: 'err.scopeUnsupported', params: { kpi: 'Calls' } });
  });

  it('needs a known team, rep or segment name (case and spaces aside)', () => {
    const team = { ...valid(), scopeType: 'team' as const };
    expect(keys(validateStep('specific', team, ctx))).toEqual({ 'scope.name': 'err.choose' });
    expect(
      validateStep('specific', { ...team, scopeName: 'Marseille' }, ctx)['scope.name'],
    ).toEqual({
      key: 'err.scopeNameUnknown',
      params: { name: 'Marseille' },
    });
    expect(validateStep('specific', { ...team, scopeName: ' lyon ' }, ctx)).toEqual({});
    const rep = { ...valid(), scopeType: 'rep' as const, scopeName: 'Chloé Dubois' };
    expect(validateStep('specific', rep, ctx)).toEqual({});
  });

  it('limits the length of the words typed', () => {
    const errors = validateStep('specific', { ...valid(), how: 'x'.repeat(201) }, ctx);
    expect(errors.how).toEqual({ key: 'err.tooLong', params: { max: 200 } });
  });
});

describe('Measurable', () => {
  it('needs a number, with an example in the message', () => {
    expect(validateStep('measurable', { ...valid(), target: '' }, ctx).target).toEqual({
      key: 'err.number',
      params: { example: '10' },
    });
    const value = { ...valid(), targetMode: 'value' as const, target: 'ten' };
    expect(validateStep('measurable', value, ctx).target?.params).toEqual({ example: '35' });
  });

  it('refuses a zero change, a fall of 100 % or more, and a change without a baseline', () => {
    expect(keys(validateStep('measurable', { ...valid(), target: '0' }, ctx))).toEqual({
      target: 'err.changeZero',
    });
    expect(keys(validateStep('measurable', { ...valid(), target: '-100' }, ctx))).toEqual({
      target: 'err.changeTooLow',
    });
    const noBaseline = { ...ctx, measure: measure(null) };
    expect(keys(validateStep('measurable', valid(), noBaseline))).toEqual({
      targetMode: 'err.noBaseline',
    });
    const zero = { ...ctx, measure: measure(0) };
    expect(keys(validateStep('measurable', valid(), zero))).toEqual({
      targetMode: 'err.noBaseline',
    });
  });

  it('keeps rates within 0…100 %, NPS within −100…100, other values non-negative', () => {
    const rate = { ...valid(), targetMode: 'value' as const };
    expect(keys(validateStep('measurable', { ...rate, target: '120' }, ctx))).toEqual({
      target: 'err.rateRange',
    });
    expect(validateStep('measurable', { ...rate, target: '35' }, ctx)).toEqual({});
    const calls = { ...withKpi(valid(), CALLS, 'en'), targetMode: 'value' as const, target: '-3' };
    expect(keys(validateStep('measurable', calls, ctx))).toEqual({ target: 'err.negative' });
    const nps = { ...withKpi(valid(), NPS, 'en'), targetMode: 'value' as const };
    const npsCtx = { ...ctx, measure: measure(-30) };
    expect(validateStep('measurable', { ...nps, target: '-20' }, npsCtx)).toEqual({});
    expect(keys(validateStep('measurable', { ...nps, target: '101' }, npsCtx))).toEqual({
      target: 'err.npsRange',
    });
  });

  it('wants a level target to improve on the baseline, quoting it', () => {
    const rate = { ...valid(), targetMode: 'value' as const, target: '25' };
    const at30 = { ...ctx, measure: measure(0.3) };
    expect(validateStep('measurable', rate, at30).target).toEqual({
      key: 'err.notAbove',
      params: { baseline: '30%' },
    });
    expect(validateStep('measurable', { ...rate, target: '30' }, at30).target?.key).toBe(
      'err.notAbove',
    );
    expect(keys(validateStep('measurable', { ...valid(), target: '-5' }, at30))).toEqual({
      target: 'err.notAbove',
    });
    // Lower is better for the cycle: the target must come down.
    const cycle = {
      ...CONVERSION,
      key: 'cycle_days',
      unit: 'days' as const,
      higherIsBetter: false,
    };
    const days = { ...ctx, init: makeInit({ kpis: [cycle] }), measure: measure(40) };
    const form = { ...withKpi(valid(), cycle, 'en'), targetMode: 'value' as const };
    expect(validateStep('measurable', { ...form, target: '45' }, days).target).toEqual({
      key: 'err.notBelow',
      params: { baseline: '40 d' },
    });
    expect(validateStep('measurable', { ...form, target: '35' }, days)).toEqual({});
    expect(
      validateStep('measurable', { ...form, targetMode: 'change', target: '-10' }, days),
    ).toEqual({});
    // A change applies to the baseline's size: +10 % raises an NPS of −20 to −18.
    const nps = { ...withKpi(valid(), NPS, 'en'), target: '10' };
    expect(validateStep('measurable', nps, { ...ctx, measure: measure(-20) })).toEqual({});
  });

  it('leaves counts and amounts (maybe totals over the window) to the server', () => {
    const calls = { ...withKpi(valid(), CALLS, 'en'), targetMode: 'value' as const, target: '10' };
    expect(validateStep('measurable', calls, { ...ctx, measure: measure(50) })).toEqual({});
  });

  it('reads French numbers in French', () => {
    const fr = { ...ctx, lang: 'fr' as const };
    expect(validateStep('measurable', { ...valid(), target: '12,5' }, fr)).toEqual({});
  });
});

describe('Realistic: the Goodhart guard', () => {
  it('makes a volume KPI name its pair, from its own pairs', () => {
    const calls = withKpi(valid(), CALLS, 'en');
    expect(keys(validateStep('realistic', calls, ctx))).toEqual({ pairedKpi: 'err.pairedKpi' });
    expect(keys(validateStep('realistic', { ...calls, pairedKpi: 'nps' }, ctx))).toEqual({
      pairedKpi: 'err.pairedKpiInvalid',
    });
    expect(validateStep('realistic', { ...calls, pairedKpi: 'lead_to_opportunity' }, ctx)).toEqual(
      {},
    );
    expect(validateStep('realistic', valid(), ctx)).toEqual({});
  });
});

describe('Time-bound', () => {
  it('needs real dates with the deadline after the start', () => {
    expect(validateStep('timebound', valid(), ctx)).toEqual({});
    expect(
      keys(validateStep('timebound', { ...valid(), start: '', deadline: '2026-02-30' }, ctx)),
    ).toEqual({
      start: 'err.date',
      deadline: 'err.date',
    });
    const same = { ...valid(), start: '2026-03-31', deadline: '2026-03-31' };
    expect(keys(validateStep('timebound', same, ctx))).toEqual({ deadline: 'err.deadlineOrder' });
    const odd = { ...valid(), frequency: 'daily' as unknown as FormState['frequency'] };
    expect(keys(validateStep('timebound', odd, ctx))).toEqual({ frequency: 'err.choose' });
  });
});

describe('Review', () => {
  it('needs owners, a positive threshold, a whole minimum volume and an action', () => {
    expect(validateStep('review', valid(), ctx)).toEqual({});
    const bad = {
      ...valid(),
      owner: ' ',
      alertThreshold: '0',
      alertMinVolume: '2.5',
      alertAction: '',
      alertOwner: '',
    };
    expect(keys(validateStep('review', bad, ctx))).toEqual({
      owner: 'err.owner',
      'alert.threshold': 'err.threshold',
      'alert.minVolume': 'err.minVolume',
      'alert.action': 'err.action',
      'alert.owner': 'err.owner',
    });
  });

  it('checks nothing of a disabled alert but the objective owner', () => {
    const off = { ...valid(), alertEnabled: false, alertThreshold: 'x', alertAction: '' };
    expect(validateStep('review', off, ctx)).toEqual({});
  });

  it('has messages in both languages for every error it gives', () => {
    const en = translator(MESSAGES, 'en');
    const fr = translator(MESSAGES, 'fr');
    const errors = validateStep('review', { ...valid(), owner: '', alertAction: '' }, ctx);
    expect(en(errors.owner.key)).toBe('Give an owner.');
    expect(fr(errors.owner.key)).toBe('Indiquez un responsable.');
    expect(fr(errors['alert.action'].key)).toBe('Décrivez l’action corrective.');
  });
});
