// Objective and alert IDs (OBJ-0001, ALR-0001), the rows' identity in the Objectives, Alerts and
// Actions sheets: a new one is one more than the largest in the sheet, read under the document
// lock, so two saves never get the same ID and a deleted ID is not reused while a larger one
// exists.

export const OBJECTIVE_ID = /^OBJ-(\d{1,9})$/i;
export const ALERT_ID = /^ALR-(\d{1,9})$/i;

export function formatId(prefix: 'OBJ' | 'ALR', n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`;
}

/** The ID after the largest of `existing` that has the prefix's form. */
export function nextId(prefix: 'OBJ' | 'ALR', existing: Iterable<unknown>): string {
  const pattern = prefix === 'OBJ' ? OBJECTIVE_ID : ALERT_ID;
  let max = 0;
  for (const cell of existing) {
    const m = typeof cell === 'string' ? pattern.exec(cell.trim()) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return formatId(prefix, max + 1);
}

/** The canonical form of an objective ID typed in any case ("obj-3" → "OBJ-0003"). */
export function canonicalObjectiveId(text: unknown): string | undefined {
  const m = typeof text === 'string' ? OBJECTIVE_ID.exec(text.trim()) : null;
  return m ? formatId('OBJ', Number(m[1])) : undefined;
}
