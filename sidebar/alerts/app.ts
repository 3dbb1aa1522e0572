// The alert settings page's controller: shows the hourly check's switch, whose account runs the
// document's one trigger (shared with other editors), the last hourly check, applies the
// alerts on demand, and shows each conversion KPI's measured window beside a field to set it. Every server call disables the controls and says what happens in the live
// regions (#status polite, #alerts assertive for failures).
import type { AlertsPageServer, AlertsSettings } from '../../src/server/alerts-contract';
import { byId, h, replace } from '../shared/dom';
import { formatTime } from '../shared/format';
import { isBusy, SidebarPage } from '../shared/page';
import { createServer } from '../shared/server';
import type { TextKey } from './texts';

export class AlertsApp extends SidebarPage<TextKey> {
  private settings: AlertsSettings | null = null;

  private readonly server = createServer<AlertsPageServer>();

  async start(): Promise<void> {
    const init = await this.open(() => this.server.alertsPageInit());
    if (!init) return;
    this.settings = init.settings;
    this.render();
    this.ready();
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
      ...this.windowFields(s),
    );
  }

  /** The conversion windows: the measured one beside a field to set another (empty: measured). */
  private windowFields(s: AlertsSettings): HTMLElement[] {
    const t = this.t;
    if (s.windows.length === 0) return [];
    return [
      h('h2', null, t('windows')),
      h('p', { id: 'windows-hint', class: 'hint' }, t('windowsHint')),
      ...s.windows.map((w) =>
        h(
          'div',
          { class: 'window' },
          h('label', { for: `window-${w.kpi}` }, t('windowDays', { name: w.name })),
          h('input', {
            type: 'number',
            id: `window-${w.kpi}`,
            class: 'window-days',
            min: String(w.min),
            max: String(w.max),
            step: '1',
            value: w.override === null ? '' : String(w.override),
            placeholder: w.measured ? String(w.measured.days) : '',
            disabled: this.busy,
            'aria-describedby': `window-${w.kpi}-measured windows-hint`,
          }),
          h('p', { id: `window-${w.kpi}-measured`, class: 'hint' }, this.measuredText(w)),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'save-windows',
          disabled: this.busy,
          on: { click: () => void this.saveWindows() },
        },
        t('saveWindows'),
      ),
    ];
  }

  private measuredText(w: AlertsSettings['windows'][number]): string {
    if (!w.measured) return this.t('notMeasured');
    const { days, sample } = w.measured;
    return this.t(w.measured.basis === 'measured' ? 'measuredDays' : 'defaultDays', {
      days: String(days),
      sample: String(sample),
    });
  }

  private async saveWindows(): Promise<void> {
    if (this.busy || !this.settings) return;
    const changes: Record<string, number | null> = {};
    for (const w of this.settings.windows) {
      const input = byId<HTMLInputElement>(`window-${w.kpi}`);
      const text = input.value.trim();
      const days = Number(text);
      if (text !== '' && !(Number.isInteger(days) && days >= w.min && days <= w.max)) {
        this.alert(this.t('windowInvalid', { min: String(w.min), max: String(w.max) }));
        input.focus();
        return;
      }
      changes[w.kpi] = text === '' ? null : days;
    }
    const settings = await this.call(
      this.t('saving'),
      () => this.server.setConversionWindows(changes),
      (busy) => this.setBusy(busy),
    );
    if (settings) {
      this.settings = settings;
      this.render();
      this.status(this.t('windowsSaved'));
    }
    byId('save-windows').focus();
  }

  private ownerText(s: AlertsSettings): string {
    if (!s.trigger.installed) return this.t('noTrigger');
    const owner = s.trigger.owner || '?';
    return this.t(s.trigger.mine ? 'ownerMine' : 'ownerOther', { owner });
  }

  private time(iso: string): string {
    return formatTime(iso, this.lang, 'medium');
  }

  /** Disables (or enables) the controls while a call runs, without redrawing the page. */
  private setBusy(busy: boolean): void {
    this.busy = busy;
    for (const id of ['hourly', 'apply-now']) {
      (byId(id) as HTMLInputElement | HTMLButtonElement).disabled = busy;
    }
    this.root
      .querySelectorAll<HTMLInputElement | HTMLButtonElement>('.window-days, #save-windows')
      .forEach((node) => (node.disabled = busy));
    byId('apply-now').setAttribute('aria-busy', busy ? 'true' : 'false');
    this.root.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  private async toggle(): Promise<void> {
    if (this.busy) return;
    const enabled = byId<HTMLInputElement>('hourly').checked;
    const settings = await this.call(
      this.t('saving'),
      () => this.server.setHourlyAlerts(enabled),
      (busy) => this.setBusy(busy),
    );
    if (settings) {
      this.settings = settings;
      this.render();
      this.status(this.t(settings.hourly ? 'hourlyOn' : 'hourlyOff'));
    } else byId<HTMLInputElement>('hourly').checked = !enabled;
    byId('hourly').focus();
  }

  private async applyNow(): Promise<void> {
    const summary = await this.call(
      this.t('applying'),
      () => this.server.alertsApplyNow(),
      (busy) => this.setBusy(busy),
    );
    if (!summary) return;
    if (isBusy(summary)) {
      this.showBusy(summary);
    } else {
      this.settings = summary.settings;
      this.render();
      if (summary.outcome === 'applied') {
        const report = byId('apply-report');
        report.textContent = summary.report;
        report.hidden = false;
        this.status(this.t('applied', { line: summary.line }));
      } else this.alert(this.t('noSheets'));
    }
    byId('apply-now').focus();
  }
}
