// The "Add a context note" page's controller: one small form (dates, scope, kind, note) whose
// submit the server checks field by field and appends to the Context sheet under the document
// lock. A refused field is named in the assertive live region and gets the focus; the form is
// kept as typed until the note is added.
import type {
  ContextNoteForm,
  ContextPageInit,
  ContextPageServer,
} from '../../src/server/context-contract';
import { byId, h, replace } from '../shared/dom';
import { field } from '../shared/field';
import { isBusy, OpeningPage } from '../shared/page';
import { createServer } from '../shared/server';
import type { TextKey } from './texts';

const FIELDS = ['start', 'end', 'scopeType', 'scope', 'kind', 'note'] as const;

export class ContextApp extends OpeningPage<TextKey, ContextPageInit> {
  private readonly server = createServer<ContextPageServer>();

  protected load(): Promise<ContextPageInit> {
    return this.server.contextPageInit();
  }

  protected render(): void {
    const t = this.t;
    const init = this.init!;
    const options = (choices: ContextPageInit['kinds']) =>
      choices.map((c) => h('option', { value: c.key }, c.label));
    const suggestions = [...init.scopes.team, ...init.scopes.segment];
    replace(
      this.root,
      h('h1', null, t('title')),
      h('p', { class: 'hint' }, t('intro')),
      this.field('start', h('input', { type: 'date', id: 'start', value: init.today })),
      this.field('end', h('input', { type: 'date', id: 'end', value: init.today })),
      this.field(
        'scopeType',
        h(
          'select',
          { id: 'scopeType', on: { change: () => this.scopeChanged() } },
          options(init.scopeTypes),
        ),
      ),
      this.field(
        'scope',
        h('input', {
          type: 'text',
          id: 'scope',
          list: 'scope-names',
          maxlength: 100,
          disabled: true,
        }),
      ),
      h(
        'datalist',
        { id: 'scope-names' },
        suggestions.map((name) => h('option', { value: name })),
      ),
      this.field('kind', h('select', { id: 'kind' }, options(init.kinds))),
      this.field('note', h('textarea', { id: 'note', rows: 3, maxlength: 500 })),
      h('button', { type: 'button', id: 'add', on: { click: () => void this.add() } }, t('add')),
    );
  }

  private field(key: (typeof FIELDS)[number], control: HTMLElement): HTMLElement {
    return field(key, this.t(key), control);
  }

  /** The company needs no name: its field is off. */
  private scopeChanged(): void {
    byId<HTMLInputElement>('scope').disabled =
      this.busy || byId<HTMLSelectElement>('scopeType').value === 'company';
  }

  private form(): ContextNoteForm {
    const value = (id: string) => byId<HTMLInputElement>(id).value;
    return {
      start: value('start'),
      end: value('end'),
      scopeType: value('scopeType'),
      scope: value('scope'),
      kind: value('kind'),
      note: value('note'),
    };
  }

  private async add(): Promise<void> {
    const form = this.form();
    const result = await this.call(
      this.t('adding'),
      () => this.server.addContextNote(form),
      (busy) => this.setBusy(busy),
    );
    if (!result) return;
    if (result.outcome === 'added') {
      this.status(result.message);
      byId<HTMLTextAreaElement>('note').value = '';
      byId('note').focus();
      return;
    }
    if (isBusy(result)) return this.showBusy(result);
    this.alert(result.message);
    if (result.outcome === 'invalid' && (FIELDS as readonly string[]).includes(result.field))
      byId(result.field).focus();
  }

  /** Disables (or enables) the controls while the call runs, without redrawing the page. */
  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const id of FIELDS) (byId(id) as HTMLInputElement).disabled = busy;
    (byId('add') as HTMLButtonElement).disabled = busy;
    byId('add').setAttribute('aria-busy', busy ? 'true' : 'false');
    this.root.setAttribute('aria-busy', busy ? 'true' : 'false');
    if (!busy) this.scopeChanged();
  }
}
