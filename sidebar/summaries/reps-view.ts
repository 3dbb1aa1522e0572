// Reps who opted in to a personal summary: their name as the data writes it, their email and
// language. Each one awaits the trigger owner's approval like any recipient (recipients-view.ts
// lists who awaits it). Every name and address is a text node or an input's value.
import type { Language } from '../shared/i18n';
import { h } from '../shared/dom';
import type { Ctx } from './context';

type RepEntry = Ctx['form']['reps'][number];

function repItem(c: Ctx, i: number): HTMLElement {
  const entry = c.form.reps[i];
  const saved = c.view.recipients.find(
    (r) =>
      r.kind === 'rep' &&
      r.email === entry.email.trim().toLowerCase() &&
      r.name === entry.name.trim(),
  );
  const update = (patch: Partial<RepEntry>): void =>
    c.set({ reps: c.form.reps.map((e, k) => (k === i ? { ...e, ...patch } : e)) });
  return h(
    'li',
    { class: 'recipient rep' },
    h('input', {
      type: 'text',
      id: `rep-name-${i}`,
      value: entry.name,
      maxlength: 100,
      'aria-label': c.t('reps.name', { n: i + 1 }),
      disabled: c.busy,
      on: { input: (e) => update({ name: (e.target as HTMLInputElement).value }) },
    }),
    h('input', {
      type: 'email',
      id: `rep-email-${i}`,
      value: entry.email,
      'aria-label': c.t('reps.email', { n: i + 1 }),
      disabled: c.busy,
      autocomplete: 'off',
      on: { input: (e) => update({ email: (e.target as HTMLInputElement).value }) },
    }),
    h(
      'div',
      { class: 'meta' },
      h(
        'select',
        {
          id: `rep-lang-${i}`,
          class: 'inline',
          'aria-label': c.t('recipients.language', { email: entry.email }),
          disabled: c.busy,
          on: {
            change: (e) => update({ language: (e.target as HTMLSelectElement).value as Language }),
          },
        },
        (['en', 'fr'] as const).map((l) =>
          h(
            'option',
            { value: l, selected: l === entry.language },
            c.t(l === 'en' ? 'lang.en' : 'lang.fr'),
          ),
        ),
      ),
      saved
        ? h(
            'span',
            { class: `badge ${saved.approval}` },
            c.t(saved.approval === 'approved' ? 'recipients.approved' : 'recipients.awaiting'),
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          class: 'link danger-text',
          disabled: c.busy,
          'aria-label': c.t('recipients.remove', { email: entry.email }),
          on: { click: () => c.set({ reps: c.form.reps.filter((_, k) => k !== i) }, true) },
        },
        '✕',
      ),
    ),
  );
}

export function repsSection(c: Ctx): HTMLElement[] {
  return [
    h('h3', null, c.t('reps.heading')),
    h('p', { class: 'hint' }, c.t('reps.hint')),
    h(
      'ul',
      { class: 'recipients', id: 'reps' },
      c.form.reps.map((_, i) => repItem(c, i)),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        id: 'add-rep',
        disabled: c.busy,
        on: {
          click: () =>
            c.set(
              { reps: [...c.form.reps, { name: '', email: '', language: c.form.defaultLanguage }] },
              true,
            ),
        },
      },
      c.t('reps.add'),
    ),
  ];
}
