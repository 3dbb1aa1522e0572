// What every sidebar page does the same way, written once: speak the browser's language until
// the server names the user's, show a spinner while the opening data loads, say results in the
// polite live region (#status) and refusals in the assertive one (#alerts), run one server call
// at a time with the page marked busy, and show the one "busy" answer every page server gives
// (Busy of src/server/busy-contract.ts) the same way. A page's controller extends SidebarPage and
// keeps only its own views and results (a page may word a failure in its own sentence, lock its
// own controls, or say things its own way by overriding status/alert); its main.ts is one
// startPage call with the page's texts.
import type { Busy } from '../../src/server/busy-contract';
import { byId, h, replace } from './dom';
import { languageOf, translator, type Language, type Translate } from './i18n';
import { serverMessage } from './server';

/** A page table has at least the spinner's words. */
type PageKey = 'loading';

/** How a page words a failed call around the server's sentence ("That did not work: …"). */
export type Framing = (message: string) => string;

/** A server answer told the page the spreadsheet was busy or not a document: nothing written. */
export function isBusy(result: object): result is Busy {
  const outcome = (result as { outcome?: unknown }).outcome;
  return outcome === 'busy' || outcome === 'no document';
}

export abstract class SidebarPage<K extends string> {
  protected lang: Language = languageOf(navigator.language);
  protected t: Translate<K | PageKey>;
  /** True while a server call runs (the page ignores a second click meanwhile). */
  protected busy = false;

  constructor(
    protected readonly root: HTMLElement,
    private readonly messages: Record<Language, Record<K | PageKey, string>>,
  ) {
    this.t = translator(messages, this.lang);
  }

  abstract start(): Promise<void>;

  /** From now on, the user's language as the server names it. */
  protected speak(language: Language): void {
    this.lang = language;
    this.t = translator(this.messages, language);
    document.documentElement.lang = language;
  }

  /**
   * The opening data, with a spinner meanwhile; its language becomes the page's. Undefined when
   * the call failed (the reason, framed by `failed`, is in #alerts and the page stays marked
   * busy).
   */
  protected async open<T extends { language: Language }>(
    load: () => Promise<T>,
    failed: Framing = (message) => message,
  ): Promise<T | undefined> {
    this.root.setAttribute('aria-busy', 'true');
    replace(
      this.root,
      h(
        'p',
        { class: 'loading' },
        h('span', { class: 'spinner', 'aria-hidden': 'true' }),
        this.t('loading'),
      ),
    );
    try {
      const init = await load();
      this.speak(init.language);
      return init;
    } catch (e) {
      this.alert(failed(serverMessage(e)));
      return undefined;
    }
  }

  /** The page is drawn and usable. */
  protected ready(): void {
    this.root.setAttribute('aria-busy', 'false');
  }

  /**
   * One server call with the page busy (`setBusy` disables the page's own controls): `working`
   * in #status meanwhile, a failure's message (framed by `failed`) in #alerts. Undefined when
   * the call failed or another call was running.
   */
  protected async call<R>(
    working: string,
    run: () => Promise<R>,
    setBusy: (busy: boolean) => void = (busy) => this.markBusy(busy),
    failed: Framing = (message) => message,
  ): Promise<R | undefined> {
    if (this.busy) return undefined;
    setBusy(true);
    this.alert('');
    this.status(working);
    try {
      const result = await run();
      setBusy(false);
      this.status('');
      return result;
    } catch (e) {
      setBusy(false);
      this.status('');
      this.alert(failed(serverMessage(e)));
      return undefined;
    }
  }

  /**
   * A server call that leaves the page as it is (a preview while the user types, a setting
   * switched): a failure's message in #alerts. Undefined when it failed.
   */
  protected async ask<R>(run: () => Promise<R>): Promise<R | undefined> {
    try {
      return await run();
    } catch (e) {
      this.alert(serverMessage(e));
      return undefined;
    }
  }

  /** The busy flag and the page's aria-busy, for pages with no controls of their own to lock. */
  protected markBusy(busy: boolean): void {
    this.busy = busy;
    this.root.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  /**
   * The server's "busy" (or "no document") answer: nothing was written, said as a refusal (in
   * the words of `failed`, as the page says a failed call).
   */
  protected showBusy(answer: Busy, failed: Framing = (message) => message): void {
    this.status('');
    this.alert(failed(answer.message));
  }

  protected status(message: string): void {
    say('status', message);
  }

  protected alert(message: string): void {
    say('alerts', message);
  }
}

/**
 * A page drawn from one opening call: `load` asks the server for it, `render` draws it (and draws
 * it again after a change); the page is usable once it is drawn.
 */
export abstract class OpeningPage<
  K extends string,
  I extends { language: Language },
> extends SidebarPage<K> {
  protected init: I | null = null;

  protected abstract load(): Promise<I>;
  protected abstract render(): void;

  async start(): Promise<void> {
    this.init = (await this.open(() => this.load())) ?? null;
    if (!this.init) return;
    this.render();
    this.ready();
  }
}

/** A live region's text (a page without the region, as in a test's bare DOM, says nothing). */
function say(region: 'status' | 'alerts', message: string): void {
  const node = document.getElementById(region);
  if (node) node.textContent = message;
}

/** The page's entry point: its controller on #app, started. */
export function startPage(make: (root: HTMLElement) => { start(): Promise<void> }): void {
  void make(byId('app')).start();
}
