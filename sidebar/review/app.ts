// The "Build review pack" page's controller: a team (or the company), a period (month or week,
// with a day in it) and three actions: build the Review sheet (an existing one is replaced only
// after the user confirms), record its filled decisions as Actions rows, and email the pack.
// Results go to the polite live region, refusals to the assertive one.
import type {
  ReviewPageInit,
  ReviewPageServer,
  ReviewRequest,
} from '../../src/server/review-contract';
import { byId, h, replace } from '../shared/dom';
import { languageOf, translator, type Language, type Translate } from '../shared/i18n';
import { createServer, serverMessage, type Promisified } from '../shared/server';
import { MESSAGES, type TextKey } from './texts';

const CONTROLS = ['team', 'kind', 'day', 'build', 'record', 'send'] as const;

export class ReviewApp {
  private lang: Language = languageOf(navigator.language);
  private t: Translate<TextKey> = translator(MESSAGES, this.lang);
  private init: ReviewPageInit | null = null;
  private busy = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly server: Promisified<ReviewPageServer> = createServer<ReviewPageServer>(),
  ) {}

  async start(): Promise<void> {
    replace(this.root, h('p', null, h('span', { class: 'spinner' }), this.t('loading')));
    try {
      this.init = await this.server.reviewPageInit();
      this.lang = this.init.language;
      this.t = translator(MESSAGES, this.lang);
      document.documentElement.lang = this.lang;
    } catch (e) {
      this.alert(serverMessage(e));
      return;
    }
    this.render();
    this.root.setAttribute('aria-busy', 'false');
  }

  private render(): void {
    const t = this.t;
    const init = this.init!;
    replace(
      this.root,
      h('h1', null, t('title')),
      h('p', { class: 'hint' }, t('intro')),
      this.field(
        'team',
        h(
          'select',
          { id: 'team' },
          init.teams.map((name) => h('option', { value: name }, name)),
          h('option', { value: '' }, t('company')),
        ),
      ),
      this.field(
        'kind',
        h(
          'select',
          { id: 'kind', on: { change: () => this.kindChanged() } },
          h('option', { value: 'month' }, t('month')),
          h('option', { value: 'week' }, t('week')),
        ),
      ),
      this.field('day', h('input', { type: 'date', id: 'day', value: init.defaults.month })),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', id: 'build', on: { click: () => void this.build(false) } },
          t('build'),
        ),
        h('div', { id: 'confirm' }),
        h(
          'button',
          {
            type: 'button',
            id: 'record',
            class: 'secondary',
            on: { click: () => void this.record() },
          },
          t('record'),
        ),
        h(
          'button',
          { type: 'button', id: 'send', class: 'secondary', on: { click: () => void this.send() } },
          t('send'),
        ),
      ),
    );
  }

  private field(key: 'team' | 'kind' | 'day', control: HTMLElement): HTMLElement {
    return h('div', { class: 'field' }, h('label', { for: key }, this.t(key)), control);
  }

  /** A new kind of period starts on its default (last full month, or this week). */
  private kindChanged(): void {
    const kind = byId<HTMLSelectElement>('kind').value as 'month' | 'week';
    byId<HTMLInputElement>('day').value = this.init!.defaults[kind];
  }

  private request(replaceSheet = false): ReviewRequest {
    return {
      team: byId<HTMLSelectElement>('team').value,
      kind: byId<HTMLSelectElement>('kind').value as 'month' | 'week',
      day: byId<HTMLInputElement>('day').value,
      ...(replaceSheet ? { replace: true } : {}),
    };
  }

  private async build(replaceSheet: boolean): Promise<void> {
    const result = await this.call(() => this.server.reviewBuild(this.request(replaceSheet)));
    if (!result) return;
    const confirm = byId('confirm');
    replace(confirm);
    if (result.outcome === 'exists') {
      this.status(result.message);
      replace(
        confirm,
        h(
          'button',
          { type: 'button', id: 'replace', on: { click: () => void this.build(true) } },
          this.t('replace'),
        ),
      );
      byId('replace').focus();
    } else if (result.outcome === 'built') this.status(result.message);
    else this.alert(result.message);
  }

  private async record(): Promise<void> {
    const result = await this.call(() => this.server.reviewRecordDecisions(this.request()));
    if (!result) return;
    if (result.outcome === 'recorded') this.status(result.message);
    else this.alert(result.message);
  }

  private async send(): Promise<void> {
    const result = await this.call(() => this.server.reviewSend(this.request()));
    if (!result) return;
    if (result.outcome === 'sent') this.status(result.message);
    else this.alert(result.message);
  }

  /** Runs one server call with the controls disabled; undefined when it failed (said). */
  private async call<R>(run: () => Promise<R>): Promise<R | undefined> {
    if (this.busy) return undefined;
    this.setBusy(true);
    this.alert('');
    this.status(this.t('working'));
    try {
      const result = await run();
      this.setBusy(false);
      this.status('');
      return result;
    } catch (e) {
      this.setBusy(false);
      this.status('');
      this.alert(serverMessage(e));
      return undefined;
    }
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const id of CONTROLS) (byId(id) as HTMLInputElement).disabled = busy;
    this.root.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  private status(message: string): void {
    byId('status').textContent = message;
  }

  private alert(message: string): void {
    byId('alerts').textContent = message;
  }
}
