// The "Start an experiment" form: its fields (labels, hints, a message line under each) and
// reading them into a draft. Percent fields are typed as people write them ("12,5" in French)
// and sent as fractions.
import type {
  ExperimentDraft,
  ExperimentsInit,
  GroupType,
} from '../../src/server/experiments-contract';
import { byId, type Child, h } from '../shared/dom';
import { numberInput, parseNumber } from '../shared/format';
import type { Language, Translate } from '../shared/i18n';
import type { TextKey } from './texts';

export const FIELDS = [
  'technique',
  'hypothesis',
  'kpi',
  'groupType',
  'control',
  'variant',
  'start',
  'end',
  'baselineRate',
  'minLift',
] as const;
export type Field = (typeof FIELDS)[number];

const id = (field: string) => `exp-${field}`;

function field(name: Field, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id(name);
  control.setAttribute('name', name);
  control.setAttribute('aria-describedby', `${id(name)}-hint ${id(name)}-error`);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id(name) }, label),
    control,
    hint ? h('p', { class: 'hint', id: `${id(name)}-hint` }, hint) : null,
    h('p', { class: 'error', id: `${id(name)}-error`, 'aria-live': 'polite' }),
  );
}

function select(options: ReadonlyArray<{ value: string; label: string }>, placeholder?: string) {
  const children: Child[] = placeholder ? [h('option', { value: '' }, placeholder)] : [];
  return h(
    'select',
    null,
    children,
    options.map((o) => h('option', { value: o.value }, o.label)),
  );
}

export function groupOptions(init: ExperimentsInit, type: GroupType) {
  return type === 'team'
    ? init.teams.map((name) => ({ value: name, label: name }))
    : init.reps.map((r) => ({ value: r.name, label: `${r.name} (${r.team})` }));
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function formView(init: ExperimentsInit, t: Translate<TextKey>): HTMLElement {
  const text = (rows = 1) =>
    rows > 1 ? h('textarea', { rows }) : h('input', { type: 'text', autocomplete: 'off' });
  return h(
    'form',
    { id: 'experiment-form', novalidate: true },
    h('h2', null, t('startTitle')),
    field('technique', t('technique'), text(), t('techniqueHint')),
    field('hypothesis', t('hypothesis'), text(3), t('hypothesisHint')),
    field('kpi', t('kpi'), select(init.kpis.map((k) => ({ value: k.key, label: k.name })))),
    field(
      'groupType',
      t('groups'),
      select([
        { value: 'team', label: t('teams') },
        { value: 'rep', label: t('reps') },
      ]),
    ),
    field('control', t('control'), select(groupOptions(init, 'team'), t('choose'))),
    field('variant', t('variant'), select(groupOptions(init, 'team'), t('choose'))),
    h(
      'div',
      { class: 'pair' },
      field('start', t('start'), h('input', { type: 'date', value: init.today })),
      field('end', t('end'), h('input', { type: 'date', value: addDays(init.today, 56) })),
    ),
    field(
      'baselineRate',
      t('baseline'),
      h('input', { type: 'text', inputmode: 'decimal' }),
      t('baselineHint'),
    ),
    field(
      'minLift',
      t('minLift'),
      h('input', { type: 'text', inputmode: 'decimal', value: '10' }),
      t('minLiftHint'),
    ),
    h(
      'section',
      { class: 'plan', 'aria-live': 'polite' },
      h('h3', null, t('plan')),
      h('p', { id: 'plan-size', class: 'plan-size' }),
      h('p', { id: 'plan-summary', class: 'note' }),
    ),
    h('p', { class: 'error', id: `${id('form')}-error`, role: 'alert' }),
    h('button', { type: 'submit', id: 'exp-submit' }, t('submit')),
  );
}

export function input(name: Field): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return byId(id(name));
}

export function setFieldError(name: Field | 'form', message: string): void {
  const line = byId(`${id(name)}-error`);
  line.textContent = message;
  if (name !== 'form') input(name).setAttribute('aria-invalid', message ? 'true' : 'false');
}

/** A percent field as a fraction; null when blank, NaN when it is not a number. */
export function percentOf(name: Field, lang: Language): number | null {
  const raw = input(name).value.trim();
  if (raw === '') return null;
  const n = parseNumber(raw, lang);
  return n === null ? NaN : n / 100;
}

export function setPercent(name: Field, fraction: number, lang: Language): void {
  input(name).value = numberInput(fraction * 100, lang, 1);
}

export function draftOf(lang: Language): ExperimentDraft {
  const value = (name: Field) => input(name).value;
  return {
    technique: value('technique'),
    hypothesis: value('hypothesis'),
    kpi: value('kpi'),
    groupType: value('groupType') as GroupType,
    control: value('control'),
    variant: value('variant'),
    start: value('start'),
    end: value('end'),
    baselineRate: percentOf('baselineRate', lang) as number,
    minLift: percentOf('minLift', lang) as number,
  };
}
