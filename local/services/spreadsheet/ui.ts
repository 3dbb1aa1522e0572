// Ui and Menu of the SpreadsheetApp fake: menus are recorded (captions and function names),
// sidebars and dialogs record their HtmlOutput, alert returns a button (OK by default).
import { Button, ButtonSet, enumName, type EnumValue } from './enums';
import { unwrap } from './guard';
import type { GMenu, GUi, Scope } from './scope';
import type { HtmlLike, MenuEntry, RecordedHtml } from './ui-log';

type UiPart =
  | 'alert'
  | 'createAddonMenu'
  | 'createMenu'
  | 'prompt'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'showSidebar'
  | 'Button'
  | 'ButtonSet';

/** The add-on menu's caption in Extensions (the add-on's name). */
export const ADDON_MENU_CAPTION = 'Sales KPI';

export class UiImpl implements Pick<GUi, UiPart> {
  readonly Button = Button as unknown as GUi['Button'];
  readonly ButtonSet = ButtonSet as unknown as GUi['ButtonSet'];

  constructor(private readonly _scope: Scope) {}

  createAddonMenu(): GMenu {
    return this._scope.expose('Menu', new MenuImpl(this._scope, 'addon', ADDON_MENU_CAPTION));
  }

  createMenu(caption: string): GMenu {
    return this._scope.expose('Menu', new MenuImpl(this._scope, 'menu', caption));
  }

  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] =
      c !== undefined ? [a, String(b), c] : [undefined, a, b ?? ButtonSet.OK];
    this._scope.ui.alerts.push({ title, prompt, buttons: enumName(buttons) });
    const answer = this._scope.ui.alertAnswers.shift() ?? firstButton(enumName(buttons));
    return (Button as Record<string, EnumValue>)[answer] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] =
      c !== undefined ? [a, String(b), c] : [undefined, a, b ?? ButtonSet.OK];
    this._scope.ui.prompts.push({ title, prompt, buttons: enumName(buttons) });
    const answer = this._scope.ui.promptAnswers.shift() ?? { text: '' };
    const button = (Button as Record<string, EnumValue>)[
      answer.button ?? firstButton(enumName(buttons))
    ];
    return this._scope.expose('PromptResponse', {
      getResponseText: () => answer.text,
      getSelectedButton: () => button,
    });
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this._scope.ui.dialogs.push(recordHtml('sidebar', userInterface));
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this._scope.ui.dialogs.push(recordHtml('modal', userInterface, title));
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this._scope.ui.dialogs.push(recordHtml('modeless', userInterface, title));
  }
}

function firstButton(buttonSet: string): string {
  return buttonSet.startsWith('YES') ? 'YES' : 'OK';
}

function recordHtml(kind: RecordedHtml['kind'], output: unknown, title?: string): RecordedHtml {
  const html = output as HtmlLike;
  return {
    kind,
    title: title ?? html.getTitle?.() ?? '',
    content: html.getContent?.() ?? String(output),
    output,
  };
}

export class MenuImpl implements Pick<
  GMenu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  readonly _entries: MenuEntry[] = [];

  constructor(
    private readonly _scope: Scope,
    private readonly _kind: 'addon' | 'menu',
    readonly _caption: string,
  ) {}

  private _self(): GMenu {
    return this._scope.expose('Menu', this);
  }

  addItem(caption: string, functionName: string): GMenu {
    this._entries.push({ kind: 'item', caption, functionName });
    return this._self();
  }

  addSeparator(): GMenu {
    this._entries.push({ kind: 'separator' });
    return this._self();
  }

  addSubMenu(menu: GMenu): GMenu {
    const impl = unwrap<MenuImpl>(menu);
    this._entries.push({ kind: 'submenu', caption: impl._caption, entries: impl._entries });
    return this._self();
  }

  addToUi(): void {
    this._scope.ui.addMenu({ kind: this._kind, caption: this._caption, entries: this._entries });
  }
}
