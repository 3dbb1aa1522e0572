// A form field as the pages draw it: a label tied to its control by id, the control, and an
// optional hint below. Written once so every page's fields read the same to a screen reader.
import { h } from './dom';

/** `<div class="field"><label for=id>label</label>control<p class="hint">hint</p></div>`. */
export function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'hint' }, hint) : null,
  );
}
