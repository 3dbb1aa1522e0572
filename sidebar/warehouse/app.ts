// The "Warehouse (BigQuery)" page's controller: the project, dataset, location and each sheet's
// table with its column names, saved after the server checks them (a refused field is named in
// the assertive live region and gets the focus); then the estimate of a refresh (bytes read,
// bytes billed and the on-demand cost) from dry runs, before anything runs.
import type {
  WarehouseEstimateResult,
  WarehouseForm,
  WarehousePageInit,
  WarehouseServer,
} from '../../src/server/warehouse-contract';
import { byId, h, replace } from '../shared/dom';
import { field } from '../shared/field';
import { formatNumber } from '../shared/format';
import { OpeningPage } from '../shared/page';
import { createServer } from '../shared/server';
import type { TextKey } from './texts';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

export class WarehouseApp extends OpeningPage<TextKey, WarehousePageInit> {
  private readonly server = createServer<WarehouseServer>();

  protected load(): Promise<WarehousePageInit> {
    return this.server.warehousePageInit();
  }

  protected render(): void {
    const t = this.t;
    const init = this.init!;
    const saved = init.settings;
    const input = (id: string, value: string, placeholder = '') =>
      h('input', { type: 'text', id, value, placeholder, maxlength: 1024, spellcheck: false });
    replace(
      this.root,
      h('h1', null, t('title')),
      h('p', { class: 'hint' }, t('intro')),
      init.notice ? h('p', { class: 'notice' }, init.notice) : null,
      field('project', t('project'), input('project', saved?.project ?? '')),
      field('dataset', t('dataset'), input('dataset', saved?.dataset ?? '')),
      field('location', t('location'), input('location', saved?.location ?? 'US')),
      h(
        'div',
        { class: 'field' },
        h('input', { type: 'checkbox', id: 'useForKpis', checked: Boolean(saved?.useForKpis) }),
        h('label', { for: 'useForKpis' }, t('useForKpis')),
      ),
      init.sheets.map(({ sheet, columns }) => {
        const table = saved?.tables[sheet];
        return h(
          'details',
          { class: 'sheet', open: Boolean(table) },
          h('summary', null, sheet),
          field(
            `tables.${sheet}.table`,
            t('table', { sheet }),
            input(`tables.${sheet}.table`, table?.table ?? ''),
          ),
          h('p', { class: 'hint' }, t('columns', { sheet })),
          columns.map((column) =>
            field(
              `tables.${sheet}.columns.${column}`,
              column,
              input(`tables.${sheet}.columns.${column}`, table?.columns[column] ?? '', column),
            ),
          ),
        );
      }),
      h('button', { type: 'button', id: 'save', on: { click: () => void this.save() } }, t('save')),
      h(
        'button',
        {
          type: 'button',
          id: 'estimate',
          disabled: !init.enabled,
          on: { click: () => void this.estimate() },
        },
        t('estimate'),
      ),
      h('div', { id: 'estimate-result' }),
    );
  }

  private form(): WarehouseForm {
    const value = (id: string) => byId<HTMLInputElement>(id).value;
    const tables: WarehouseForm['tables'] = {};
    for (const { sheet, columns } of this.init!.sheets)
      tables[sheet] = {
        table: value(`tables.${sheet}.table`),
        columns: Object.fromEntries(columns.map((c) => [c, value(`tables.${sheet}.columns.${c}`)])),
      };
    return {
      project: value('project'),
      dataset: value('dataset'),
      location: value('location'),
      tables,
      ...(byId<HTMLInputElement>('useForKpis').checked ? { useForKpis: true as const } : {}),
    };
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    const form = this.form();
    const result = await this.call(
      this.t('saving'),
      () => this.server.saveWarehouseSettings(form),
      (busy) => this.setBusy(busy),
    );
    if (!result) return;
    if (result.outcome === 'saved') {
      this.status(result.message);
      if (this.init!.enabled) await this.estimate();
      return;
    }
    this.alert(result.message);
    const field = document.getElementById(result.field);
    if (field) {
      const details = field.closest('details');
      if (details) details.open = true;
      field.focus();
    }
  }

  private async estimate(): Promise<void> {
    const result = await this.call(
      this.t('estimating'),
      () => this.server.estimateWarehouseRefresh(),
      (busy) => this.setBusy(busy),
    );
    if (result) this.showEstimate(result);
  }

  private showEstimate(result: WarehouseEstimateResult): void {
    const target = byId('estimate-result');
    if (result.outcome === 'unavailable') {
      replace(target);
      this.alert(result.message);
      return;
    }
    const t = this.t;
    const cost = `$${formatNumber(result.usd, this.lang, result.usd < 0.01 ? 4 : 2)}`;
    const summary = t('estimated', {
      bytes: this.bytes(result.bytes),
      billed: this.bytes(result.billedBytes),
      cost,
      price: `$${formatNumber(this.init!.usdPerTiB, this.lang, 2)}`,
      cap: this.bytes(result.capBytes),
    });
    replace(
      target,
      h('p', null, summary),
      h(
        'table',
        { class: 'estimate' },
        h('tr', null, h('th', null, t('kpi')), h('th', null, t('bytes'))),
        result.kpis.map((k) =>
          h(
            'tr',
            null,
            h('td', null, k.label),
            h(
              'td',
              { class: k.error ? '' : 'num' },
              k.error ? t('cannot', { error: k.error }) : this.bytes(k.bytes),
            ),
          ),
        ),
      ),
    );
    this.status(summary);
  }

  private bytes(n: number): string {
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit += 1;
    }
    return `${formatNumber(value, this.lang, unit === 0 ? 0 : 1)} ${UNITS[unit]}`;
  }

  /** Disables (or enables) the buttons while a call runs, without redrawing the page. */
  private setBusy(busy: boolean): void {
    this.markBusy(busy);
    for (const id of ['save', 'estimate']) {
      const button = byId<HTMLButtonElement>(id);
      button.disabled = busy || (id === 'estimate' && !this.init!.enabled);
      button.setAttribute('aria-busy', busy ? 'true' : 'false');
    }
  }
}
