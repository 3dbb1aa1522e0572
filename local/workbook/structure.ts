// Row and column moves (insert, delete, move) as index maps, so every side table (formats,
// validations, metadata, rule ranges, charts) follows its cells the way Sheets does.

export type IndexChange =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'move'; start: number; count: number; target: number };

/** Where index i goes; undefined when it is deleted. */
export function mapIndex(change: IndexChange, i: number): number | undefined {
  switch (change.kind) {
    case 'insert':
      return i >= change.at ? i + change.count : i;
    case 'delete':
      if (i < change.at) return i;
      if (i < change.at + change.count) return undefined;
      return i - change.count;
    case 'move': {
      const { start, count, target } = change;
      const end = start + count;
      if (target >= start && target <= end) return i; // no-op move
      if (target > end) {
        if (i >= start && i < end) return i + (target - end);
        if (i >= end && i < target) return i - count;
        return i;
      }
      if (i >= start && i < end) return i - (start - target);
      if (i >= target && i < start) return i + count;
      return i;
    }
  }
}

/** A span [start, start+count) after the change; undefined when nothing of it survives. */
export function mapSpan(
  change: IndexChange,
  start: number,
  count: number,
): { start: number; count: number } | undefined {
  if (change.kind === 'insert') {
    if (change.at <= start) return { start: start + change.count, count };
    if (change.at < start + count) return { start, count: count + change.count };
    return { start, count };
  }
  if (change.kind === 'delete') {
    const delEnd = change.at + change.count;
    const end = start + count;
    const keptBefore = Math.max(0, Math.min(end, change.at) - start);
    const keptAfter = Math.max(0, end - Math.max(start, delEnd));
    const kept = keptBefore + keptAfter;
    if (kept === 0) return undefined;
    const newStart = start < change.at ? start : Math.max(change.at, start - change.count);
    return { start: newStart, count: kept };
  }
  // A move keeps a span whole when it lies inside or outside the moved block; otherwise the
  // span is approximated by the hull of its mapped ends.
  const a = mapIndex(change, start) as number;
  const b = mapIndex(change, start + count - 1) as number;
  return { start: Math.min(a, b), count: Math.abs(b - a) + 1 };
}
