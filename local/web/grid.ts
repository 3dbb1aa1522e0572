// The virtualised sheet grid: only the rows in view are in the DOM (a 50,000-row sheet scrolls
// as fast as a 10-row one). Column headers and frozen rows stay put while the rest scrolls.
// A cell is selected by click or arrows; double-click, Enter, F2 or typing opens the editor,
// Enter/Tab commit, Escape cancels. A cell with a list rule shows a dropdown arrow: clicking it
// (or Alt+Down) lists the choices, and picking one writes it as typing it would.
import type { SheetSummary } from './api';
import { isBlank, overflows, renderCell } from './cell';
import { drawCharts } from './charts';
import { el } from './dom';
import type { SheetData } from './grid-data';

export const ROW_H = 21;
const HEADER_H = 22;
/** Row headers are wide enough for the last row number (50,507 needs five digits). */
const rowHeaderWidth = (rows: number): number => Math.max(46, 12 + 8 * String(rows).length);
/** Rows drawn beyond the visible ones, so a small scroll shows no gap. */
const OVERSCAN = 8;

export interface GridCallbacks {
  /** A cell was selected: its A1 address and what the editor would show. */
  onSelect(a1: string, input: string): void;
  /** The user typed `text` into a cell (a value, a formula, or '' to clear it). */
  onCommit(sheet: string, a1: string, text: string): Promise<void>;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export class Grid {
  private readonly canvas = el('div', { class: 'grid-canvas' });
  private readonly headers = el('div', { class: 'col-headers', role: 'row', 'aria-rowindex': 0 });
  private readonly frozen = el('div', { class: 'frozen-rows', role: 'rowgroup' });
  private readonly body = el('div', { class: 'grid-body', role: 'rowgroup' });
  private readonly charts = el('div', { class: 'grid-charts' });
  private readonly selection = el('div', { class: 'selection', 'aria-hidden': 'true' });
  private readonly editor = el('input', {
    class: 'cell-editor',
    'aria-label': 'Cell editor',
    spellcheck: 'false',
  });
  private readonly choices = el('ul', {
    class: 'validation-list',
    role: 'listbox',
    'aria-label': 'Choices',
    hidden: true,
  });
  private data: SheetData | undefined;
  private lefts: number[] = [];
  private selected = { row: 0, col: 0 };
  private editing = false;
  private frame = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly callbacks: GridCallbacks,
  ) {
    this.canvas.append(
      this.headers,
      this.frozen,
      this.body,
      this.charts,
      this.selection,
      this.editor,
      this.choices,
    );
    root.append(this.canvas);
    root.addEventListener('scroll', () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(root);
    root.addEventListener('mousedown', (e) => this.onMouseDown(e));
    root.addEventListener('dblclick', (e) => {
      if (this.cellAt(e)) this.startEdit();
    });
    root.addEventListener('keydown', (e) => this.onKey(e));
    this.choices.addEventListener('click', (e) => this.onChoiceClick(e));
    this.choices.addEventListener('keydown', (e) => this.onChoiceKey(e));
    this.editor.addEventListener('keydown', (e) => this.onEditorKey(e));
    this.editor.addEventListener('blur', () => {
      if (this.editing) void this.commit(0, 0);
    });
  }

  get sheetName(): string {
    return this.data?.summary.name ?? '';
  }

  get selectedA1(): string {
    return `${columnName(this.selected.col)}${this.selected.row + 1}`;
  }

  /** Shows a sheet (or the same one again after a refresh). */
  show(data: SheetData, keepSelection = false): void {
    const changedSheet = data.summary.name !== this.data?.summary.name;
    this.data = data;
    if (changedSheet && !keepSelection) {
      this.selected = { row: 0, col: 0 };
      this.root.scrollTo(0, 0);
    }
    this.layout();
    this.render();
    this.select(this.selected.row, this.selected.col);
  }

  /** Redraws with the data as it now is (blocks arrive asynchronously). */
  refresh(): void {
    if (!this.data) return;
    this.layout();
    this.schedule();
    this.select(this.selected.row, this.selected.col, false);
  }

  private layout(): void {
    const s = this.summary();
    const headerWidth = rowHeaderWidth(s.rowCount);
    this.root.style.setProperty('--row-header-w', `${headerWidth}px`);
    this.lefts = [headerWidth];
    for (const w of s.columnWidths) this.lefts.push(this.lefts[this.lefts.length - 1] + w);
    const width = this.lefts[this.lefts.length - 1];
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${HEADER_H + s.rowCount * ROW_H}px`;
    this.root.setAttribute('aria-rowcount', String(s.rowCount + 1));
    this.root.setAttribute('aria-colcount', String(s.columnCount));
    this.headers.style.width = `${width}px`;
    this.headers.replaceChildren(
      el('div', { class: 'corner', 'aria-hidden': 'true' }),
      ...s.columnWidths.map((w, c) => {
        const h = el('div', { class: 'col-header', role: 'columnheader', text: columnName(c) });
        h.style.left = `${this.lefts[c]}px`;
        h.style.width = `${w}px`;
        return h;
      }),
    );
    this.frozen.style.height = `${s.frozenRows * ROW_H}px`;
    this.frozen.style.width = `${width}px`;
    drawCharts(this.charts, s, (row, col) => ({
      left: this.lefts[col] ?? width,
      top: HEADER_H + row * ROW_H,
    }));
  }

  private summary(): SheetSummary {
    if (!this.data) throw new Error('no sheet shown');
    return this.data.summary;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const data = this.data;
    if (!data) return;
    const s = data.summary;
    const top = Math.max(0, this.root.scrollTop);
    const first = Math.max(s.frozenRows, Math.floor(top / ROW_H) - OVERSCAN);
    const last = Math.min(
      s.rowCount - 1,
      Math.ceil((top + this.root.clientHeight) / ROW_H) + OVERSCAN,
    );
    data.ensure(0, Math.max(0, s.frozenRows - 1));
    data.ensure(first, last);
    const frozen: HTMLElement[] = [];
    for (let r = 0; r < s.frozenRows; r++) frozen.push(this.renderRow(r, r * ROW_H));
    this.frozen.replaceChildren(...frozen);
    const rows: HTMLElement[] = [];
    for (let r = first; r <= last; r++) rows.push(this.renderRow(r, HEADER_H + r * ROW_H));
    this.body.replaceChildren(...rows);
    this.placeSelection();
  }

  private renderRow(r: number, top: number): HTMLElement {
    const data = this.data as SheetData;
    const cells = data.row(r);
    const line = el('div', {
      class: cells ? 'row' : 'row loading',
      role: 'row',
      'aria-rowindex': r + 2,
    });
    line.style.top = `${top}px`;
    line.style.width = `${this.lefts[this.lefts.length - 1]}px`;
    line.append(el('div', { class: 'row-header', role: 'rowheader', text: String(r + 1) }));
    const columns = data.summary.columnCount;
    for (let c = 0; c < columns; c++) {
      const view = cells?.[c] ?? null;
      let span = 1;
      // Long text runs over the empty cells to its right, hiding their grid lines, as in Sheets.
      if (overflows(view)) while (c + span < columns && isBlank(cells?.[c + span] ?? null)) span++;
      const width = this.lefts[c + span] - this.lefts[c];
      line.append(renderCell(view, r, c, this.lefts[c], width, ROW_H));
      c += span - 1;
    }
    return line;
  }

  // ---- selection and editing ------------------------------------------------------------------

  select(row: number, col: number, scroll = true): void {
    const s = this.summary();
    this.selected = {
      row: Math.max(0, Math.min(row, s.rowCount - 1)),
      col: Math.max(0, Math.min(col, s.columnCount - 1)),
    };
    const { row: r, col: c } = this.selected;
    const frozen = r < s.frozenRows;
    this.placeSelection();
    if (scroll && !frozen) this.scrollIntoView(r, c);
    const view = this.data?.cell(r, c) ?? null;
    this.callbacks.onSelect(this.selectedA1, view?.i ?? '');
  }

  /** Frozen rows stay in view, so a selection there follows the scroll. */
  private placeSelection(): void {
    const { row: r, col: c } = this.selected;
    const frozen = r < this.summary().frozenRows;
    const top = frozen ? this.root.scrollTop + HEADER_H + r * ROW_H : HEADER_H + r * ROW_H;
    Object.assign(this.selection.style, {
      left: `${this.lefts[c]}px`,
      top: `${top}px`,
      width: `${this.lefts[c + 1] - this.lefts[c]}px`,
      height: `${ROW_H}px`,
    });
  }

  private scrollIntoView(r: number, c: number): void {
    const s = this.summary();
    const top = r * ROW_H;
    const visibleTop = this.root.scrollTop + s.frozenRows * ROW_H;
    const visibleBottom = this.root.scrollTop + this.root.clientHeight - HEADER_H - ROW_H;
    if (top < visibleTop) this.root.scrollTop = top - s.frozenRows * ROW_H;
    else if (top > visibleBottom)
      this.root.scrollTop = top - this.root.clientHeight + HEADER_H + 2 * ROW_H;
    const left = this.lefts[c] - this.lefts[0];
    const right = this.lefts[c + 1];
    if (left < this.root.scrollLeft) this.root.scrollLeft = left;
    else if (right > this.root.scrollLeft + this.root.clientWidth)
      this.root.scrollLeft = right - this.root.clientWidth;
  }

  /** The cell under the pointer, by position (text running over empty cells covers them). */
  private cellAt(e: MouseEvent): { row: number; col: number } | undefined {
    const line = (e.target as HTMLElement).closest<HTMLElement>('.row');
    if (!line || (e.target as HTMLElement).closest('.row-header')) return undefined;
    const x = e.clientX - this.canvas.getBoundingClientRect().left;
    const col = this.lefts.findIndex((l, i) => x >= l && x < (this.lefts[i + 1] ?? -Infinity));
    return col >= 0 && col < this.summary().columnCount
      ? { row: Number(line.getAttribute('aria-rowindex')) - 2, col }
      : undefined;
  }

  private onMouseDown(e: MouseEvent): void {
    if (e.target === this.editor) return;
    if (this.choices.contains(e.target as Node)) return;
    this.closeChoices();
    const arrow = (e.target as HTMLElement).closest<HTMLElement>('.dropdown-arrow');
    const at = arrow
      ? { row: Number(arrow.dataset.row), col: Number(arrow.dataset.col) }
      : this.cellAt(e);
    if (!at) return;
    if (this.editing) void this.commit(0, 0);
    this.select(at.row, at.col, false);
    if (arrow) {
      e.preventDefault();
      this.openChoices();
    } else this.root.focus({ preventScroll: true });
  }

  // ---- dropdowns (list data validation) --------------------------------------------------------

  /** Lists the selected cell's choices under it, the current value marked; false if none. */
  private openChoices(): boolean {
    const view = this.data?.cell(this.selected.row, this.selected.col) ?? null;
    if (!view?.l) return false;
    this.choices.replaceChildren(
      ...view.l.map((choice) =>
        el('li', {
          role: 'option',
          tabindex: '-1',
          'aria-selected': String(choice === view.d),
          'data-value': choice,
          text: choice,
        }),
      ),
    );
    const top = Number.parseFloat(this.selection.style.top) + ROW_H;
    Object.assign(this.choices.style, {
      left: this.selection.style.left,
      top: `${top}px`,
      minWidth: this.selection.style.width,
    });
    this.choices.hidden = false;
    const options = Array.from(this.choices.querySelectorAll<HTMLElement>('[role=option]'));
    (options.find((o) => o.getAttribute('aria-selected') === 'true') ?? options[0])?.focus();
    return true;
  }

  private closeChoices(): void {
    if (this.choices.hidden) return;
    this.choices.hidden = true;
    this.choices.replaceChildren();
  }

  private onChoiceClick(e: MouseEvent): void {
    const option = (e.target as HTMLElement).closest<HTMLElement>('[role=option]');
    if (option) void this.pick(option.dataset.value ?? '');
  }

  private onChoiceKey(e: KeyboardEvent): void {
    const options = Array.from(this.choices.querySelectorAll<HTMLElement>('[role=option]'));
    const at = options.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.max(0, Math.min(options.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
      options[next]?.focus();
    } else if (e.key === 'Enter' && at >= 0) {
      e.preventDefault();
      void this.pick(options[at].dataset.value ?? '');
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      this.closeChoices();
      this.root.focus({ preventScroll: true });
    }
  }

  /** Writes the chosen value into the selected cell (the selection stays on it). */
  private async pick(value: string): Promise<void> {
    this.closeChoices();
    this.root.focus({ preventScroll: true });
    await this.callbacks.onCommit(this.sheetName, this.selectedA1, value);
  }

  /** Opens the editor on the selected cell, with its content or the first typed character. */
  startEdit(initial?: string): void {
    const view = this.data?.cell(this.selected.row, this.selected.col) ?? null;
    this.editing = true;
    this.editor.value = initial ?? view?.i ?? '';
    Object.assign(this.editor.style, {
      display: 'block',
      left: this.selection.style.left,
      top: this.selection.style.top,
      minWidth: this.selection.style.width,
      height: `${ROW_H}px`,
    });
    this.editor.focus();
  }

  /** Puts text into the selected cell (from the editor or the formula bar), then moves. */
  async commit(dRow: number, dCol: number, text = this.editor.value): Promise<void> {
    const a1 = this.selectedA1;
    this.stopEdit();
    this.select(this.selected.row + dRow, this.selected.col + dCol);
    this.root.focus({ preventScroll: true });
    await this.callbacks.onCommit(this.sheetName, a1, text);
  }

  private stopEdit(): void {
    this.editing = false;
    this.editor.style.display = 'none';
  }

  private onEditorKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      void this.commit(e.shiftKey ? -1 : 1, 0);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      void this.commit(0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.stopEdit();
      this.root.focus({ preventScroll: true });
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.target !== this.root || !this.data) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, e.shiftKey ? -1 : 1],
    };
    const page = Math.max(1, Math.floor(this.root.clientHeight / ROW_H) - 2);
    if (e.key === 'PageDown') moves.PageDown = [page, 0];
    if (e.key === 'PageUp') moves.PageUp = [-page, 0];
    const move = moves[e.key];
    if (e.key === 'ArrowDown' && e.altKey && this.openChoices()) {
      e.preventDefault();
    } else if (move) {
      e.preventDefault();
      this.select(this.selected.row + move[0], this.selected.col + move[1]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.startEdit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void this.callbacks.onCommit(this.sheetName, this.selectedA1, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.startEdit(e.key);
    }
  }
}
