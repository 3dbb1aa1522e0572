// The "Import data…" page's server functions: the page's start data, the preview of a file's
// first records under a proposed (or edited) mapping, and the import of one chunk. The mapping is
// remembered per source in document properties once a chunk is imported with it; the file's
// progress is kept there too, so an import that stopped (closed sidebar, lost connection)
// resumes at its next chunk, and re-running a chunk changes nothing (the import is idempotent).
import { crmSyncNow, crmSyncSaveToken, crmSyncSetHourly, crmSyncStatus } from './crm-sync';
import {
  activeSpreadsheet,
  documentProperty,
  setDocumentProperty,
  showSidebar,
  spreadsheetTimeZone,
} from '../addon/adapters/services';
import { dateOfDay, isoOfDate } from '../functions/values/dates';
import { parseCsv } from '../addon/crm/csv';
import { detectSource, proposeMapping, type ImportMapping } from '../addon/crm/mapping';
import { mapRecord, resolveMapping, type Cell } from '../addon/crm/records';
import { ROLES, type TargetSheet } from '../addon/crm/roles';
import { SOURCES, sourceByKey } from '../addon/crm/sources';
import { importChunk as writeChunk } from '../addon/crm/write';
import { SCHEMA } from '../addon/schema';
import { currentLanguage, textsOf, type Language } from '../addon/i18n';
import { busyAnswer } from './busy';
import { chunkRequestOf, previewRequestOf } from './import-input';
import type {
  ChunkRefused,
  ChunkResult,
  ImportCounts,
  ImportInit,
  ImportPreview,
  ImportServer,
} from './import-contract';

const MAPPING_KEY = 'crmImport.mapping.';
const PROGRESS_KEY = 'crmImport.progress';
const PREVIEW_ROWS = 5;
const TARGETS: readonly TargetSheet[] = ['pipeline', 'activities', 'customers'];

const TEXTS = {
  en: {
    title: 'Import data',
    noSheet: 'The {sheet} sheet is missing: run Set up KPI workbook first. Nothing was imported.',
    noCrmColumn:
      'The {sheet} sheet has no CRM ID column yet: run Set up KPI workbook (it adds the column and keeps your data). Nothing was imported.',
    busy: 'Someone else is writing to the spreadsheet: try again in a moment. Nothing was imported.',
  },
  fr: {
    title: 'Importer des données',
    noSheet:
      'La feuille {sheet} manque : lancez d’abord « Préparer le classeur KPI ». Rien n’a été importé.',
    noCrmColumn:
      'La feuille {sheet} n’a pas encore de colonne ID CRM : lancez « Préparer le classeur KPI » (la colonne est ajoutée, vos données restent). Rien n’a été importé.',
    busy: 'Quelqu’un d’autre écrit dans le classeur : réessayez dans un instant. Rien n’a été importé.',
  },
} as const;

const say = textsOf(TEXTS);

function language(): Language {
  return currentLanguage();
}

export function showImport(): void {
  showSidebar('Import', say(language(), 'title'));
}

export function importInit(): ImportInit {
  const lang = language();
  const roles = {} as ImportInit['roles'];
  const sheets = {} as ImportInit['sheets'];
  for (const sheet of TARGETS) {
    roles[sheet] = ROLES[sheet].map(([role, labels]) => ({ role, label: labels[lang] }));
    sheets[sheet] = SCHEMA[sheet][lang];
  }
  return {
    language: lang,
    sources: SOURCES.map((s) => ({ key: s.key, label: s.label, sheet: s.sheet })),
    roles,
    sheets,
  };
}

function remembered(source: string): ImportMapping | undefined {
  const stored = documentProperty(MAPPING_KEY + source);
  if (!stored) return undefined;
  try {
    return JSON.parse(stored) as ImportMapping;
  } catch {
    return undefined;
  }
}

interface Progress {
  fileKey: string;
  next: number;
  chunks: number;
  totals: ImportCounts;
}

function progress(): Progress | undefined {
  const stored = documentProperty(PROGRESS_KEY);
  return stored ? (JSON.parse(stored) as Progress) : undefined;
}

export function importPreview(input: unknown): ImportPreview {
  const request = previewRequestOf(input);
  const lang = language();
  const parsed = parseCsv(request.sample, request.mapping?.delimiter);
  const [header, ...records] = parsed.records;
  const headers = [...(header?.cells ?? [])];
  const detected = detectSource(headers);
  const source =
    sourceByKey(request.mapping?.source ?? request.source ?? '') ?? detected ?? SOURCES[0];
  const delimiter = parsed.delimiter;
  const mapping =
    request.mapping && request.mapping.source === source.key
      ? request.mapping
      : proposeMapping(
          source,
          headers,
          records.map((r) => r.cells),
          delimiter,
          remembered(source.key),
        );
  spreadsheetTimeZone(activeSpreadsheet());
  const resolved = resolveMapping(mapping, headers);
  const rows = records.slice(0, PREVIEW_ROWS).map((record) => {
    const outcome = mapRecord(resolved, record.cells, record.line);
    if ('skip' in outcome)
      return {
        line: record.line,
        cells: {},
        skipped: { reason: outcome.skip.reason, detail: outcome.skip.detail },
      };
    const cells: Record<string, string> = {};
    for (const [key, cell] of Object.entries(outcome.row.cells))
      cells[key] = shown(cell, mapping.sheet, key, lang);
    return { line: record.line, cells };
  });
  const last = progress();
  const resumeAt =
    last && last.fileKey === request.fileKey && last.next < last.chunks ? last.next : null;
  return {
    detected: detected !== undefined,
    source: source.key,
    headers,
    mapping,
    columns: SCHEMA[mapping.sheet].columns
      .filter((c) => c.key !== 'crmId')
      .map((c) => ({ key: c.key, label: c[lang] })),
    rows,
    resumeAt,
  };
}

/** A mapped cell as the preview shows it: ISO days, choice labels in the user's language. */
function shown(cell: Cell, sheet: TargetSheet, column: string, lang: Language): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if ('day' in cell) return isoOfDate(dateOfDay(cell.day));
  const choices = SCHEMA[sheet].columns.find((c) => c.key === column)?.choices ?? [];
  return choices.find((c) => c.key === cell.choice)?.[lang] ?? cell.choice;
}

const ZERO: ImportCounts = { added: 0, updated: 0, unchanged: 0, withoutHistory: 0, skipped: 0 };

export function importChunk(input: unknown): ChunkResult | ChunkRefused {
  const request = chunkRequestOf(input);
  const lang = language();
  const spreadsheet = activeSpreadsheet();
  const last = progress();
  const before = request.chunk > 0 && last && last.fileKey === request.fileKey ? last.totals : ZERO;
  const outcome = writeChunk(
    spreadsheet,
    {
      mapping: request.mapping,
      header: request.header,
      text: request.text,
      firstLine: request.firstLine,
    },
    lang,
  );
  if (!outcome.ok) {
    const reason = outcome.reason;
    if (reason === 'busy' || reason === 'noDocument')
      return { ok: false, ...busyAnswer(reason, lang, say(lang, 'busy')), totals: before };
    const sheet = SCHEMA[request.mapping.sheet][lang];
    return {
      ok: false,
      message: say(lang, reason, { sheet }),
      counts: ZERO,
      skipped: [],
      totals: before,
    };
  }
  const c = outcome.counts;
  const counts: ImportCounts = {
    added: c.added,
    updated: c.updated,
    unchanged: c.unchanged,
    withoutHistory: c.withoutHistory,
    skipped: c.skipped.length,
  };
  const totals: ImportCounts = {
    added: before.added + counts.added,
    updated: before.updated + counts.updated,
    unchanged: before.unchanged + counts.unchanged,
    withoutHistory: before.withoutHistory + counts.withoutHistory,
    skipped: before.skipped + counts.skipped,
  };
  const next: Progress = {
    fileKey: request.fileKey,
    next: request.chunk + 1,
    chunks: request.chunks,
    totals,
  };
  setDocumentProperty(PROGRESS_KEY, JSON.stringify(next));
  if (request.chunk === 0) rememberMapping(request.mapping);
  return {
    ok: true,
    message: '',
    counts,
    skipped: c.skipped.map((s) => ({ line: s.line, reason: s.reason, detail: s.detail })),
    totals,
  };
}

/** Kept per source (a document property holds 9 KB: stage entries are dropped if it is more). */
function rememberMapping(mapping: ImportMapping): void {
  let text = JSON.stringify(mapping);
  if (text.length > 8_000) text = JSON.stringify({ ...mapping, stageEntries: {} });
  if (text.length <= 8_000) setDocumentProperty(MAPPING_KEY + mapping.source, text);
}

/**
 * The page's server functions, checked against ImportServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const IMPORT_SERVER = {
  importInit,
  importPreview,
  importChunk,
  crmSyncStatus,
  crmSyncSaveToken,
  crmSyncNow,
  crmSyncSetHourly,
} satisfies ImportServer;
