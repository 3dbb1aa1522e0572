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
import { field } from '../shared/field';
import { isBusy, OpeningPage } from '../shared/page';
import { createServer } from '../shared/server';
import type { TextKey } from './texts';

const CONTROLS = ['team', 'kind', 'day', 'build', 'record', 'send'] as const;

export class ReviewApp extends OpeningPage<TextKey, ReviewPageInit> {
  private readonly server = createServer<ReviewPageServer>();

  protected load(): Promise<ReviewPageInit> {
    return this.server.reviewPageInit();
  }

  protected render(): void {
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
    return field(key, this.t(key), control);
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
    const result = await this.work(() => this.server.reviewBuild(this.request(replaceSheet)));
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
    else if (isBusy(result)) this.showBusy(result);
    else this.alert(result.message);
  }

  private async record(): Promise<void> {
    const result = await this.work(() => this.server.reviewRecordDecisions(this.request()));
    if (!result) return;
    if (result.outcome === 'recorded') this.status(result.message);
    else if (isBusy(result)) this.showBusy(result);
    else this.alert(result.message);
  }

  private async send(): Promise<void> {
    const result = await this.work(() => this.server.reviewSend(this.request()));
    if (!result) return;
    if (result.outcome === 'sent') this.status(result.message);
    else this.alert(result.message);
  }

  /** Runs one server call with the controls disabled; undefined when it failed (said). */
  private work<R>(run: () => Promise<R>): Promise<R | undefined> {
    return this.call(this.t('working'), run, (busy) => this.setBusy(busy));
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const id of CONTROLS) (byId(id) as HTMLInputElement).disabled = busy;
    this.root.setAttribute('aria-busy', busy ? 'true' : 'false');
  }
}
