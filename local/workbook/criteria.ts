// Criteria as Sheets' *IFS functions read them: 5, ">=5", "<>Lost", "Won", "A*", "=".
// Used by the AVERAGEIFS this runtime adds to HyperFormula.

export type Criterion = (value: unknown) => boolean;

const OPERATOR = /^(<=|>=|<>|<|>|=)?(.*)$/s;

export function parseCriterion(criterion: unknown): Criterion {
  if (typeof criterion === 'number') return (v) => typeof v === 'number' && v === criterion;
  if (typeof criterion === 'boolean') return (v) => v === criterion;
  const text = String(criterion ?? '');
  const [, op = '', operand = ''] = OPERATOR.exec(text) ?? [];
  const num = operand.trim() !== '' ? Number(operand) : NaN;
  const isNum = Number.isFinite(num);
  const compare = (v: unknown): number | undefined => {
    if (isNum && typeof v === 'number') return v - num;
    if (!isNum && typeof v === 'string')
      return v.toLowerCase().localeCompare(operand.toLowerCase());
    return undefined;
  };
  switch (op) {
    case '<':
      return (v) => (compare(v) ?? 0) < 0 && compare(v) !== undefined;
    case '<=':
      return (v) => compare(v) !== undefined && (compare(v) as number) <= 0;
    case '>':
      return (v) => compare(v) !== undefined && (compare(v) as number) > 0;
    case '>=':
      return (v) => compare(v) !== undefined && (compare(v) as number) >= 0;
    case '<>':
      return (v) => !equals(v, operand, isNum, num);
    default:
      return (v) => equals(v, operand, isNum, num);
  }
}

function equals(v: unknown, operand: string, isNum: boolean, num: number): boolean {
  if (operand === '') return v === '' || v === null || v === undefined;
  if (isNum) return typeof v === 'number' && v === num;
  if (typeof v !== 'string') return false;
  return wildcard(operand).test(v);
}

function wildcard(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) re += escape(pattern[++i]);
    else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += escape(ch);
  }
  return new RegExp(`^${re}$`, 'is');
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
