// The logged experiments, newest first: technique, KPI and groups, the sample reached against the
// size needed (a progress bar), the rates, lift and p-value, and the verdict. Losing and null
// results are shown like the others: the log keeps every experiment. Text only (dom.ts).
import type { ExperimentSummary } from '../../src/server/experiments-contract';
import { h } from '../shared/dom';
import { formatNumber } from '../shared/format';
import type { Language, Translate } from '../shared/i18n';
import type { TextKey } from './texts';

const percent = (value: number | null, lang: Language, signed = false) =>
  value === null
    ? '—'
    : `${signed && value > 0 ? '+' : ''}${formatNumber(value * 100, lang, 1)}${lang === 'fr' ? '\u00a0%' : '%'}`;

export function experimentCard(
  e: ExperimentSummary,
  t: Translate<TextKey>,
  lang: Language,
): HTMLElement {
  const count = (n: number) => formatNumber(n, lang, 0);
  const sample =
    e.sampleSize === null
      ? t('sampleUnknown', { control: count(e.control.total), variant: count(e.variant.total) })
      : t('sample', {
          control: count(e.control.total),
          variant: count(e.variant.total),
          n: count(e.sampleSize),
        });
  return h(
    'li',
    { class: `experiment verdict-${e.verdict}`, 'data-id': e.id },
    h(
      'div',
      { class: 'experiment-head' },
      h('strong', null, `${e.id} · ${e.technique}`),
      h('span', { class: `status status-${e.status}` }, t(e.status)),
    ),
    h('p', { class: 'note' }, `${e.kpiName} — ${e.control.name} ${t('vs')} ${e.variant.name}`),
    h('p', { class: 'note' }, t('period', { start: e.start, end: e.end })),
    e.hypothesis ? h('p', { class: 'hypothesis' }, e.hypothesis) : null,
    h('p', null, sample),
    h('progress', { max: 1, value: e.progress, 'aria-label': sample }),
    h(
      'p',
      null,
      t('rates', {
        control: percent(e.control.rate, lang),
        variant: percent(e.variant.rate, lang),
      }),
    ),
    h(
      'p',
      null,
      t('lift', {
        lift: percent(e.lift, lang, true),
        p: e.pValue === null ? '—' : formatNumber(e.pValue, lang, 4),
      }),
    ),
    h('p', { class: 'verdict' }, e.verdictLabel),
  );
}

export function experimentList(
  experiments: readonly ExperimentSummary[],
  t: Translate<TextKey>,
  lang: Language,
): HTMLElement {
  if (experiments.length === 0) return h('p', { class: 'note', id: 'no-experiments' }, t('none'));
  return h(
    'ul',
    { class: 'experiments', id: 'experiments' },
    [...experiments].reverse().map((e) => experimentCard(e, t, lang)),
  );
}
