// Adding a scope makes every user of the add-on consent again, so the BigQuery scope and advanced
// service live only in the warehouse variant of the manifest (appsscript.warehouse.json, pushed
// as the README says); the default manifest, the one the build ships, has neither.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  oauthScopes: string[];
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string }> };
  [key: string]: unknown;
}
const read = (name: string): Manifest =>
  JSON.parse(readFileSync(join(__dirname, '../..', name), 'utf8')) as Manifest;
const BIGQUERY = 'https://www.googleapis.com/auth/bigquery';
/** SpreadsheetApp.enableBigQueryExecution's one scope (Connected Sheets). */
const BIGQUERY_READONLY = 'https://www.googleapis.com/auth/bigquery.readonly';

test('the default manifest has no BigQuery scope and no advanced service', () => {
  const manifest = read('appsscript.json');
  expect(manifest.oauthScopes.filter((s) => /bigquery|cloud-platform/.test(s))).toEqual([]);
  expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
});

test('the warehouse variant is the default plus the BigQuery scopes and service, nothing else', () => {
  const base = read('appsscript.json');
  const variant = read('appsscript.warehouse.json');
  expect(variant.oauthScopes).toEqual([...base.oauthScopes, BIGQUERY, BIGQUERY_READONLY]);
  expect(variant.dependencies?.enabledAdvancedServices).toEqual([
    { userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2' },
  ]);
  const { oauthScopes: _a, dependencies: _b, ...variantRest } = variant;
  const { oauthScopes: _c, dependencies: _d, ...baseRest } = base;
  expect(variantRest).toEqual(baseRest);
});
