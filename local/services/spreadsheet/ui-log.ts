// What scripts did to the user interface, recorded for tests and the playground: menus built
// by onOpen, sidebars and dialogs shown, alerts, prompts and toasts.

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface RecordedMenu {
  /** "addon" for Ui.createAddonMenu (shown under Extensions › add-on name). */
  kind: 'addon' | 'menu';
  caption: string;
  entries: MenuEntry[];
}

/** The parts of an HtmlOutput the log reads (HtmlService's objects have them). */
export interface HtmlLike {
  getContent?: () => string;
  getTitle?: () => string;
  getWidth?: () => number;
  getHeight?: () => number;
}

export interface RecordedHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  output: unknown;
}

export interface RecordedAlert {
  title?: string;
  prompt: string;
  buttons: string;
}

export class UiLog {
  /** Menus as last added with addToUi (one per caption and kind). */
  menus: RecordedMenu[] = [];
  dialogs: RecordedHtml[] = [];
  alerts: RecordedAlert[] = [];
  prompts: RecordedAlert[] = [];
  toasts: Array<{ message: string; title: string; timeoutSeconds: number | null }> = [];
  /** Answers the next Ui.prompt calls receive (default: empty text, OK). */
  promptAnswers: Array<{ text: string; button?: string }> = [];
  /** The button the next Ui.alert calls return (default: the first of its button set). */
  alertAnswers: string[] = [];

  addMenu(menu: RecordedMenu): void {
    this.menus = this.menus.filter((m) => !(m.kind === menu.kind && m.caption === menu.caption));
    this.menus.push(menu);
  }

  /** The open sidebar (the last one shown), if any. */
  get sidebar(): RecordedHtml | undefined {
    return [...this.dialogs].reverse().find((d) => d.kind === 'sidebar');
  }

  /** Flattened menu items (captions with " › " for submenus) and their function names. */
  menuItems(): Array<{ caption: string; functionName: string }> {
    const out: Array<{ caption: string; functionName: string }> = [];
    const walk = (entries: MenuEntry[], prefix: string): void => {
      for (const e of entries) {
        if (e.kind === 'item')
          out.push({ caption: prefix + e.caption, functionName: e.functionName });
        if (e.kind === 'submenu') walk(e.entries, `${prefix}${e.caption} › `);
      }
    };
    for (const m of this.menus) walk(m.entries, `${m.caption} › `);
    return out;
  }

  clear(): void {
    this.menus = [];
    this.dialogs = [];
    this.alerts = [];
    this.prompts = [];
    this.toasts = [];
  }
}
