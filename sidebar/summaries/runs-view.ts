// The recent runs: when, how many sent, deferred (quota or per-run limit: the next run goes on)
// and awaiting approval, and the error of a failed run.
import { h } from '../shared/dom';
import { formatTime } from '../shared/format';
import type { Ctx } from './context';

export function runsSection(c: Ctx): HTMLElement {
  const { view, t } = c;
  const head = ['runs.time', 'runs.sent', 'runs.deferred', 'runs.awaiting', 'runs.error'] as const;
  return h(
    'section',
    { 'aria-labelledby': 'runs-heading' },
    h('h2', { id: 'runs-heading' }, t('runs.heading')),
    view.runs.length === 0
      ? h('p', { class: 'note' }, t('runs.none'))
      : h(
          'table',
          { class: 'runs', id: 'runs' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              head.map((k) => h('th', { scope: 'col' }, t(k))),
            ),
          ),
          h(
            'tbody',
            null,
            view.runs.map((r) =>
              h(
                'tr',
                { class: r.error ? 'failed' : null },
                h(
                  'td',
                  null,
                  formatTime(r.at, c.lang, 'short'),
                  r.trigger === 'manual' ? ` (${t('runs.manual')})` : '',
                ),
                h('td', null, r.sent),
                h('td', null, r.deferred),
                h('td', null, r.awaiting),
                h('td', { class: r.error ? 'error' : null }, r.error ?? ''),
              ),
            ),
          ),
        ),
  );
}
