// The Import data page's controller: reads the chosen file (bytes → text in its encoding,
// src/addon/crm/charset.ts), cuts it into chunks of whole records (split.ts), asks the server for
// the proposed mapping and a preview, lets the user change any column, stage or number/date
// writing (each change previews again), then imports chunk after chunk with a progress bar and
// shows the report. An import that stopped resumes at its next chunk when the same file is
// chosen again.
import { decodeBytes, type Charset } from '../../src/addon/crm/charset';
import { splitRecords, type SplitFile } from '../../src/addon/crm/split';
import type {
  ChunkRefused,
  ChunkResult,
  ImportCounts,
  ImportInit,
  ImportMapping,
  ImportPreview,
  ImportServer,
  SyncStatus,
  Role,
  SkippedLine,
} from '../../src/server/import-contract';
import { h, replace } from '../shared/dom';
import { SidebarPage } from '../shared/page';
import { createServer, serverMessage } from '../shared/server';
import type { TextKey } from './texts';

/** Records per server call: well within one execution's time on a 50,000-row sheet. */
export const RECORDS_PER_CHUNK = 2000;
/** Records sent for the preview (their stage names are listed for mapping). */
const SAMPLE_RECORDS = 200;
const SHOWN_SKIPPED = 200;
const STAGES = ['lead', 'opportunity', 'proposal', 'won', 'lost'] as const;
type Crm = 'hubspot' | 'pipedrive';
const CRM_NAMES: Record<Crm, string> = { hubspot: 'HubSpot', pipedrive: 'Pipedrive' };
const CRMS = Object.entries(CRM_NAMES) as Array<[Crm, string]>;

interface LoadedFile {
  name: string;
  key: string;
  charset: Charset;
  bom: boolean;
  split: SplitFile;
  records: number;
}

export class ImportApp extends SidebarPage<TextKey> {
  private init: ImportInit | null = null;
  private file: LoadedFile | null = null;
  private preview: ImportPreview | null = null;
  private progress: { part: number; parts: number } | null = null;
  private totals: ImportCounts | null = null;
  private skipped: SkippedLine[] = [];
  private finished = false;
  private sync: SyncStatus | null = null;

  private readonly server = createServer<ImportServer>();

  async start(): Promise<void> {
    const opened = await this.open(async () => {
      const init = await this.server.importInit();
      return { ...init, sync: await this.server.crmSyncStatus() };
    });
    if (!opened) return;
    const { sync, ...init } = opened;
    this.init = init;
    this.sync = sync;
    this.render();
    this.ready();
  }

  /** Reads a chosen file (also called by tests with bytes). */
  async load(name: string, bytes: Uint8Array, key: string): Promise<void> {
    const decoded = decodeBytes(bytes);
    const split = splitRecords(decoded.text, RECORDS_PER_CHUNK);
    this.file = {
      name,
      key,
      charset: decoded.charset,
      bom: decoded.bom,
      split,
      records: split.records,
    };
    this.totals = null;
    this.skipped = [];
    this.finished = false;
    this.progress = null;
    await this.refresh();
  }

  private sample(): string {
    const split = this.file!.split;
    const head = splitRecords(split.header + (split.chunks[0]?.text ?? ''), SAMPLE_RECORDS);
    return head.header + (head.chunks[0]?.text ?? '');
  }

  private async refresh(mapping?: ImportMapping, source?: string): Promise<void> {
    this.status(this.t('reading'));
    const preview = await this.ask(() =>
      this.server.importPreview({
        fileName: this.file!.name,
        fileKey: this.file!.key,
        sample: this.sample(),
        mapping,
        source,
      }),
    );
    if (preview) {
      this.preview = preview;
      this.status('');
    }
    this.render();
  }

  private render(): void {
    const t = this.t;
    replace(
      this.root,
      h('h1', null, t('title')),
      h('p', { class: 'hint' }, t('intro')),
      h('label', { for: 'file' }, t('file')),
      h('input', {
        type: 'file',
        id: 'file',
        accept: '.csv,text/csv,text/plain',
        disabled: this.busy,
        on: { change: (e) => void this.choose(e.target as HTMLInputElement) },
      }),
      this.preview && this.file ? this.mappingView() : null,
      this.progressView(),
      this.reportView(),
      this.syncView(),
    );
  }

  private syncView(): Node[] {
    const t = this.t;
    const sync = this.sync;
    return [
      h('h2', null, t('sync')),
      h('p', { class: 'hint' }, t('syncHint')),
      ...CRMS.flatMap(([crm, name]) => this.tokenView(crm, name)),
      h(
        'button',
        {
          type: 'button',
          id: 'sync-now',
          disabled: this.busy || !(sync?.tokens.hubspot || sync?.tokens.pipedrive),
          on: { click: () => void this.syncNow() },
        },
        t('syncNow'),
      ),
      h(
        'div',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          id: 'sync-hourly',
          checked: Boolean(sync?.hourly),
          disabled: this.busy,
          on: { change: (e) => void this.setHourly((e.target as HTMLInputElement).checked) },
        }),
        h('label', { for: 'sync-hourly' }, t('hourly')),
      ),
      h(
        'ul',
        { id: 'sync-log' },
        (sync?.log ?? []).slice(0, 5).map((run) =>
          h(
            'li',
            null,
            t('syncRun', {
              ...run,
              crm: CRM_NAMES[run.crm],
              at: run.at.slice(0, 16).replace('T', ' '),
            }),
          ),
        ),
      ),
    ];
  }

  private tokenView(crm: Crm, name: string): Node[] {
    const t = this.t;
    const saved = this.sync?.tokens[crm] ?? '';
    return [
      h('label', { for: `token-${crm}` }, t('token', { crm: name })),
      h('input', {
        type: 'password',
        id: `token-${crm}`,
        autocomplete: 'off',
        disabled: this.busy,
      }),
      h(
        'p',
        { id: `token-status-${crm}` },
        saved ? t('tokenSaved', { token: saved }) : t('noToken'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: `save-token-${crm}`,
          disabled: this.busy,
          on: { click: () => void this.saveToken(crm) },
        },
        t('saveToken'),
      ),
    ];
  }

  private async saveToken(crm: Crm): Promise<void> {
    const input = document.getElementById(`token-${crm}`) as HTMLInputElement | null;
    this.sync =
      (await this.ask(() => this.server.crmSyncSaveToken(crm, input?.value ?? ''))) ?? this.sync;
    this.render();
  }

  private async setHourly(on: boolean): Promise<void> {
    this.sync = (await this.ask(() => this.server.crmSyncSetHourly(on))) ?? this.sync;
    this.render();
  }

  private async syncNow(): Promise<void> {
    const sync = await this.call(
      this.t('syncing'),
      async () => {
        await this.server.crmSyncNow();
        return this.server.crmSyncStatus();
      },
      (busy) => {
        this.busy = busy;
        this.render();
      },
    );
    if (!sync) return;
    this.sync = sync;
    this.render();
  }

  private async choose(input: HTMLInputElement): Promise<void> {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    await this.load(chosen.name, bytes, `${chosen.name}|${chosen.size}|${chosen.lastModified}`);
  }

  private select(
    id: string,
    value: string,
    options: Array<[string, string]>,
    change: (value: string) => void,
  ): HTMLSelectElement {
    return h(
      'select',
      {
        id,
        'aria-labelledby': id === 'source' ? 'source-heading' : undefined,
        disabled: this.busy,
        on: { change: (e) => change((e.target as HTMLSelectElement).value) },
      },
      options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
    );
  }

  private mappingView(): Node[] {
    const t = this.t;
    const p = this.preview!;
    const m = p.mapping;
    const init = this.init!;
    const edit = (change: Partial<ImportMapping>) => void this.refresh({ ...m, ...change });
    const headers: Array<[string, string]> = [
      ['', t('notInFile')],
      ...p.headers.map((x) => [x, x] as [string, string]),
    ];
    const stages: Array<[string, string]> = [
      ['', t('notAStage')],
      ...STAGES.map((s) => [s, t(s)] as [string, string]),
    ];
    const file = this.file!;
    const nodes: Node[] = (
      [
        h('h2', { id: 'source-heading' }, t('source')),
        p.detected ? null : h('p', { class: 'note' }, t('notDetected')),
        this.select(
          'source',
          p.source,
          init.sources.map((s) => [s.key, s.label]),
          (v) => void this.refresh(undefined, v),
        ),
        h('p', { class: 'hint', id: 'target' }, t('target', { sheet: init.sheets[m.sheet] })),
        h(
          'p',
          { class: 'hint', id: 'facts' },
          t('fileFacts', {
            name: file.name,
            records: file.records,
            charset: file.charset + (file.bom ? ' (BOM)' : ''),
            delimiter: m.delimiter === '\t' ? 'tab' : m.delimiter,
          }),
        ),
        h(
          'div',
          { class: 'row' },
          h('label', { for: 'decimal' }, t('decimal')),
          this.select(
            'decimal',
            m.decimal,
            [
              ['dot', t('decimalDot')],
              ['comma', t('decimalComma')],
            ],
            (v) => edit({ decimal: v as ImportMapping['decimal'] }),
          ),
        ),
        h(
          'div',
          { class: 'row' },
          h('label', { for: 'date-order' }, t('dateOrder')),
          this.select(
            'date-order',
            m.dateOrder,
            [
              ['dmy', t('dmy')],
              ['mdy', t('mdy')],
            ],
            (v) => edit({ dateOrder: v as ImportMapping['dateOrder'] }),
          ),
        ),
        h('h2', null, t('columns')),
        ...init.roles[m.sheet].map(({ role, label }) =>
          h(
            'div',
            { class: 'row' },
            h('label', { for: `role-${role}` }, label),
            this.select(`role-${role}`, m.columns[role] ?? '', headers, (v) => {
              const columns = { ...m.columns } as Partial<Record<Role, string>>;
              if (v === '') delete columns[role];
              else columns[role] = v;
              edit({ columns });
            }),
          ),
        ),
      ] as Array<Node | null>
    ).filter((n): n is Node => n !== null);
    const entries = Object.keys(m.stageEntries);
    if (entries.length > 0) {
      nodes.push(h('h2', null, t('stageEntries')));
      entries.forEach((header, i) =>
        nodes.push(
          h(
            'div',
            { class: 'row' },
            h('label', { for: `entry-${i}` }, header),
            this.select(`entry-${i}`, m.stageEntries[header], stages, (v) =>
              edit({
                stageEntries: {
                  ...m.stageEntries,
                  [header]: v as ImportMapping['stageEntries'][string],
                },
              }),
            ),
          ),
        ),
      );
    }
    const names = Object.keys(m.stageNames);
    if (names.length > 0) {
      nodes.push(h('h2', null, t('stageNames')));
      names.forEach((name, i) =>
        nodes.push(
          h(
            'div',
            { class: 'row' },
            h('label', { for: `stage-${i}` }, name),
            this.select(`stage-${i}`, m.stageNames[name], stages, (v) =>
              edit({
                stageNames: { ...m.stageNames, [name]: v as ImportMapping['stageNames'][string] },
              }),
            ),
          ),
        ),
      );
    }
    nodes.push(h('h2', null, t('preview')), this.previewTable());
    const parts = file.split.chunks.length;
    const resume = p.resumeAt;
    nodes.push(
      resume !== null && resume < parts
        ? h(
            'button',
            {
              type: 'button',
              id: 'resume',
              class: 'primary',
              disabled: this.busy,
              on: { click: () => void this.run(resume) },
            },
            t('resume', { part: resume + 1, parts }),
          )
        : h('span'),
      h(
        'button',
        {
          type: 'button',
          id: 'import',
          class: resume !== null ? '' : 'primary',
          disabled: this.busy || parts === 0,
          on: { click: () => void this.run(0) },
        },
        resume !== null ? t('restart') : t('import'),
      ),
    );
    return nodes;
  }

  private previewTable(): Node {
    const p = this.preview!;
    const shown = p.columns.filter((c) => p.rows.some((r) => c.key in r.cells));
    return h(
      'div',
      { class: 'scroll', role: 'region', tabindex: 0, 'aria-label': this.t('preview') },
      h(
        'table',
        { id: 'preview' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', null, this.t('line')),
            shown.map((c) => h('th', null, c.label)),
          ),
        ),
        h(
          'tbody',
          null,
          p.rows.map((r) =>
            r.skipped
              ? h(
                  'tr',
                  { class: 'skipped' },
                  h('td', null, String(r.line)),
                  h('td', { colspan: Math.max(1, shown.length) }, this.reason(r.skipped)),
                )
              : h(
                  'tr',
                  null,
                  h('td', null, String(r.line)),
                  shown.map((c) => h('td', null, r.cells[c.key] ?? '')),
                ),
          ),
        ),
      ),
    );
  }

  private reason(s: { reason: SkippedLine['reason']; detail: string }): string {
    return this.t(s.reason, { detail: s.detail });
  }

  private async run(from: number): Promise<void> {
    const file = this.file!;
    const mapping = this.preview!.mapping;
    const header = this.preview!.headers;
    const parts = file.split.chunks.length;
    this.busy = true;
    this.finished = false;
    if (from === 0) this.skipped = [];
    for (let part = from; part < parts; part++) {
      this.progress = { part: part + 1, parts };
      this.render();
      this.status(this.t('importing', { part: part + 1, parts }));
      const chunk = file.split.chunks[part];
      let result: ChunkResult | ChunkRefused;
      try {
        result = await this.server.importChunk({
          fileKey: file.key,
          mapping,
          header,
          text: chunk.text,
          firstLine: chunk.firstLine,
          chunk: part,
          chunks: parts,
        });
      } catch (e) {
        result = {
          ok: false,
          message: serverMessage(e),
          counts: this.totals!,
          skipped: [],
          totals: this.totals!,
        };
      }
      if (!result.ok) {
        this.busy = false;
        this.alert(this.t('stopped', { part: part + 1, message: result.message }));
        this.render();
        return;
      }
      this.totals = result.totals;
      this.skipped.push(...result.skipped);
    }
    this.busy = false;
    this.finished = true;
    this.progress = null;
    this.status(this.t('done'));
    this.render();
  }

  private progressView(): Node | null {
    if (!this.progress) return null;
    return h('progress', {
      id: 'progress',
      max: this.progress.parts,
      value: this.progress.part - 1,
    });
  }

  private reportView(): Node | null {
    if (!this.totals) return null;
    const t = this.t;
    const n = this.totals;
    const lines = this.skipped.slice(0, SHOWN_SKIPPED);
    return h(
      'section',
      { id: 'report' },
      h('h2', null, t('report')),
      this.finished ? h('p', null, t('done')) : null,
      h(
        'ul',
        null,
        h('li', null, t('added', { n: n.added })),
        h('li', null, t('updated', { n: n.updated })),
        h('li', null, t('unchanged', { n: n.unchanged })),
        h('li', null, t('skippedCount', { n: n.skipped })),
        n.withoutHistory > 0 ? h('li', null, t('withoutHistory', { n: n.withoutHistory })) : null,
      ),
      lines.length > 0
        ? h(
            'ul',
            { id: 'skipped' },
            lines.map((s) =>
              h('li', null, t('skippedLine', { line: s.line, reason: this.reason(s) })),
            ),
          )
        : null,
      this.skipped.length > SHOWN_SKIPPED
        ? h('p', null, t('more', { n: this.skipped.length - SHOWN_SKIPPED }))
        : null,
    );
  }
}
