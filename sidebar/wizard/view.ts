// What the step views read and how they write back: the state the app holds, and field builders
// that label every control, describe it with its hint and error (aria-describedby), and mark it
// invalid (aria-invalid). Errors are set at render and cleared as soon as the user edits the field.
import type {
  CheckResult,
  KpiOption,
  MeasureResult,
  WizardInit,
} from '../../src/server/wizard-contract';
import { h, type Child } from '../shared/dom';
import type { Language, Translate } from '../shared/i18n';
import { fieldId, type FormState } from './model';
import type { TextKey } from './texts';

export interface View {
  init: WizardInit;
  lang: Language;
  t: Translate<TextKey>;
  form: FormState;
  kpi: KpiOption | undefined;
  /** Translated error messages by field path. */
  errors: Record<string, string>;
  measure: MeasureResult | null;
  check: CheckResult | null;
  /**
   * Updates the form and clears the errors of the fields it changed (their messages no longer
   * apply); `redraw` redraws the step (a choice that changes other fields).
   */
  set(patch: Partial<FormState>, redraw?: boolean): void;
}

type StringKey = {
  [K in keyof FormState]-?: FormState[K] extends string ? K : never;
}[keyof FormState];

/** Marks a control valid or invalid and fills (or empties) its error line. */
export function showError(path: string, message: string | undefined): void {
  const id = fieldId(path);
  const error = document.getElementById(`${id}-error`);
  if (error) {
    error.textContent = message ?? '';
    error.hidden = !message;
  }
  // Compared one by one: a server path is data, never part of a selector.
  document.querySelectorAll<HTMLElement>('[data-path]').forEach((c) => {
    if (c.getAttribute('data-path') !== path) return;
    if (message) c.setAttribute('aria-invalid', 'true');
    else c.removeAttribute('aria-invalid');
  });
}

/** The ids that describe a control: its hint and its error line. */
function describedBy(id: string, hint: boolean, extra?: string): string {
  return [hint ? `${id}-hint` : '', `${id}-error`, extra ?? ''].filter(Boolean).join(' ');
}

export function errorLine(v: View, path: string): HTMLElement {
  const message = v.errors[path];
  return h('p', { class: 'error', id: `${fieldId(path)}-error`, hidden: !message }, message ?? '');
}

/** Attributes every control of a field gets. */
export function controlAttrs(v: View, path: string, hint: boolean, extra?: string) {
  const id = fieldId(path);
  return {
    id,
    'data-path': path,
    'aria-describedby': describedBy(id, hint, extra),
    'aria-invalid': v.errors[path] ? 'true' : null,
  };
}

/** A labelled field: label, control (with an optional unit after it), hint, error line. */
export function field(
  v: View,
  path: string,
  label: string,
  control: HTMLElement,
  options: { hint?: Child; suffix?: string; after?: Child } = {},
): HTMLElement {
  const id = fieldId(path);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    options.suffix
      ? h(
          'div',
          { class: 'with-unit' },
          control,
          h('span', { class: 'unit', 'aria-hidden': 'true' }, options.suffix),
        )
      : control,
    options.hint ? h('p', { class: 'hint', id: `${id}-hint` }, options.hint) : null,
    errorLine(v, path),
    options.after ?? null,
  );
}

/** A one-line text input bound to a string field of the form. */
export function textInput(
  v: View,
  path: string,
  key: StringKey,
  label: string,
  options: {
    hint?: string;
    suffix?: string;
    type?: 'text' | 'date';
    inputmode?: 'decimal' | 'numeric' | 'text';
    list?: string;
    autocomplete?: string;
    maxlength?: number;
    after?: Child;
    onInput?: (value: string) => void;
    onChange?: (value: string) => void;
  } = {},
): HTMLElement {
  const input = h('input', {
    ...controlAttrs(v, path, !!options.hint),
    type: options.type ?? 'text',
    value: v.form[key] ?? '',
    inputmode: options.inputmode,
    list: options.list,
    autocomplete: options.autocomplete ?? 'off',
    maxlength: options.maxlength,
    // A unit shown after the box is part of what is asked: say it to screen readers too.
    'aria-label': options.suffix ? `${label} (${options.suffix})` : null,
    on: {
      input: () => {
        v.set({ [key]: input.value } as Partial<FormState>);
        options.onInput?.(input.value);
      },
      change: () => options.onChange?.(input.value),
    },
  });
  return field(v, path, label, input, options);
}

/** A multi-line text bound to a string field of the form. */
export function textArea(
  v: View,
  path: string,
  key: StringKey,
  label: string,
  options: { hint?: string; maxlength?: number } = {},
): HTMLElement {
  const area = h('textarea', {
    ...controlAttrs(v, path, !!options.hint),
    rows: 3,
    maxlength: options.maxlength,
    on: {
      input: () => {
        v.set({ [key]: area.value } as Partial<FormState>);
      },
    },
  });
  area.value = String(v.form[key] ?? '');
  return field(v, path, label, area, options);
}

export interface Choice {
  value: string;
  label: string;
  disabled?: boolean;
}

/** A select; `apply` turns the chosen value into a form patch (redrawn when `redraw`). */
export function selectField(
  v: View,
  path: string,
  label: string,
  choices: Choice[],
  value: string,
  apply: (value: string) => Partial<FormState> | FormState,
  options: { hint?: Child; redraw?: boolean; after?: Child } = {},
): HTMLElement {
  const select = h(
    'select',
    {
      ...controlAttrs(v, path, !!options.hint),
      on: {
        change: () => v.set(apply(select.value), options.redraw ?? false),
      },
    },
    choices.map((c) =>
      h('option', { value: c.value, selected: c.value === value, disabled: c.disabled }, c.label),
    ),
  );
  select.value = value;
  return field(v, path, label, select, options);
}

/** A heading and a block of text from the server (already in the user's language). */
export function infoBlock(title: string, ...body: Child[]): HTMLElement {
  return h('section', { class: 'info' }, h('h4', null, title), ...body);
}
