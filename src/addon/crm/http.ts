// The CRM sync's only contact with Apps Script's network and clock services: one JSON request
// (failures are returned, not thrown: the caller reads 401 and 429), and a pause before a retry.
export interface JsonResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** POST of a JSON body with a bearer token (HubSpot's private-app tokens). */
export function postJson(url: string, token: string, payload: unknown): JsonResponse {
  return answer(
    UrlFetchApp.fetch(url, {
      method: 'post',
      contentType: 'application/json',
      headers: { Authorization: `Bearer ${token}` },
      payload: JSON.stringify(payload),
      muteHttpExceptions: true,
    }),
  );
}

/** GET with query parameters (Pipedrive's api_token is one of them). */
export function getJson(url: string, query: Record<string, string>): JsonResponse {
  const search = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return answer(UrlFetchApp.fetch(`${url}?${search}`, { muteHttpExceptions: true }));
}

function answer(response: GoogleAppsScript.URL_Fetch.HTTPResponse): JsonResponse {
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
