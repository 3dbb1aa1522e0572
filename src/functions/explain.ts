// KPI_EXPLAIN: the definition of a KPI function in words, in English or French.
import { describeCell, isBlank, toGrid } from './cells';
import { defineKpi } from './define';
import { fail } from './errors';
import { HELP_FR } from './explain-fr';

/** English help texts, injected by the build from the JSDoc of src/main.ts (see scripts/jsdoc.mjs). */
declare const KPI_HELP_EN: Readonly<Record<string, string>>;

function singleText(fn: string, name: string, arg: unknown): string {
  const cells = toGrid(arg).flat();
  if (cells.length !== 1)
    fail(fn, `${name} must be a single value, not a range of ${cells.length} cells`);
  return isBlank(cells[0]) ? '' : String(cells[0]).trim();
}

export const kpiExplain = defineKpi(
  'KPI_EXPLAIN',
  (functionName: unknown, language?: unknown): string => {
    const fn = 'KPI_EXPLAIN';
    const raw = singleText(fn, 'function_name', functionName);
    if (raw === '') fail(fn, 'function_name is blank; give a function name such as "KPI_NPS"');
    const key = raw.replace(/^=/, '').replace(/\(.*$/, '').trim().toUpperCase();
    const name = key.startsWith('KPI_') ? key : `KPI_${key}`;
    const lang =
      language === undefined ? 'en' : singleText(fn, 'language', language).toLowerCase() || 'en';
    // "fr", "fr-FR", "fr_CA"… and "en", "en-GB"… are all accepted.
    if (!/^(en|fr)([-_]|$)/.test(lang)) {
      fail(fn, `language ${describeCell(language)} is not "en" or "fr"`);
    }
    const texts = lang.startsWith('fr') ? HELP_FR : KPI_HELP_EN;
    const text = texts[name];
    if (!text) {
      fail(
        fn,
        `${describeCell(raw)} is not a KPI function; known functions: ${Object.keys(HELP_FR).join(', ')}`,
      );
    }
    return text;
  },
);
