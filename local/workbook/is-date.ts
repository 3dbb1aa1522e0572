// A Date test that works across realms: scripts run in a node:vm context, whose Dates are not
// `instanceof` this realm's Date.
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
