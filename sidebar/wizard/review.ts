// The objective review inside an objective of the list (issue 14): the proposed target with its
// reasons (met early, far behind, or the period over; same period in earlier years, forecast,
// best, median), the Accept, Edit and Dismiss buttons, the field for another target, and the
// forecast of won deals beside a revenue objective. The controller (app.ts) holds the state and
// calls the server; these functions only draw it.
import type { ForecastView, ObjectiveReviewView } from '../../src/server/wizard-contract';
import { h } from '../shared/dom';
import type { Language, Translate } from '../shared/i18n';
import { formatDay } from './dates';
import type { TextKey } from './texts';

export interface ReviewPanelInput {
  readonly review: ObjectiveReviewView;
  /** The objective's name, for the buttons' labels. */
  readonly name: string;
  readonly t: Translate<TextKey>;
  readonly lang: Language;
  /** The edit field is open, with this text and maybe this error. */
  readonly editing?: { readonly text: string; readonly error?: string };
  readonly onAccept: () => void;
  readonly onEdit: () => void;
  readonly onDismiss: () => void;
  readonly onTyped: (text: string) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
}

export function reviewPanel(p: ReviewPanelInput): HTMLElement {
  const { review: r, t, lang } = p;
  const base = `review-${r.id}`;
  const reason =
    r.reason === 'periodAgain' && r.next
      ? t('review.reason.periodAgain', {
          start: formatDay(r.next.start, lang),
          deadline: formatDay(r.next.deadline, lang),
        })
      : t(r.reason === 'metEarly' ? 'review.reason.metEarly' : 'review.reason.farBehind');
  const basis = [
    r.basis.seasonal !== undefined ? t('review.seasonal', { value: r.basis.seasonal }) : '',
    r.basis.forecast !== undefined ? t('review.forecast', { value: r.basis.forecast }) : '',
    t('review.best', { value: r.basis.best }),
    t('review.median', { value: r.basis.median }),
  ].filter((x) => x !== '');
  const button = (label: string, aria: string, click: () => void, cls = 'secondary') =>
    h(
      'button',
      { type: 'button', class: cls, 'data-busy': '', 'aria-label': aria, on: { click } },
      label,
    );
  const editor = p.editing
    ? h(
        'div',
        { class: 'review-edit' },
        h('label', { for: `${base}-target` }, t('review.newTarget')),
        h('input', {
          id: `${base}-target`,
          type: 'text',
          inputmode: 'decimal',
          value: p.editing.text,
          'aria-invalid': p.editing.error ? 'true' : 'false',
          'aria-describedby': p.editing.error ? `${base}-error` : undefined,
          on: {
            input: (e: Event) => p.onTyped((e.target as HTMLInputElement).value),
            keydown: (e: Event) => {
              if ((e as KeyboardEvent).key === 'Enter') p.onSave();
            },
          },
        }),
        p.editing.error ? h('p', { class: 'error', id: `${base}-error` }, p.editing.error) : null,
        h(
          'div',
          { class: 'actions' },
          button(t('review.saveTarget'), t('review.saveTarget'), p.onSave, 'primary'),
          button(t('review.cancel'), t('review.cancel'), p.onCancel),
        ),
      )
    : h(
        'div',
        { class: 'actions' },
        button(
          t('review.accept'),
          t('review.acceptLabel', { proposed: r.proposed, name: p.name }),
          p.onAccept,
          'primary',
        ),
        button(t('review.edit'), t('review.editLabel', { name: p.name }), p.onEdit),
        button(t('review.dismiss'), t('review.dismissLabel', { name: p.name }), p.onDismiss),
      );
  return h(
    'section',
    { class: 'review', 'aria-labelledby': `${base}-heading`, 'data-review': r.id },
    h(
      'h4',
      { id: `${base}-heading` },
      t('review.heading', { proposed: r.proposed, target: r.target }),
    ),
    h('p', null, reason, ' ', t('review.basis'), ' ', basis.join(' · '), '.'),
    editor,
    h('p', { class: 'note' }, t('review.logged')),
  );
}

export function forecastLine(f: ForecastView, t: Translate<TextKey>, lang: Language): HTMLElement {
  return h(
    'p',
    { class: 'forecast' },
    t('forecast.line', {
      from: formatDay(f.from, lang),
      to: formatDay(f.to, lang),
      expected: f.expected,
      low: f.low,
      high: f.high,
    }),
  );
}
