// The menu bar: Extensions › <add-on name> › the items onOpen added with createAddonMenu, and
// any menu the script added with createMenu, as Sheets shows them. Clicking an item runs its
// function (POST /api/run, from the menu: FULL authorisation, as at Google).
import type { MenuEntry, MenuInfo } from './api';
import { el } from './dom';

export type RunItem = (functionName: string, caption: string) => void;

export function renderMenuBar(bar: HTMLElement, info: MenuInfo, run: RunItem): void {
  const addon = info.menus.filter((m) => m.kind === 'addon');
  const extensions = addon.length
    ? addon.map((m) => submenu(m.caption, m.entries, run, `${m.caption} (add-on)`))
    : [
        el('li', {
          role: 'menuitem',
          'aria-disabled': 'true',
          class: 'disabled',
          text: info.error ?? 'No add-on menu (the add-on has no onOpen menu yet)',
        }),
      ];
  const menus = [topMenu('Extensions', extensions)];
  for (const m of info.menus.filter((x) => x.kind === 'menu')) {
    menus.push(
      topMenu(
        m.caption,
        m.entries.map((e) => entry(e, run)),
      ),
    );
  }
  bar.replaceChildren(...menus);
}

function topMenu(caption: string, items: HTMLElement[]): HTMLElement {
  const list = el('ul', { role: 'menu', class: 'dropdown', 'aria-label': caption });
  list.append(...items);
  const button = el('button', {
    class: 'menu-button',
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    text: caption,
  });
  const box = el('div', { class: 'menu' }, button, list);
  const setOpen = (open: boolean): void => {
    box.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    const open = !box.classList.contains('open');
    document.querySelectorAll('.menu.open').forEach((m) => m.classList.remove('open'));
    setOpen(open);
  });
  document.addEventListener('click', () => setOpen(false));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      setOpen(false);
      button.focus();
    }
  });
  return box;
}

function submenu(
  caption: string,
  entries: MenuEntry[],
  run: RunItem,
  label = caption,
): HTMLElement {
  const list = el('ul', { role: 'menu', class: 'submenu', 'aria-label': label });
  list.append(...entries.map((e) => entry(e, run)));
  const item = el(
    'li',
    { role: 'menuitem', class: 'has-submenu', 'aria-haspopup': 'menu', tabindex: 0 },
    el('span', { text: caption }),
    el('span', { class: 'arrow', 'aria-hidden': 'true', text: '›' }),
    list,
  );
  return item;
}

function entry(e: MenuEntry, run: RunItem): HTMLElement {
  if (e.kind === 'separator') return el('li', { role: 'separator', class: 'separator' });
  if (e.kind === 'submenu') return submenu(e.caption, e.entries, run);
  const item = el('li', {
    role: 'menuitem',
    tabindex: 0,
    'data-function': e.functionName,
    text: e.caption,
  });
  const activate = (ev: Event): void => {
    ev.stopPropagation();
    document.querySelectorAll('.menu.open').forEach((m) => m.classList.remove('open'));
    run(e.functionName, e.caption);
  };
  item.addEventListener('click', activate);
  item.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') activate(ev);
  });
  return item;
}
