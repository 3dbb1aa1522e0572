// The HyperFormula engine configured as close to Google Sheets as its options allow, with the
// Sheets functions it lacks and the registered custom functions as instance plugins.
import { HyperFormula, type ConfigParams, type Sheets } from 'hyperformula';
import enGB from 'hyperformula/i18n/languages/enGB';
import type { AdapterContext } from './adapter-context';
import { fastArrayPlugin } from './fast-arrays';
import { customFunctionsPlugin } from './formula-adapter';
import { discardFirstChanges, patchHyperFormulaOnce } from './hf-patches';
import { localeInfo } from './locale';
import { sheetsFunctionsPlugin } from './sheets-functions';

/** The language code of this runtime's function names: English plus added functions. */
const LANGUAGE = 'enSheets';

function ensureLanguage(): void {
  if (!HyperFormula.getRegisteredLanguagesCodes().includes(LANGUAGE)) {
    HyperFormula.registerLanguage(LANGUAGE, { ...enGB, langCode: LANGUAGE });
  }
}

/** Makes function names known to the parser (identity translations, shared and harmless). */
function addFunctionNames(names: string[]): void {
  ensureLanguage();
  const language = HyperFormula.getLanguage(LANGUAGE);
  const missing = names.filter((n) => !language.isFunctionTranslated(n));
  if (missing.length > 0) {
    language.extendFunctions(Object.fromEntries(missing.map((n) => [n, n])));
  }
}

/** Sheets-like configuration. */
export function engineConfig(
  locale: string,
  context: AdapterContext,
  customNames: string[],
): Partial<ConfigParams> {
  const dayFirst = localeInfo(locale).dayFirst;
  const sheetsExtras = Object.keys(
    (sheetsFunctionsPlugin as unknown as { implementedFunctions: object }).implementedFunctions,
  );
  addFunctionNames([...sheetsExtras, ...customNames]);
  const plugins = [...HyperFormula.getAllFunctionPlugins(), sheetsFunctionsPlugin, fastArrayPlugin];
  if (customNames.length > 0) plugins.push(customFunctionsPlugin(customNames));
  return {
    licenseKey: 'gpl-v3',
    language: LANGUAGE,
    functionPlugins: plugins,
    context,
    // Sheets' epoch and calendar: serial 0 is 1899-12-30 and 1900 is not a leap year.
    nullDate: { year: 1899, month: 12, day: 30 },
    leapYear1900: false,
    dateFormats: dayFirst
      ? ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD/MM/YY']
      : ['YYYY-MM-DD', 'MM/DD/YYYY', 'MM/DD/YY'],
    timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
    functionArgSeparator: ',',
    decimalSeparator: '.',
    thousandSeparator: '',
    arrayColumnSeparator: ',',
    arrayRowSeparator: ';',
    currencySymbol: ['$', '€', '£'],
    // Sheets evaluates arrays everywhere (no implicit intersection) and shows =A1 of an empty
    // cell as 0.
    useArrayArithmetic: true,
    evaluateNullToZero: true,
    // Comparisons tolerate floating-point noise (=0.1+0.2=0.3 is TRUE); values are read from
    // the engine unrounded (see hf-values.ts), as Sheets keeps full doubles.
    smartRounding: true,
    caseSensitive: false,
    accentSensitive: true,
    matchWholeCell: true,
    useWildcards: true,
    useRegularExpressions: false,
    maxRows: 1_000_000,
    maxColumns: 18_278,
    undoLimit: 0,
  };
}

/** Sheets reads bare TRUE and FALSE as booleans; HyperFormula only knows TRUE() and FALSE(). */
export const BOOLEAN_NAMES = ['TRUE', 'FALSE'];

export function buildEngine(
  sheets: Sheets,
  locale: string,
  context: AdapterContext,
  customNames: string[],
): HyperFormula {
  patchHyperFormulaOnce();
  const hf = HyperFormula.buildFromSheets(
    sheets,
    engineConfig(locale, context, customNames),
    BOOLEAN_NAMES.map((name) => ({ name, expression: `=${name}()` })),
  );
  discardFirstChanges(hf);
  return hf;
}
