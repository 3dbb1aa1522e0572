// The set-up page's controller: runs the set-up's steps one after another (each one server
// execution within the call budget, setup/steps.ts), shows a progress bar with what is being
// made, then what was done. A refused or failed step can be tried again from where it stopped.
import type {
  SetupServer,
  SetupStepRequest,
  SetupStepResult,
} from '../../src/server/setup-contract';
import type { Busy } from '../../src/server/busy-contract';
import { isBusy, SidebarPage } from '../shared/page';
import { closeSidebar, createServer, serverMessage, type Promisified } from '../shared/server';
import { h, replace } from '../shared/dom';
import { MESSAGES, type TextKey } from './texts';

export class SetupApp extends SidebarPage<TextKey> {
  private readonly sample: boolean;

  constructor(
    root: HTMLElement,
    pageData: string,
    private readonly server: Promisified<SetupServer> = createServer<SetupServer>(),
  ) {
    super(root, MESSAGES);
    let data: unknown = {};
    try {
      data = JSON.parse(pageData);
    } catch {
      // No data: a set-up without sample rows.
    }
    this.sample = (data as { sample?: unknown }).sample === true;
  }

  async start(): Promise<void> {
    this.showProgress(this.t('loading'), 0, 1);
    await this.run({ sample: this.sample, step: 0 });
  }

  private async run(request: SetupStepRequest): Promise<void> {
    let next: SetupStepRequest | null = request;
    while (next) {
      let result: SetupStepResult | Busy;
      try {
        result = await this.server.setupStep(next);
      } catch (e) {
        this.showStopped(this.t('failed', { message: serverMessage(e) }), next);
        return;
      }
      // Nothing was written: the same step again when the user retries.
      if (isBusy(result)) return this.showStopped(result.message, next);
      this.speak(result.language);
      const again: SetupStepRequest = {
        sample: this.sample,
        step: result.next ?? 0,
        sampleEnd: result.sampleEnd,
        report: result.report,
      };
      if (result.next === null) {
        this.showDone(result);
        return;
      }
      this.showProgress(this.t('working', { sheets: result.label }), result.done, result.total);
      next = again;
    }
  }

  private showProgress(text: string, done: number, total: number): void {
    this.markBusy(true);
    replace(
      this.root,
      h('p', { id: 'step' }, text),
      h('progress', { id: 'bar', max: total, value: done, 'aria-label': text }),
      h('p', { class: 'hint' }, this.t('progress', { done, total })),
    );
    this.status(text);
  }

  private showDone(result: SetupStepResult): void {
    this.markBusy(false);
    const lines = result.message ?? [];
    replace(
      this.root,
      h('progress', { id: 'bar', max: result.total, value: result.total }),
      h('ul', { id: 'summary', class: 'summary' }, ...lines.map((line) => h('li', null, line))),
      this.button('close', this.t('close'), () => closeSidebar()),
    );
    this.status(lines[0] ?? '');
  }

  private showStopped(text: string, again: SetupStepRequest): void {
    this.markBusy(false);
    replace(
      this.root,
      h('p', { id: 'stopped', class: 'error', role: 'alert' }, text),
      this.button('retry', this.t('retry'), () => void this.run(again)),
      this.button('close', this.t('close'), () => closeSidebar()),
    );
  }

  private button(id: string, label: string, click: () => void): HTMLElement {
    return h('button', { type: 'button', id, on: { click } }, label);
  }
}
