// The CRM sync's only contact with Apps Script's network and clock services: one JSON request
// (failures are returned, not thrown: the caller reads 401 and 429), and a pause before a retry.
export interface JsonResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export function postJson(url: string, token: string, payload: unknown): JsonResponse {
  const response = UrlFetchApp.fetch(url, {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: `Bearer ${token}` },
    payload: JSON.stringify(payload),
    muteHttpExceptions: true,
  });
  const text = response.getContentText();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(response.getHeaders() as Record<string, unknown>))
    headers[k.toLowerCase()] = String(v);
  return { status: response.getResponseCode(), headers, body };
}

export function pause(ms: number): void {
  Utilities.sleep(ms);
}
