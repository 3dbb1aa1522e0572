// The page's top: whether summaries are on and whose trigger sends them (and that the owner must
// authorise the add-on again, when the last tick said so), then the schedule form.
import type { SummaryFrequencyKey } from '../../src/server/summaries-contract';
import type { Language } from '../shared/i18n';
import { h } from '../shared/dom';
import { field } from '../shared/field';
import type { Ctx } from './context';
import type { TextKey } from './texts';

export function statusSection(c: Ctx): HTMLElement {
  const { view, t } = c;
  const owner = view.trigger.owner ?? '';
  const lines: HTMLElement[] = [
    h('p', { id: 'summaries-state' }, t(view.settings.enabled ? 'status.on' : 'status.off')),
    h(
      'p',
      { id: 'trigger-owner' },
      !view.trigger.installed
        ? t('status.noTrigger')
        : view.trigger.mine
          ? t('status.ownerYou', { owner })
          : owner
            ? t('status.owner', { owner })
            : t('status.ownerUnknown'),
    ),
  ];
  // A blank email names nobody: say so rather than show an empty name.
  if (!view.canApprove) {
    const why =
      view.user === ''
        ? t('status.emailHidden')
        : owner
          ? t('status.notOwner', { owner })
          : t('status.notOwnerUnknown');
    lines.push(h('p', { class: 'note', id: 'not-owner' }, why));
  }
  if (view.reauthorizationNeeded)
    lines.push(h('p', { class: 'error', id: 'reauth' }, t('status.reauth')));
  if (view.next)
    lines.push(
      h('p', { class: 'note' }, t('status.next', { when: view.next, zone: view.timeZone })),
    );
  lines.push(h('p', { class: 'note' }, t('status.quota', { count: view.quota })));
  return h('section', { class: 'status', 'aria-labelledby': 'summaries-state' }, lines);
}

function select(
  id: string,
  value: string,
  options: Array<[string, string]>,
  onChange: (value: string) => void,
  disabled: boolean,
): HTMLSelectElement {
  return h(
    'select',
    { id, disabled, on: { change: (e) => onChange((e.target as HTMLSelectElement).value) } },
    options.map(([key, label]) => h('option', { value: key, selected: key === value }, label)),
  );
}

export function scheduleSection(c: Ctx): HTMLElement {
  const { form, t, busy } = c;
  const frequencies: SummaryFrequencyKey[] = ['daily', 'weekly', 'monthly'];
  const hours = Array.from({ length: 24 }, (_, h2): [string, string] => [
    String(h2),
    `${String(h2).padStart(2, '0')}:00`,
  ]);
  const days = Array.from({ length: 31 }, (_, d): [string, string] => [
    String(d + 1),
    String(d + 1),
  ]);
  const weekdays = Array.from({ length: 7 }, (_, d): [string, string] => [
    String(d + 1),
    t(`day.${d + 1}` as TextKey),
  ]);
  const languages: Array<[Language, string]> = [
    ['en', t('lang.en')],
    ['fr', t('lang.fr')],
  ];
  return h(
    'section',
    { 'aria-labelledby': 'schedule-heading' },
    h('h2', { id: 'schedule-heading' }, t('schedule.heading')),
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        id: 'enabled',
        checked: form.enabled,
        disabled: busy,
        on: { change: (e) => c.set({ enabled: (e.target as HTMLInputElement).checked }) },
      }),
      t('schedule.enabled'),
    ),
    field(
      'frequency',
      t('schedule.frequency'),
      select(
        'frequency',
        form.frequency,
        frequencies.map((f) => [f, t(`schedule.${f}`)]),
        (v) => c.set({ frequency: v as SummaryFrequencyKey }, true),
        busy,
      ),
    ),
    form.frequency === 'weekly'
      ? field(
          'weekday',
          t('schedule.weekday'),
          select(
            'weekday',
            String(form.weekday),
            weekdays,
            (v) => c.set({ weekday: Number(v) }),
            busy,
          ),
        )
      : null,
    form.frequency === 'monthly'
      ? field(
          'month-day',
          t('schedule.monthDay'),
          select(
            'month-day',
            String(form.monthDay),
            days,
            (v) => c.set({ monthDay: Number(v) }),
            busy,
          ),
          t('schedule.monthDayHint'),
        )
      : null,
    field(
      'hour',
      t('schedule.hour'),
      select('hour', String(form.hour), hours, (v) => c.set({ hour: Number(v) }), busy),
      t('schedule.zone', { zone: c.view.timeZone }),
    ),
    field(
      'default-language',
      t('schedule.language'),
      select(
        'default-language',
        form.defaultLanguage,
        languages,
        (v) => c.set({ defaultLanguage: v as Language }, true),
        busy,
      ),
    ),
  );
}
