// Step 4, Realistic (alignment with the goal, the Goodhart guard's paired KPI with its reason,
// the count of active objectives on the scope and the server's warnings) and step 5, Time-bound
// (start, deadline with the end of the quarter suggested, tracking frequency by category).
import type { ObjectiveSummary, ScopeInput } from '../../src/server/wizard-contract';
import { h } from '../shared/dom';
import { suggestedDeadline, formatDay, isIsoDay } from './dates';
import { kpiOf, scopeOf } from './model';
import { infoBlock, selectField, textInput, type View } from './view';

const sameScope = (a: ScopeInput, b: ScopeInput) =>
  a.type === b.type && (a.name ?? '').trim().toLowerCase() === (b.name ?? '').trim().toLowerCase();

/** Active objectives already set on a scope, not counting the one being edited. */
export function activeOnScope(
  objectives: ObjectiveSummary[],
  scope: ScopeInput,
  editing: string | undefined,
): number {
  return objectives.filter(
    (o) => o.id !== editing && sameScope(o.scope, scope) && /^(active|actif)$/i.test(o.status),
  ).length;
}

export function realisticStep(v: View): HTMLElement[] {
  const kpi = v.kpi;
  const blocks: HTMLElement[] = [];
  if (v.check?.alignment)
    blocks.push(infoBlock(v.t('r.alignment'), h('p', null, v.check.alignment)));
  if (kpi?.isVolume) {
    blocks.push(
      infoBlock(
        v.t('r.goodhart'),
        h('p', { id: 'goodhart-reason' }, v.check?.goodhart || v.init.goodhartReason),
        selectField(
          v,
          'pairedKpi',
          v.t('f.pairedKpi'),
          [
            { value: '', label: v.t('f.pairedKpi.choose') },
            ...kpi.pairs.map((key) => ({ value: key, label: kpiOf(v.init, key)?.name ?? key })),
          ],
          v.form.pairedKpi,
          (pairedKpi) => ({ pairedKpi }),
          { hint: v.t('f.pairedKpi.hint', { kpi: kpi.name.toLowerCase() }) },
        ),
      ),
    );
  } else if (kpi) {
    blocks.push(infoBlock(v.t('r.goodhart'), h('p', null, v.t('r.noPair', { kpi: kpi.name }))));
  }
  const active = activeOnScope(v.init.objectives, scopeOf(v.form), v.form.id);
  blocks.push(h('p', { class: 'note' }, v.t('r.active', { n: active })));
  const warnings = v.check?.warnings ?? [];
  if (warnings.length > 0) {
    blocks.push(
      h(
        'section',
        { class: 'warnings' },
        h('h4', null, v.t('r.warnings')),
        h(
          'ul',
          null,
          warnings.map((w) => h('li', null, w)),
        ),
      ),
    );
  }
  return blocks;
}

export function timeboundStep(v: View): HTMLElement[] {
  const kpi = v.kpi;
  const suggested = isIsoDay(v.form.start) ? suggestedDeadline(v.form.start) : '';
  const frequencyName = (key: string) =>
    v.init.frequencies.find((f) => f.key === key)?.label ?? key;
  return [
    textInput(v, 'start', 'start', v.t('f.start'), {
      type: 'date',
      onChange: (start) => {
        // A deadline still at the suggestion follows the start to its quarter's end.
        const old = suggested;
        if (isIsoDay(start) && (v.form.deadline === old || v.form.deadline === '')) {
          v.set({ deadline: suggestedDeadline(start) }, true);
        } else v.set({}, true);
      },
    }),
    textInput(v, 'deadline', 'deadline', v.t('f.deadline'), {
      type: 'date',
      hint: suggested ? v.t('f.deadline.hint', { date: formatDay(suggested, v.lang) }) : undefined,
    }),
    selectField(
      v,
      'frequency',
      v.t('f.frequency'),
      v.init.frequencies.map((f) => ({ value: f.key, label: f.label })),
      v.form.frequency,
      (frequency) => ({ frequency: frequency as typeof v.form.frequency }),
      {
        hint: kpi
          ? v.t('f.frequency.hint', {
              category: kpi.categoryLabel.toLowerCase(),
              frequency: frequencyName(kpi.frequency).toLowerCase(),
            })
          : undefined,
      },
    ),
  ];
}
