// Step 1, Specific: the strategic goal, the KPI (suggested for the goal, grouped by category,
// each with its definition and its KPI_EXPLAIN text on demand), the scope, and who / what /
// where / how in the user's words.
import type { KpiOption, ScopeType } from '../../src/server/wizard-contract';
import { h } from '../shared/dom';
import { fieldId, kpiOf, withKpi } from './model';
import { MAX_TEXT } from '../../src/addon/objectives/rules';
import { scopeNames } from './validate';
import { controlAttrs, errorLine, selectField, textInput, type Choice, type View } from './view';

const SCOPE_TYPES: readonly ScopeType[] = ['company', 'team', 'rep', 'segment'];

/** KPIs whose explanation the user opened: they stay open when the step is redrawn. */
const openExplains = new Set<string>();

/** The KPIs to offer: those serving the goal (or all), and always the one already chosen. */
export function offeredKpis(v: View): KpiOption[] {
  const { goal, kpi, allKpis } = v.form;
  return v.init.kpis.filter((k) => allKpis || k.goals.includes(goal) || k.key === kpi);
}

function kpiOption(v: View, k: KpiOption): HTMLElement {
  const id = `kpi-${k.key}`;
  const explainId = `explain-${k.key}`;
  const checked = v.form.kpi === k.key;
  const radio = h('input', {
    ...controlAttrs(v, 'kpi', false, `def-${k.key}`),
    id,
    type: 'radio',
    name: 'kpi',
    value: k.key,
    checked,
    on: { change: () => v.set(withKpi(v.form, k, v.lang), true) },
  });
  const explain = k.explain
    ? h('p', { class: 'explain', id: explainId, hidden: !openExplains.has(k.key) }, k.explain)
    : null;
  const toggle = explain
    ? h(
        'button',
        {
          type: 'button',
          class: 'link',
          'aria-expanded': String(openExplains.has(k.key)),
          'aria-controls': explainId,
          // The name of the KPI makes each toggle distinct for screen-reader users.
          'aria-label': `${v.t('kpi.explain')} ${k.name}`,
          on: {
            click: () => {
              const open = toggle?.getAttribute('aria-expanded') !== 'true';
              toggle?.setAttribute('aria-expanded', String(open));
              explain.hidden = !open;
              if (open) openExplains.add(k.key);
              else openExplains.delete(k.key);
            },
          },
        },
        v.t('kpi.explain'),
      )
    : null;
  return h(
    'div',
    { class: checked ? 'kpi-option checked' : 'kpi-option' },
    h('div', { class: 'radio-line' }, radio, h('label', { for: id }, k.name)),
    h(
      'p',
      { class: 'definition', id: `def-${k.key}` },
      k.definition,
      k.isVolume ? h('span', { class: 'badge' }, v.t('kpi.volume')) : null,
    ),
    toggle,
    explain,
  );
}

function kpiField(v: View): HTMLElement {
  const kpis = offeredKpis(v);
  const categories: string[] = [];
  for (const k of kpis) if (!categories.includes(k.category)) categories.push(k.category);
  const showAll = h('input', {
    id: 'f-kpi-all',
    type: 'checkbox',
    checked: v.form.allKpis,
    on: { change: () => v.set({ allKpis: showAll.checked }, true) },
  });
  return h(
    'fieldset',
    { class: 'field kpis', id: fieldId('kpi') + '-group' },
    h('legend', null, v.t('f.kpi')),
    h(
      'p',
      { class: 'hint' },
      v.form.goal || v.form.allKpis ? v.t('f.kpi.hint') : v.t('f.kpi.noGoal'),
    ),
    errorLine(v, 'kpi'),
    h('div', { class: 'check-line' }, showAll, h('label', { for: 'f-kpi-all' }, v.t('f.kpi.all'))),
    categories.map((c) => {
      const inCategory = kpis.filter((k) => k.category === c);
      return h(
        'div',
        { class: 'category', role: 'group', 'aria-labelledby': `cat-${c}` },
        h('p', { class: 'category-name', id: `cat-${c}` }, inCategory[0].categoryLabel),
        inCategory.map((k) => kpiOption(v, k)),
      );
    }),
  );
}

function scopeFields(v: View): HTMLElement[] {
  const kpi = kpiOf(v.init, v.form.kpi);
  const types = SCOPE_TYPES.filter((s) => !kpi || kpi.scopes.includes(s));
  const fields = [
    selectField(
      v,
      'scope.type',
      v.t('f.scopeType'),
      types.map((s) => ({ value: s, label: v.t(`scope.${s}`) })),
      v.form.scopeType,
      (value) => ({ scopeType: value as ScopeType, scopeName: '' }),
      { redraw: true },
    ),
  ];
  const type = v.form.scopeType;
  if (type === 'team' || type === 'rep' || type === 'segment') {
    const names = scopeNames(v.init, type);
    const choices: Choice[] = [
      { value: '', label: v.t('f.scopeName.choose') },
      ...(type === 'rep'
        ? v.init.scopes.reps.map((r) => ({
            value: r.name,
            label: r.team ? `${r.name} (${r.team})` : r.name,
          }))
        : names.map((n) => ({ value: n, label: n }))),
    ];
    // A saved name no longer in the data stays selectable (the server says what is wrong).
    if (v.form.scopeName && !names.includes(v.form.scopeName)) {
      choices.push({ value: v.form.scopeName, label: v.form.scopeName });
    }
    fields.push(
      selectField(
        v,
        'scope.name',
        v.t(`f.scopeName.${type}`),
        choices,
        v.form.scopeName,
        (value) => ({ scopeName: value }),
        { hint: names.length === 0 ? v.t('f.scopeName.none') : undefined },
      ),
    );
  }
  return fields;
}

export function specificStep(v: View): HTMLElement[] {
  const goals: Choice[] = [
    { value: '', label: v.t('f.goal.choose') },
    ...v.init.goals.map((g) => ({ value: g.key, label: g.label })),
  ];
  const words = (path: 'who' | 'what' | 'where' | 'how') =>
    textInput(v, path, path, v.t(`f.${path}`), {
      hint: v.t(`f.${path}.hint`),
      maxlength: MAX_TEXT,
    });
  return [
    selectField(v, 'goal', v.t('f.goal'), goals, v.form.goal, (goal) => ({ goal }), {
      redraw: true,
    }),
    kpiField(v),
    ...scopeFields(v),
    words('who'),
    words('what'),
    words('where'),
    words('how'),
  ];
}
