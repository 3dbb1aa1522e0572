// Step 2, Measurable (the baseline from the workbook for the scope and frequency, the target as
// a value or a % change with its unit) and step 3, Achievable (the KPI's history per period:
// worst, median, best, a small bar chart, and the server's verdict with its reason).
import { h } from '../shared/dom';
import { formatDay, periodsInWindow } from './dates';
import { historyChart } from './chart';
import { baselineOf, keepsSavedBaseline } from './model';
import { formatKpiValue, isLevel, targetFromInput, targetValue } from './units';
import { infoBlock, selectField, textInput, type View } from './view';

/**
 * A level target as a KPI value for display, or '' when it cannot be worked out here (a total
 * over the window is the server's to compute: the Achievable step shows it).
 */
function targetPreview(v: View, text: string): string {
  if (!v.kpi || !isLevel(v.kpi)) return '';
  const unit = v.kpi.unit;
  const target = targetFromInput(text, v.form.targetMode, unit, v.lang);
  const value =
    target === null ? null : targetValue(target, v.form.targetMode, baselineOf(v.form, v.measure));
  return value === null || !Number.isFinite(value)
    ? ''
    : v.t('m.targetValue', { value: formatKpiValue(value, unit, v.lang) });
}

function baselineBox(v: View): HTMLElement {
  const m = v.measure;
  if (keepsSavedBaseline(v.form)) {
    // An edited objective keeps the baseline it was saved with; the latest value is shown too.
    const saved = v.form.savedBaseline;
    return h(
      'div',
      { class: saved === null ? 'baseline empty' : 'baseline', id: 'f-baseline' },
      h('p', { class: 'baseline-label' }, v.t('m.savedBaseline')),
      h(
        'p',
        { class: 'baseline-value' },
        saved === null ? '—' : formatKpiValue(saved, v.kpi?.unit ?? 'count', v.lang),
      ),
      m && m.baseline !== null
        ? h(
            'p',
            { class: 'hint' },
            v.t('m.latest', { value: m.formatted.baseline, label: m.baselineLabel }),
          )
        : null,
    );
  }
  if (!m || m.baseline === null) {
    return h('div', { class: 'baseline empty', id: 'f-baseline' }, v.t('m.noBaseline'));
  }
  return h(
    'div',
    { class: 'baseline', id: 'f-baseline' },
    h('p', { class: 'baseline-label' }, `${v.t('m.baseline')} · ${m.baselineLabel}`),
    h('p', { class: 'baseline-value' }, m.formatted.baseline),
  );
}

export function measurableStep(v: View): HTMLElement[] {
  const unit = v.kpi?.unit ?? 'count';
  const noBaseline = baselineOf(v.form, v.measure) === null;
  const change = v.form.targetMode === 'change';
  const suffix = change || unit === 'rate' ? '%' : unit === 'count' ? '' : v.t(`unit.${unit}`);
  const total = v.kpi !== undefined && !isLevel(v.kpi);
  const hint = change
    ? v.t(total ? 'f.target.hint.changeTotal' : 'f.target.hint.change')
    : total
      ? v.t('f.target.hint.total')
      : unit === 'rate'
        ? v.t('f.target.hint.rate')
        : v.t('f.target.hint.unit', { unit: v.t(`unit.${unit}`) });
  const preview = h(
    'p',
    { class: 'preview', id: 'target-preview' },
    targetPreview(v, v.form.target),
  );
  return [
    baselineBox(v),
    selectField(
      v,
      'targetMode',
      v.t('f.targetMode'),
      [
        { value: 'change', label: v.t('mode.change'), disabled: noBaseline },
        { value: 'value', label: v.t('mode.value') },
      ],
      v.form.targetMode,
      (mode) => ({ targetMode: mode as 'value' | 'change' }),
      { redraw: true },
    ),
    textInput(v, 'target', 'target', v.t('f.target'), {
      hint,
      suffix,
      inputmode: 'decimal',
      after: preview,
      onInput: (text) => {
        preview.textContent = targetPreview(v, text);
      },
    }),
    v.kpi && !v.kpi.higherIsBetter ? h('p', { class: 'note' }, v.t('m.lowerIsBetter')) : null,
  ].filter((e): e is HTMLElement => e !== null);
}

/**
 * The target on the scale of the periods: a level as it is; a total over the window as its
 * per-period equivalent (the total spread over the window's periods, as the server judges it).
 */
function chartTarget(v: View): number | null {
  const target = v.check?.targetValue ?? null;
  if (target === null || !v.kpi || isLevel(v.kpi)) return target;
  const periods = periodsInWindow(v.form.start, v.form.deadline, v.form.frequency);
  return Number.isFinite(periods) && periods > 0 ? target / periods : null;
}

function historyBlock(v: View): HTMLElement {
  const m = v.measure;
  if (!m || m.history.periods === 0) return h('p', { class: 'note' }, v.t('a.noHistory'));
  const unit = m.unit;
  const format = (value: number) => formatKpiValue(value, unit, v.lang);
  const points = m.history.points;
  const target = chartTarget(v);
  const cumulative = v.kpi !== undefined && !isLevel(v.kpi);
  const summary = v.t('a.chartSummary', {
    n: points.length,
    first: formatDay(points[0].start, v.lang),
    last: formatDay(points[points.length - 1].start, v.lang),
    worst: m.formatted.worst,
    median: m.formatted.median,
    best: m.formatted.best,
  });
  const stat = (key: 'a.worst' | 'a.median' | 'a.best', value: string) =>
    h('div', { class: 'stat' }, h('dt', null, v.t(key)), h('dd', null, value));
  return h(
    'section',
    { class: 'history' },
    h('h4', null, v.t('a.history', { n: m.history.periods })),
    h(
      'dl',
      { class: 'stats' },
      stat('a.worst', m.formatted.worst),
      stat('a.median', m.formatted.median),
      stat('a.best', m.formatted.best),
    ),
    h('p', { class: 'sr-only', id: 'chart-title' }, v.t('a.chart')),
    historyChart(points, target, 'chart-title chart-summary', format),
    h(
      'p',
      { class: 'hint', id: 'chart-summary' },
      summary,
      target === null
        ? ''
        : ` ${v.t(cumulative ? 'a.chartTargetPerPeriod' : 'a.chartTarget', { target: format(target) })}`,
    ),
    h(
      'details',
      null,
      h('summary', null, v.t('a.values')),
      h(
        'table',
        { class: 'values' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, v.t('a.period')),
            h('th', { scope: 'col' }, v.t('a.value')),
          ),
        ),
        h(
          'tbody',
          null,
          points.map((p) =>
            h(
              'tr',
              null,
              h('td', null, formatDay(p.start, v.lang)),
              h('td', null, p.value === null ? '—' : format(p.value)),
            ),
          ),
        ),
      ),
    ),
  );
}

export function achievableStep(v: View): HTMLElement[] {
  const verdict = v.check?.verdict;
  const target = v.check?.targetValue;
  return [
    historyBlock(v),
    target === null || target === undefined
      ? null
      : h(
          'p',
          { class: 'preview', id: 'target-value' },
          v.t('a.target', { value: formatKpiValue(target, v.kpi?.unit ?? 'count', v.lang) }),
        ),
    verdict
      ? infoBlock(
          v.t('a.verdict'),
          h(
            'p',
            { class: `verdict verdict-${verdict.verdict.replace(/\s+/g, '-')}` },
            v.t(`verdict.${verdict.verdict}`),
          ),
          h('p', null, verdict.reason),
        )
      : null,
  ].filter((e): e is HTMLElement => e !== null);
}
