// One grid cell as Sheets paints it: its formatted text, numbers right-aligned, booleans
// centred, errors with their message on hover, the style after conditional formats,
// SPARKLINE cells drawn as a small chart, and a list rule's dropdown arrow.
import type { CellView } from './api';
import { el } from './dom';
import { sparklineSvg } from './sparkline';

export function renderCell(
  view: CellView | null,
  row: number,
  col: number,
  left: number,
  width: number,
  height: number,
): HTMLDivElement {
  const cell = el('div', {
    class: 'cell',
    role: 'gridcell',
    'aria-colindex': col + 1,
    'data-row': row,
    'data-col': col,
  });
  cell.style.left = `${left}px`;
  cell.style.width = `${width}px`;
  if (!view) return cell;
  if (view.k) {
    cell.append(sparklineSvg(view.k, width - 6, height - 4));
    cell.classList.add('spark');
  } else cell.textContent = view.d;
  if (view.t === 'n' || view.t === 'd') cell.classList.add('num');
  if (view.t === 'b') cell.classList.add('bool');
  if (view.t === 'e') {
    cell.classList.add('err');
    cell.title = view.e ? `${view.v}: ${view.e}` : String(view.v);
    cell.setAttribute('aria-description', view.e ?? String(view.v));
  }
  const s = view.s;
  if (s) {
    if (s.background) cell.style.background = s.background;
    if (s.fontColor) cell.style.color = s.fontColor;
    if (s.fontWeight) cell.style.fontWeight = s.fontWeight;
    if (s.fontStyle) cell.style.fontStyle = s.fontStyle;
    if (s.fontLine && s.fontLine !== 'none') cell.style.textDecoration = s.fontLine;
    if (s.fontSize) cell.style.fontSize = `${s.fontSize}pt`;
    if (s.fontFamily) cell.style.fontFamily = s.fontFamily;
    if (s.horizontalAlignment && s.horizontalAlignment !== 'normal') {
      cell.style.textAlign = s.horizontalAlignment;
      cell.classList.remove('num', 'bool');
    }
    if (s.wrap) cell.classList.add('wrap');
  }
  if (view.l) {
    cell.classList.add('has-dropdown');
    cell.append(
      el('button', {
        type: 'button',
        class: 'dropdown-arrow',
        tabindex: '-1',
        'aria-haspopup': 'listbox',
        'aria-label': 'Show choices',
        'data-row': row,
        'data-col': col,
      }),
    );
  }
  return cell;
}

/**
 * Nothing to show: Sheets lets text run over such a cell. A '' written by a script is empty
 * (formats alone do not stop the overflow); a formula's "" or a dropdown cell is not.
 */
export function isBlank(view: CellView | null): boolean {
  return view === null || (view.d === '' && !view.f && !view.k && !view.l);
}

/** Text spills over empty neighbours to its right, as in Sheets. */
export function overflows(view: CellView | null): boolean {
  return (
    view !== null &&
    view.t === 's' &&
    !view.k &&
    !view.l &&
    view.d !== '' &&
    !view.s?.wrap &&
    (view.s?.horizontalAlignment ?? 'left') === 'left'
  );
}
