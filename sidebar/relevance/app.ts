// The "Review tracked KPIs" page's controller: the findings still to decide, each with Keep,
// Pause and Retire buttons (Retire only where there is a KPI), the retired KPIs with Restore, and
// the latest decisions. Each button is one server call that answers the new list.
import type { Busy } from '../../src/server/busy-contract';
import type {
  RelevanceDecision,
  RelevancePageServer,
  RelevanceView,
} from '../../src/server/relevance-contract';
import { h, replace } from '../shared/dom';
import { isBusy, SidebarPage } from '../shared/page';
import { createServer } from '../shared/server';
import type { TextKey } from './texts';

export class RelevanceApp extends SidebarPage<TextKey> {
  private readonly server = createServer<RelevancePageServer>();

  async start(): Promise<void> {
    const view = await this.open(() => this.server.relevancePageInit());
    if (!view) return;
    this.render(view);
    this.ready();
  }

  private render(view: RelevanceView): void {
    this.speak(view.language);
    const t = this.t;
    const button = (label: string, run: () => Promise<RelevanceView | Busy>) =>
      h('button', { type: 'button', on: { click: () => void this.act(run) } }, label);
    const decide = (id: string, decision: RelevanceDecision) => () =>
      this.server.relevanceDecide(id, decision);
    replace(
      this.root,
      h('h1', null, `${t('title')} (${view.quarter})`),
      h('p', { class: 'hint' }, t('intro')),
      view.findings.length === 0
        ? h('p', null, t('none'))
        : h(
            'ul',
            { class: 'findings' },
            view.findings.map((f) =>
              h(
                'li',
                { class: 'finding' },
                h('p', null, f.text),
                h(
                  'div',
                  { class: 'buttons' },
                  button(t('keep'), decide(f.id, 'keep')),
                  button(t('pause'), decide(f.id, 'pause')),
                  f.canRetire ? button(t('retire'), decide(f.id, 'retire')) : null,
                ),
              ),
            ),
          ),
      view.retired.length
        ? h(
            'section',
            null,
            h('h2', null, t('retiredTitle')),
            h(
              'ul',
              null,
              view.retired.map((r) =>
                h(
                  'li',
                  null,
                  `${r.name} `,
                  button(t('restore'), () => this.server.relevanceRestore(r.kpi)),
                ),
              ),
            ),
          )
        : null,
      view.log.length
        ? h(
            'section',
            { class: 'log' },
            h('h2', null, t('logTitle')),
            h(
              'ul',
              null,
              view.log.map((line) => h('li', null, line)),
            ),
          )
        : null,
    );
  }

  private async act(run: () => Promise<RelevanceView | Busy>): Promise<void> {
    const answer = await this.call(this.t('saving'), run);
    if (!answer) return;
    if (isBusy(answer)) return this.showBusy(answer);
    this.render(answer);
    this.status(this.t('saved'));
  }
}
