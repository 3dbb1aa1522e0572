// The typed contract between the "Import data…" page and its server functions (google.script.run).
// JSON-safe data only: dates travel as ISO day texts. The page reads the file in the browser,
// decodes it (src/addon/crm/charset.ts) and cuts it into chunks of whole records; the server
// parses, maps and writes each chunk. The page imports these types only.
import type { ImportMapping } from '../addon/crm/mapping';
import type { SyncRun } from '../addon/crm/sync-run';
import type { Busy } from './busy-contract';
import type { SkipReason } from '../addon/crm/records';
import type { Role, TargetSheet } from '../addon/crm/roles';

export type { ImportMapping, Role, SkipReason, TargetSheet };

export interface ImportSourceInfo {
  key: string;
  label: string;
  sheet: TargetSheet;
}

export interface ImportInit {
  language: 'en' | 'fr';
  sources: ImportSourceInfo[];
  /** The roles of each target sheet with their labels in the user's language. */
  roles: Record<TargetSheet, Array<{ role: Role; label: string }>>;
  /** The workbook's sheet name of each target (in the user's language). */
  sheets: Record<TargetSheet, string>;
}

export interface PreviewRequest {
  fileName: string;
  /** The file's start: its header record and first records (whole records, from line 1). */
  sample: string;
  /** A source chosen by the user, else the one detected. */
  source?: string;
  /** The mapping as the user edited it; absent: proposed (the remembered one first). */
  mapping?: ImportMapping;
  /** Identifies the file (name, size, last modified) so an interrupted import can resume. */
  fileKey: string;
}

export interface PreviewRow {
  line: number;
  /** Cells in the order of the target sheet's roles' columns, as they would be written. */
  cells: Record<string, string>;
  skipped?: { reason: SkipReason; detail: string };
}

export interface ImportPreview {
  /** False when no source matches the file's headers (the user must pick one). */
  detected: boolean;
  source: string;
  headers: string[];
  mapping: ImportMapping;
  /** The target sheet's column keys and headers (the preview's columns). */
  columns: Array<{ key: string; label: string }>;
  rows: PreviewRow[];
  /** Set when an import of this file stopped before its last chunk: the chunk to resume at. */
  resumeAt: number | null;
}

export interface ChunkRequest {
  fileKey: string;
  mapping: ImportMapping;
  header: string[];
  text: string;
  firstLine: number;
  /** 0-based chunk number and the file's chunk count (for progress and resume). */
  chunk: number;
  chunks: number;
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Deals past the lead stage imported without any stage-entry date. */
  withoutHistory: number;
  skipped: number;
}

export interface SkippedLine {
  line: number;
  reason: SkipReason;
  detail: string;
}

/** The chunk was not written: the document lock was held, or there is no document (Busy). */
export type ChunkRefused = Busy & { ok: false; totals: ImportCounts };

export interface ChunkResult {
  ok: boolean;
  /** When not ok: why, in the user's language (nothing was written). */
  message: string;
  /** This chunk's counts and skipped lines. */
  counts: ImportCounts;
  skipped: SkippedLine[];
  /** The whole file's counts so far, this chunk included (kept in document properties). */
  totals: ImportCounts;
}

/** One CRM sync run as the page lists it (the log entry the sync job keeps). */
export type SyncRunInfo = SyncRun;

export interface SyncStatus {
  /** Each CRM's stored token, its last four characters only ('' when none). */
  tokens: Record<'hubspot' | 'pipedrive', string>;
  hourly: boolean;
  log: SyncRunInfo[];
}

export interface ImportServer {
  importInit: () => ImportInit;
  importPreview: (request: PreviewRequest) => ImportPreview;
  importChunk: (request: ChunkRequest) => ChunkResult | ChunkRefused;
  crmSyncStatus: () => SyncStatus;
  crmSyncSaveToken: (crm: 'hubspot' | 'pipedrive', token: string) => SyncStatus;
  crmSyncNow: () => SyncRunInfo[];
  crmSyncSetHourly: (on: boolean) => SyncStatus;
}
