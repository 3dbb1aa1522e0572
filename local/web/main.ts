// The playground page: waits for the workbook to load, then wires the sheet tabs, the grid, the
// formula bar, the add-on menu, sidebars and the panels to the playground API.
import { api, type WorkbookInfo } from './api';
import { Dialogs, toast } from './dialogs';
import { byId, el } from './dom';
import { Grid } from './grid';
import { SheetData } from './grid-data';
import { waitUntilReady } from './loading';
import { renderMenuBar } from './menu';
import { Panels, setTimeZone } from './panels';

class App {
  private info!: WorkbookInfo;
  private readonly sheets = new Map<string, SheetData>();
  private current = '';
  private readonly grid: Grid;
  private readonly dialogs = new Dialogs((ui) => {
    this.dialogs.show(ui);
    void this.refresh();
  });
  private readonly panels = new Panels(() => void this.refresh());
  private readonly formula = byId<HTMLInputElement>('formula-input');

  constructor() {
    this.grid = new Grid(byId('grid'), {
      onSelect: (a1, input) => {
        byId<HTMLInputElement>('name-box').value = a1;
        this.formula.value = input;
      },
      onCommit: (sheet, a1, text) => this.commit(sheet, a1, text),
    });
    this.formula.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.grid.commit(1, 0, this.formula.value);
      }
    });
  }

  async start(): Promise<void> {
    await this.loadWorkbook();
    const active =
      this.info.sheets.find((s) => s.id === this.info.activeSheetId) ?? this.info.sheets[0];
    this.showSheet(active.name);
    await Promise.all([this.loadMenu(), this.panels.refresh()]);
    document.body.dataset.state = 'ready';
  }

  private async loadWorkbook(): Promise<void> {
    this.info = await api.workbook();
    setTimeZone(this.info.timeZone);
    document.title = `${this.info.name} · Sales KPI playground`;
    byId('doc-title').textContent = this.info.name;
    byId('save-state').textContent = this.info.saveFile ? `Saved in ${this.info.saveFile}` : '';
    const notice = byId('demo-notice');
    notice.textContent = this.info.demo?.message ?? '';
    notice.hidden = !this.info.demo;
    notice.classList.toggle('stale', this.info.demo?.stale === true);
    for (const summary of this.info.sheets) {
      const known = this.sheets.get(summary.name);
      if (known) {
        known.summary = summary;
        known.clear();
      } else {
        this.sheets.set(
          summary.name,
          new SheetData(
            summary,
            () => this.grid.refresh(),
            (m) => toast(m, 'error'),
          ),
        );
      }
    }
    for (const name of [...this.sheets.keys()]) {
      if (!this.info.sheets.some((s) => s.name === name)) this.sheets.delete(name);
    }
    this.renderTabs();
  }

  private renderTabs(): void {
    const tabs = this.info.sheets
      .filter((s) => !s.hidden)
      .map((s) => {
        const tab = el('button', {
          role: 'tab',
          class: 'sheet-tab',
          'aria-selected': String(s.name === this.current),
          'aria-controls': 'grid',
          text: s.name,
        });
        tab.addEventListener('click', () => this.showSheet(s.name));
        return tab;
      });
    byId('tabs').replaceChildren(...tabs);
  }

  private showSheet(name: string): void {
    const data = this.sheets.get(name) ?? this.sheets.values().next().value;
    if (!data) return;
    const same = data.summary.name === this.current;
    this.current = data.summary.name;
    byId('grid').setAttribute('aria-label', `Sheet ${this.current}`);
    this.grid.show(data, same);
    this.renderTabs();
  }

  /** After an edit or a script run: reload the sheet list and every row in view. */
  async refresh(): Promise<void> {
    try {
      await this.loadWorkbook();
      this.showSheet(this.sheets.has(this.current) ? this.current : this.info.sheets[0].name);
      await this.panels.refresh();
    } catch (error) {
      toast((error as Error).message, 'error');
    }
  }

  private async commit(sheet: string, a1: string, text: string): Promise<void> {
    try {
      const answer = await api.setCells(sheet, a1, [[text]]);
      for (const w of answer.warnings) toast(`${w.cell}: ${w.message}`, 'alert');
    } catch (error) {
      toast((error as Error).message, 'error');
    }
    await this.refresh();
  }

  private async loadMenu(): Promise<void> {
    const info = await api.menu();
    renderMenuBar(byId('menubar'), info, (fn, caption) => void this.runMenuItem(fn, caption));
  }

  private async runMenuItem(functionName: string, caption: string): Promise<void> {
    byId('status').textContent = `Running ${caption}…`;
    try {
      const answer = await api.run(functionName, [], 'menu');
      if (answer.error !== undefined) toast(`${caption}: ${answer.error}`, 'error');
      this.dialogs.show(answer.ui);
    } catch (error) {
      toast((error as Error).message, 'error');
    } finally {
      byId('status').textContent = '';
    }
    await this.refresh();
  }
}

waitUntilReady()
  .then(() => new App().start())
  .catch((error: Error) => {
    document.body.dataset.state = 'failed';
    toast(error.message, 'error');
  });
