// The alert settings page's controller: shows the hourly check's switch, whose account runs the
// document's one trigger (shared with other editors), the last hourly check, and applies the
// alerts on demand. Every server call disables the controls and says what happens in the live
// regions (#status polite, #alerts assertive for failures).
import type {
  AlertsApplySummary,
  AlertsPageServer,
  AlertsSettings,
} from '../../src/server/alerts-contract';
import { byId, h, replace } from '../shared/dom';
import { languageOf, translator, type Lang, type Translate } from '../shared/i18n';
import { createServer, serverMessage, type Promisified } from '../shared/server';
import { MESSAGES, type TextKey } from './texts';

export class AlertsApp {
  private lang: Lang = languageOf(navigator.language);
  private t: Translate<TextKey> = translator(MESSAGES, this.lang);
  private settings: AlertsSettings | null = null;
  private busy = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly server: Promisified<AlertsPageServer> = createServer<AlertsPageServer>(),
  ) {}

  async start(): Promise<void> {
    replace(this.root, h('p', null, h('span', { class: 'spinner' }), this.t('loading')));
    try {
      const init = await this.server.alertsPageInit();
      this.lang = init.language;
      this.t = translator(MESSAGES, this.lang);
      document.documentElement.lang = this.lang;
      this.settings = init.settings;
    } catch (e) {
      this.alert(serverMessage(e));
      return;
    }
    this.render();
    this.root.setAttribute('aria-busy', 'false');
  }

  private render(): void {
    const t = this.t;
    const s = this.settings!;
    replace(
      this.root,
      h('h1', null, t('title')),
      h('p', { class: 'hint' }, t('intro')),
      h(
        'div',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          id: 'hourly',
          checked: s.hourly,
          disabled: this.busy,
          'aria-describedby': 'hourly-hint',
          on: { change: () => void this.toggle() },
        }),
        h('label', { for: 'hourly' }, t('hourly')),
      ),
      h('p', { id: 'hourly-hint', class: 'hint' }, t('hourlyHint')),
      h('h2', null, t('trigger')),
      h('p', { id: 'trigger-owner' }, this.ownerText(s)),
      s.trigger.installed && !s.trigger.mine
        ? h('p', { id: 'trigger-shared', class: 'note' }, t('sharedNote'))
        : null,
      h('h2', null, t('lastCheck')),
      h(
        'p',
        { id: 'last-check' },
        s.lastCheck
          ? t('lastCheckAt', { at: this.time(s.lastCheck.at), result: s.lastCheck.result })
          : t('never'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'apply-now',
          disabled: this.busy,
          'aria-busy': this.busy ? 'true' : 'false',
          on: { click: () => void this.applyNow() },
        },
        t('applyNow'),
      ),
      h('pre', { id: 'apply-report', class: 'report', hidden: true }),
    );
  }

  private ownerText(s: AlertsSettings): string {
    if (!s.trigger.installed) return this.t('noTrigger');
    const owner = s.trigger.owner || '?';
    return this.t(s.trigger.mine ? 'ownerMine' : 'ownerOther', { owner });
  }

  private time(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return date.toLocaleString(this.lang === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  }

  /** Disables (or enables) the controls while a call runs, without redrawing the page. */
  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const id of ['hourly', 'apply-now']) {
      (byId(id) as HTMLInputElement | HTMLButtonElement).disabled = busy;
    }
    byId('apply-now').setAttribute('aria-busy', busy ? 'true' : 'false');
    this.root.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  private async toggle(): Promise<void> {
    if (this.busy) return;
    const enabled = byId<HTMLInputElement>('hourly').checked;
    this.setBusy(true);
    this.alert('');
    this.status(this.t('saving'));
    try {
      this.settings = await this.server.setHourlyAlerts(enabled);
      this.busy = false;
      this.render();
      this.status(this.t(this.settings.hourly ? 'hourlyOn' : 'hourlyOff'));
    } catch (e) {
      this.setBusy(false);
      byId<HTMLInputElement>('hourly').checked = !enabled;
      this.status('');
      this.alert(serverMessage(e));
    }
    this.root.setAttribute('aria-busy', 'false');
    byId('hourly').focus();
  }

  private async applyNow(): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.alert('');
    this.status(this.t('applying'));
    let summary: AlertsApplySummary;
    try {
      summary = await this.server.alertsApplyNow();
    } catch (e) {
      this.setBusy(false);
      this.status('');
      this.alert(serverMessage(e));
      return;
    }
    this.settings = summary.settings;
    this.busy = false;
    this.render();
    this.root.setAttribute('aria-busy', 'false');
    if (summary.outcome === 'applied') {
      const report = byId('apply-report');
      report.textContent = summary.report;
      report.hidden = false;
      this.status(this.t('applied', { line: summary.line }));
    } else {
      this.status('');
      this.alert(this.t(summary.outcome === 'busy' ? 'busy' : 'noSheets'));
    }
    byId('apply-now').focus();
  }

  private status(message: string): void {
    byId('status').textContent = message;
  }

  private alert(message: string): void {
    byId('alerts').textContent = message;
  }
}
