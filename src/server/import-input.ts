// The Import page's requests as they arrive from the browser: untrusted, so each is checked
// field by field before the import reads it (as every page server checks its input). A request
// that is not one (a mapping naming an unknown sheet, role or stage, a chunk without its text)
// is refused with the page's message; the CSV texts themselves are parsed, never trusted.
import { DELIMITERS } from '../addon/crm/csv';
import { isFunnelStage, type ImportMapping, type StageChoice } from '../addon/crm/mapping';
import { ROLES, type Role, type TargetSheet } from '../addon/crm/roles';
import type { ChunkRequest, PreviewRequest } from './import-contract';

/** The request could not be read; `field` names what was wrong (for the logs). */
export class ImportInputError extends Error {
  constructor(readonly field: string) {
    super(`Not an import request (${field}).`);
    this.name = 'ImportInputError';
  }
}

type Fields = Record<string, unknown>;

function fields(value: unknown, name: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ImportInputError(name);
  return value as Fields;
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new ImportInputError(name);
  return value;
}

function optionalText(value: unknown, name: string): string | undefined {
  return value === undefined || value === null ? undefined : text(value, name);
}

function count(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new ImportInputError(name);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (!allowed.includes(value as T)) throw new ImportInputError(name);
  return value as T;
}

function textArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value)) throw new ImportInputError(name);
  return value.map((cell, i) => text(cell, `${name}[${i}]`));
}

function stageMap(value: unknown, name: string): Record<string, StageChoice> {
  const out: Record<string, StageChoice> = {};
  for (const [key, stage] of Object.entries(fields(value, name))) {
    if (stage !== '' && !isFunnelStage(stage)) throw new ImportInputError(`${name}.${key}`);
    out[key] = stage;
  }
  return out;
}

const SHEETS = Object.keys(ROLES) as TargetSheet[];

/** A mapping as the page sends it back (edited by the user): known sheet, roles and stages. */
export function mappingOf(value: unknown): ImportMapping {
  const m = fields(value, 'mapping');
  const sheet = oneOf(m.sheet, SHEETS, 'mapping.sheet');
  const roles = ROLES[sheet].map(([role]) => role);
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, header] of Object.entries(fields(m.columns, 'mapping.columns'))) {
    if (header === undefined) continue;
    columns[oneOf(role as Role, roles, 'mapping.columns')] = text(header, `mapping.${role}`);
  }
  return {
    source: text(m.source, 'mapping.source'),
    sheet,
    columns,
    stageEntries: stageMap(m.stageEntries, 'mapping.stageEntries'),
    stageNames: stageMap(m.stageNames, 'mapping.stageNames'),
    decimal: oneOf(m.decimal, ['dot', 'comma'] as const, 'mapping.decimal'),
    dateOrder: oneOf(m.dateOrder, ['dmy', 'mdy'] as const, 'mapping.dateOrder'),
    delimiter: oneOf(m.delimiter, DELIMITERS, 'mapping.delimiter'),
  };
}

export function previewRequestOf(value: unknown): PreviewRequest {
  const r = fields(value, 'request');
  return {
    fileName: text(r.fileName, 'fileName'),
    sample: text(r.sample, 'sample'),
    fileKey: text(r.fileKey, 'fileKey'),
    source: optionalText(r.source, 'source'),
    mapping: r.mapping === undefined || r.mapping === null ? undefined : mappingOf(r.mapping),
  };
}

export function chunkRequestOf(value: unknown): ChunkRequest {
  const r = fields(value, 'request');
  const chunks = count(r.chunks, 'chunks');
  const chunk = count(r.chunk, 'chunk');
  if (chunk >= chunks) throw new ImportInputError('chunk');
  return {
    fileKey: text(r.fileKey, 'fileKey'),
    mapping: mappingOf(r.mapping),
    header: textArray(r.header, 'header'),
    text: text(r.text, 'text'),
    firstLine: count(r.firstLine, 'firstLine'),
    chunk,
    chunks,
  };
}
