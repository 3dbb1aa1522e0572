// Escaping for the add-on's emails (the summaries, the review pack). Every value that reaches the
// HTML (team, rep and KPI names, corrective actions, owners, numbers, the spreadsheet's address)
// goes through escapeHtml, so a name such as "<script>" or '"><img onerror=…>' shows as text and
// never as markup; a subject goes through oneLine.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An http(s) link target, escaped for an attribute; '' for anything else (javascript:, data:). */
export function safeUrl(url: string): string {
  return /^https:\/\/[^\s"'<>]+$/i.test(url.trim()) ? escapeHtml(url.trim()) : '';
}

/** One line of text: control characters (CR, LF, tab…) become spaces, runs of spaces one. */
export function oneLine(text: string, maxLength = 250): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ');
  const trimmed = flat.trim();
  return trimmed.length > maxLength ? `${trimmed.slice(0, maxLength - 1)}…` : trimmed;
}
