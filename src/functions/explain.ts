// KPI_EXPLAIN: the definition of a KPI function in words, in English or French: the help of its
// declaration (the same text as its autocomplete help).
import { describeCell, isBlank, toGrid } from './values/cells';
import { declareKpi, gives, type KpiDeclaration } from './declare';
import { fail } from './errors';
import { FAMILY_FUNCTIONS } from './families';
import { choice, text } from './params';

function singleText(fn: string, name: string, arg: unknown): string {
  const cells = toGrid(arg).flat();
  if (cells.length !== 1)
    fail(fn, `${name} must be a single value, not a range of ${cells.length} cells`);
  return isBlank(cells[0]) ? '' : String(cells[0]).trim();
}

export const kpiExplain = declareKpi(
  {
    name: 'KPI_EXPLAIN',
    en: 'Explains a KPI function in words: what it measures, its formula and its variants, in English ("en", default) or French ("fr").',
    fr: 'Explique une fonction KPI en mots : ce qu’elle mesure, sa formule et ses variantes, en anglais (« en », par défaut) ou en français (« fr »).',
    params: [
      text('function_name', 'The function\'s name, e.g. "KPI_NPS".'),
      choice('language', ['en', 'fr']).param,
    ],
    returns: gives('string', 'The definition.'),
    example: '=KPI_EXPLAIN("KPI_NPS", "fr")',
  },
  (fn, functionName: unknown, language?: unknown): string => {
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
    const known = explained();
    const declaration = known.find((d) => d.name === name);
    if (!declaration) {
      fail(
        fn,
        `${describeCell(raw)} is not a KPI function; known functions: ${known.map((d) => d.name).join(', ')}`,
      );
    }
    return lang.startsWith('fr') ? declaration.help.fr : declaration.help.en;
  },
);

/** Every function KPI_EXPLAIN knows: the families' and itself. */
function explained(): KpiDeclaration[] {
  return [...FAMILY_FUNCTIONS.map((f) => f.declaration), kpiExplain.declaration];
}
