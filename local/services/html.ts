// HtmlService: HtmlOutput and HtmlTemplate over a map of the project's HTML files (the built
// dist/*.html, named without ".html" as in Apps Script).
import type { RuntimeContext } from '../runtime/context';
import { localBlobOf, newBlob } from './blob';
import {
  compileTemplate,
  escapeHtml,
  hostEvaluator,
  printRaw,
  type TemplateEvaluator,
} from './html-template';
import { service, type ServiceOptions } from './unimplemented';

type HtmlService = GoogleAppsScript.HTML.HtmlService;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type MetaTag = GoogleAppsScript.HTML.HtmlOutputMetaTag;

export interface HtmlDeps {
  /** File name (with or without ".html") -> content. */
  files: Record<string, string>;
  /** Runs template code inside the script's global scope (the loader's); defaults to this realm. */
  evaluate?: TemplateEvaluator;
}

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;
/** Google ignores any other meta tag name (and refuses it through addMetaTag). */
const META_NAMES = ['apple-mobile-web-app-capable', 'mobile-web-app-capable', 'viewport'];

type OutputMethods =
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getTitle'
  | 'setTitle'
  | 'getWidth'
  | 'setWidth'
  | 'getHeight'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'getMetaTags'
  | 'getFaviconUrl'
  | 'setFaviconUrl'
  | 'asTemplate'
  | 'getBlob';

export class LocalHtmlOutput implements Pick<HtmlOutput, OutputMethods> {
  title = '';
  /** null until set: Sheets then uses its own default size. */
  width: number | null = null;
  height: number | null = null;
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';
  faviconUrl = '';
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private content: string,
    private readonly make: Makers,
  ) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this.self();
  }
  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this.self();
  }
  clear(): HtmlOutput {
    this.content = '';
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this.self();
  }
  getWidth(): number {
    return this.width as number;
  }
  setWidth(width: number): HtmlOutput {
    this.width = Number(width);
    return this.self();
  }
  getHeight(): number {
    return this.height as number;
  }
  setHeight(height: number): HtmlOutput {
    this.height = Number(height);
    return this.self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.sandboxMode = String(mode);
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    if (!META_NAMES.includes(String(name)))
      throw new Error(
        `Meta tag "${String(name)}" is not allowed; allowed: ${META_NAMES.join(', ')}`,
      );
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }
  getMetaTags(): MetaTag[] {
    return this.metaTags.map((t) =>
      this.make.wrap<MetaTag>('HtmlOutputMetaTag', {
        getName: () => t.name,
        getContent: () => t.content,
      }),
    );
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.faviconUrl = String(iconUrl);
    return this.self();
  }
  asTemplate(): HtmlTemplate {
    return this.make.template(this.content);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return newBlob(Buffer.from(this.content, 'utf8'), 'text/html', this.title || null);
  }
  private self(): HtmlOutput {
    return this as unknown as HtmlOutput;
  }
}

class LocalHtmlTemplate implements Pick<
  HtmlTemplate,
  'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'
> {
  // Private fields keep the object's own properties free for the template's variables.
  readonly #source: string;
  readonly #make: Makers;
  constructor(source: string, make: Makers) {
    this.#source = source;
    this.#make = make;
  }
  evaluate(): HtmlOutput {
    const code = compileTemplate(this.#source);
    const variables: Record<string, unknown> = { ...(this as object) };
    return this.#make.output(this.#make.evaluate(code, variables));
  }
  getCode(): string {
    return compileTemplate(this.#source);
  }
  getCodeWithComments(): string {
    return compileTemplate(this.#source);
  }
  getRawContent(): string {
    return this.#source;
  }
}

interface Makers {
  output(content: string): HtmlOutput;
  template(source: string): HtmlTemplate;
  wrap<T extends object>(name: string, impl: object): T;
  evaluate: TemplateEvaluator;
}

export function createHtmlService(ctx: RuntimeContext, deps: HtmlDeps): HtmlService {
  const options: ServiceOptions = { ctx, defaultAccess: 'CUSTOM_FUNCTION' };
  const make: Makers = {
    output: (content) =>
      service<HtmlOutput>('HtmlOutput', new LocalHtmlOutput(content, make), options),
    template: (source) =>
      service<HtmlTemplate>('HtmlTemplate', new LocalHtmlTemplate(source, make), {
        ...options,
        open: true,
      }),
    wrap: (name, impl) => service(name, impl, options),
    evaluate: deps.evaluate ?? hostEvaluator,
  };
  const file = (filename: string): string => {
    const name = String(filename);
    const content =
      deps.files[name] ?? deps.files[`${name}.html`] ?? deps.files[name.replace(/\.html$/, '')];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return content;
  };
  const text = (html?: unknown): string => {
    const blob = localBlobOf(html);
    return blob ? blob.getDataAsString() : printRaw(html);
  };
  const impl: Pick<
    HtmlService,
    | 'createHtmlOutput'
    | 'createHtmlOutputFromFile'
    | 'createTemplate'
    | 'createTemplateFromFile'
    | 'SandboxMode'
    | 'XFrameOptionsMode'
  > = {
    SandboxMode: SandboxMode as unknown as HtmlService['SandboxMode'],
    XFrameOptionsMode: XFrameOptionsMode as unknown as HtmlService['XFrameOptionsMode'],
    createHtmlOutput: (html?: unknown) => make.output(text(html)),
    createHtmlOutputFromFile: (filename: string) => make.output(file(filename)),
    createTemplate: (html: unknown) => make.template(text(html)),
    createTemplateFromFile: (filename: string) => make.template(file(filename)),
  };
  return service<HtmlService>('HtmlService', impl, options);
}
