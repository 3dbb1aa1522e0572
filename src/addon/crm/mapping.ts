// Which CRM export a file is, and the mapping proposed for it: for each role the file column that
// holds it (by header text, so a remembered mapping survives reordered columns), each stage-entry
// column's funnel stage, each stage name's funnel stage, and how the file writes numbers and dates.
// The page shows it; the user changes any of it; it is remembered per source. JSON-safe, pure.
import type { Delimiter } from './csv';
import { FUNNEL_STAGES, ROLES, type FunnelStage, type Role, type TargetSheet } from './roles';
import { headerKey, SOURCES, type SourceSpec } from './sources';
import { enteredStageOf, funnelStageOf } from './stages';
import { detectDateOrder, detectDecimal, type DateOrder, type DecimalMark } from './values';

/** '' = ignored. */
export type StageChoice = FunnelStage | '';

export interface ImportMapping {
  readonly source: string;
  readonly sheet: TargetSheet;
  /** Role → header text of the file column that holds it (absent: not in this file). */
  readonly columns: Partial<Record<Role, string>>;
  /** Stage-entry header text → the funnel stage whose date it gives. */
  readonly stageEntries: Record<string, StageChoice>;
  /** Current-stage name → the funnel stage it means. */
  readonly stageNames: Record<string, StageChoice>;
  readonly decimal: DecimalMark;
  readonly dateOrder: DateOrder;
  readonly delimiter: Delimiter;
}

/** The source whose headers the file has most of (the record id must be among them). */
export function detectSource(headers: readonly string[]): SourceSpec | undefined {
  const keys = new Set(headers.map(headerKey));
  let best: SourceSpec | undefined;
  let bestScore = 0;
  for (const source of SOURCES) {
    const ids = source.headers.id ?? [];
    if (!ids.some((h) => keys.has(headerKey(h)))) continue;
    let score = 0;
    for (const aliases of Object.values(source.headers))
      if (aliases && aliases.some((h) => keys.has(headerKey(h)))) score++;
    if (score > bestScore) [best, bestScore] = [source, score];
  }
  return best;
}

/** The header of the file that an alias list names first, or undefined. */
function findHeader(
  headers: readonly string[],
  aliases: readonly string[] | undefined,
): string | undefined {
  if (!aliases) return undefined;
  const byKey = new Map(headers.map((h) => [headerKey(h), h] as const));
  for (const alias of aliases) {
    const found = byKey.get(headerKey(alias));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The proposed mapping for a file of `source`: the remembered one where its columns still exist,
 * else the documented headers; stage names and number/date writing read from the sample rows.
 */
export function proposeMapping(
  source: SourceSpec,
  headers: readonly string[],
  samples: readonly (readonly string[])[],
  delimiter: Delimiter,
  remembered?: ImportMapping,
): ImportMapping {
  const present = new Set(headers);
  const columns: Partial<Record<Role, string>> = {};
  for (const [role] of ROLES[source.sheet]) {
    const kept = remembered?.columns[role];
    const header =
      kept !== undefined && present.has(kept) ? kept : findHeader(headers, source.headers[role]);
    if (header !== undefined) columns[role] = header;
  }
  const stageEntries: Record<string, StageChoice> = {};
  if (source.sheet === 'pipeline')
    for (const header of headers) {
      const stage = enteredStageOf(header);
      if (stage === undefined) continue;
      stageEntries[header] = remembered?.stageEntries[header] ?? funnelStageOf(stage) ?? '';
    }
  const stageNames: Record<string, StageChoice> = {};
  const stageColumn = columns.stage === undefined ? -1 : headers.indexOf(columns.stage);
  if (stageColumn >= 0)
    for (const row of samples) {
      const name = (row[stageColumn] ?? '').trim();
      if (name === '' || name in stageNames) continue;
      stageNames[name] = remembered?.stageNames[name] ?? funnelStageOf(name) ?? '';
    }
  const cellsOf = (pick: (h: string) => boolean) =>
    samples.flatMap((row) => headers.flatMap((h, i) => (pick(h) ? [row[i] ?? ''] : [])));
  const amountHeaders = new Set([columns.amount, columns.duration].filter((h) => h !== undefined));
  return {
    source: source.key,
    sheet: source.sheet,
    columns,
    stageEntries,
    stageNames,
    decimal:
      remembered?.decimal ??
      detectDecimal(
        cellsOf((h) => amountHeaders.has(h)),
        delimiter,
      ),
    dateOrder:
      remembered?.dateOrder ??
      detectDateOrder(cellsOf(() => true)) ??
      (delimiter === ';' ? 'dmy' : 'mdy'),
    delimiter,
  };
}

/** A stage name the mapping does not know yet gets its guessed funnel stage. */
export function isFunnelStage(value: unknown): value is FunnelStage {
  return typeof value === 'string' && (FUNNEL_STAGES as readonly string[]).includes(value);
}
