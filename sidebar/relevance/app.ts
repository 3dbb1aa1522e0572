// The "Review tracked KPIs" page's controller: the findings still to decide, each with Keep,
// Pause and Retire buttons (Retire only where there is a KPI), the retired KPIs with Restore, and
// the latest decisions. Each button is one server call that answers the new list.
import type {
  RelevanceDecision,
  RelevancePageServer,
  RelevanceView,
} from '../../src/server/relevance-contract';
import { byId, h, replace } from '../shared/dom';
import { languageOf, translator, type Language, type Translate } from '../shared/i18n';
import { createServer, serverMessage, type Promisified } from '../shared/server';
import { MESSAGES, type TextKey } from './texts';

export class RelevanceApp {
  private lang: Language = languageOf(navigator.language);
  private t: Translate<TextKey> = translator(MESSAGES, this.lang);
  private busy = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly server: Promisified<RelevancePageServer> = createServer<RelevancePageServer>(),
  ) {}

  async start(): Promise<void> {
    replace(this.root, h('p', null, h('span', { class: 'spinner' }), this.t('loading')));
    try {
      this.render(await this.server.relevancePageInit());
    } catch (e) {
      this.alert(serverMessage(e));
      return;
    }
    this.root.setAttribute('aria-busy', 'false');
  }

  private render(view: RelevanceView): void {
    this.lang = view.language;
    this.t = translator(MESSAGES, this.lang);
    document.documentElement.lang = this.lang;
    const t = this.t;
    const button = (label: string, run: () => Promise<RelevanceView>) =>
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

  private async act(run: () => Promise<RelevanceView>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.root.setAttribute('aria-busy', 'true');
    this.alert('');
    this.status(this.t('saving'));
    try {
      this.render(await run());
      this.status(this.t('saved'));
    } catch (e) {
      this.status('');
      this.alert(serverMessage(e));
    }
    this.busy = false;
    this.root.setAttribute('aria-busy', 'false');
  }

  private status(message: string): void {
    byId('status').textContent = message;
  }

  private alert(message: string): void {
    byId('alerts').textContent = message;
  }
}
