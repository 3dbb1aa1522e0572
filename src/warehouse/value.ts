// A KPI's value from its measures (definition.ts ValueExpr), in JavaScript: the same operations
// in the same order as the SQL (plan.ts valueSql), so both give the same double; a zero
// denominator or a blank measure gives null, as NULLIF does.
import type { ValueExpr } from './definition';

export function valueOf(v: ValueExpr, m: Readonly<Record<string, number | null>>): number | null {
  if ('measure' in v) return m[v.measure] ?? null;
  const parts = [...v.plus.map((k) => m[k]), ...(v.minus ?? []).map((k) => m[k])];
  const over = m[v.over];
  if (over === null || over === undefined || over === 0) return null;
  if (parts.some((x) => x === null || x === undefined)) return null;
  let total = m[v.plus[0]] as number;
  for (let i = 1; i < v.plus.length; i++) total += m[v.plus[i]] as number;
  for (const k of v.minus ?? []) total -= m[k] as number;
  return (v.times !== undefined ? total * v.times : total) / over;
}
