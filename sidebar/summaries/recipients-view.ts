// Recipients: the team leads of the Teams sheet (each with their language), the company-wide
// recipients (edited here), who awaits the trigger owner's approval (with an Approve button per
// address for the owner), and the Save and Send now buttons. Every name and address is a text node.
import type { RecipientView } from '../../src/server/summaries-contract';
import type { Language } from '../shared/i18n';
import { h } from '../shared/dom';
import type { Ctx } from './context';
import { repsSection } from './reps-view';

function languageSelect(
  c: Ctx,
  id: string,
  label: string,
  value: Language,
  onChange: (lang: Language) => void,
): HTMLSelectElement {
  return h(
    'select',
    {
      id,
      class: 'inline',
      'aria-label': label,
      disabled: c.busy,
      on: { change: (e) => onChange((e.target as HTMLSelectElement).value as Language) },
    },
    (['en', 'fr'] as const).map((l) =>
      h('option', { value: l, selected: l === value }, c.t(l === 'en' ? 'lang.en' : 'lang.fr')),
    ),
  );
}

function badges(c: Ctx, r: RecipientView | undefined): HTMLElement[] {
  if (!r) return [];
  const out = [
    h(
      'span',
      { class: `badge ${r.approval}` },
      c.t(r.approval === 'approved' ? 'recipients.approved' : 'recipients.awaiting'),
    ),
  ];
  if (r.sentThisPeriod) out.push(h('span', { class: 'badge sent' }, c.t('recipients.sent')));
  return out;
}

function leadItem(c: Ctx, r: RecipientView, i: number): HTMLElement {
  const language = c.form.leadLanguages[r.email] ?? c.form.defaultLanguage;
  const setLanguage = (lang: Language): void => {
    const leadLanguages = { ...c.form.leadLanguages };
    if (lang === c.form.defaultLanguage) delete leadLanguages[r.email];
    else leadLanguages[r.email] = lang;
    c.set({ leadLanguages });
  };
  return h(
    'li',
    { class: 'recipient', 'data-email': r.email },
    h('div', { class: 'who' }, h('strong', null, r.team ?? ''), ' · ', r.name, h('br'), r.email),
    h(
      'div',
      { class: 'meta' },
      languageSelect(
        c,
        `lead-lang-${i}`,
        c.t('recipients.language', { email: r.email }),
        language,
        setLanguage,
      ),
      badges(c, r),
    ),
  );
}

function companyItem(c: Ctx, i: number): HTMLElement {
  const entry = c.form.company[i];
  const saved = c.view.recipients.find(
    (r) => r.kind === 'company' && r.email === entry.email.trim().toLowerCase(),
  );
  const update = (patch: Partial<{ email: string; language: Language }>, redraw = false): void =>
    c.set({ company: c.form.company.map((e, k) => (k === i ? { ...e, ...patch } : e)) }, redraw);
  const error = c.errors[i];
  return h(
    'li',
    { class: 'recipient company' },
    h('input', {
      type: 'email',
      id: `company-${i}`,
      value: entry.email,
      'aria-label': c.t('recipients.email', { n: i + 1 }),
      'aria-invalid': error ? 'true' : null,
      disabled: c.busy,
      autocomplete: 'off',
      on: { input: (e) => update({ email: (e.target as HTMLInputElement).value }) },
    }),
    h(
      'div',
      { class: 'meta' },
      languageSelect(
        c,
        `company-lang-${i}`,
        c.t('recipients.language', { email: entry.email }),
        entry.language,
        (language) => update({ language }),
      ),
      badges(c, saved),
      h(
        'button',
        {
          type: 'button',
          class: 'link danger-text',
          disabled: c.busy,
          'aria-label': c.t('recipients.remove', { email: entry.email }),
          on: {
            click: () => c.set({ company: c.form.company.filter((_, k) => k !== i) }, true),
          },
        },
        '✕',
      ),
    ),
    error ? h('p', { class: 'error' }, error) : null,
  );
}

function problemText(c: Ctx, p: Ctx['view']['problems'][number]): string {
  const key =
    p.reason === 'no email'
      ? 'recipients.problem.noEmail'
      : p.reason === 'invalid email'
        ? 'recipients.problem.invalid'
        : 'recipients.problem.tooMany';
  return c.t(key, { team: p.team, text: p.text });
}

export function recipientsSection(c: Ctx): HTMLElement {
  const { view, form, t, busy } = c;
  const leads = view.recipients.filter((r) => r.kind === 'lead');
  const awaiting = view.recipients.filter((r) => r.approval === 'awaiting');
  return h(
    'section',
    { 'aria-labelledby': 'recipients-heading' },
    h('h2', { id: 'recipients-heading' }, t('recipients.heading')),
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        id: 'include-leads',
        checked: form.includeLeads,
        disabled: busy,
        on: { change: (e) => c.set({ includeLeads: (e.target as HTMLInputElement).checked }) },
      }),
      t('recipients.leads'),
    ),
    leads.length
      ? h(
          'ul',
          { class: 'recipients', id: 'leads' },
          leads.map((r, i) => leadItem(c, r, i)),
        )
      : view.settings.includeLeads
        ? h('p', { class: 'note' }, t('recipients.noLeads'))
        : null,
    view.problems.length
      ? h(
          'ul',
          { class: 'problems' },
          view.problems.map((p) => h('li', { class: 'error' }, problemText(c, p))),
        )
      : null,
    h('h3', null, t('recipients.company')),
    h('p', { class: 'hint' }, t('recipients.companyHint')),
    h(
      'ul',
      { class: 'recipients', id: 'company' },
      form.company.map((_, i) => companyItem(c, i)),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        id: 'add-recipient',
        disabled: busy,
        on: {
          click: () =>
            c.set(
              { company: [...form.company, { email: '', language: form.defaultLanguage }] },
              true,
            ),
        },
      },
      t('recipients.add'),
    ),
    ...repsSection(c),
    awaiting.length
      ? h(
          'div',
          { class: 'pending', id: 'pending' },
          h('p', null, t('approve.pending', { count: awaiting.length })),
          // One Approve per address: the owner approves each one explicitly, never a list.
          h(
            'ul',
            { class: 'pending-list' },
            awaiting.map((r, i) =>
              h(
                'li',
                { 'data-email': r.email },
                h('span', { class: 'who' }, r.email),
                view.canApprove
                  ? h(
                      'button',
                      {
                        type: 'button',
                        class: 'secondary approve',
                        id: `approve-${i}`,
                        'aria-label': t('approve.label', { email: r.email }),
                        disabled: busy,
                        on: { click: () => c.approve([r.email]) },
                      },
                      t('approve.button'),
                    )
                  : null,
              ),
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', id: 'save', disabled: busy, on: { click: () => c.save() } },
        t('actions.save'),
      ),
      view.canApprove
        ? h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              id: 'send-now',
              disabled: busy,
              on: { click: () => c.sendNow() },
            },
            t('actions.sendNow'),
          )
        : null,
    ),
  );
}
