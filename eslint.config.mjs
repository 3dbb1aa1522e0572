import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// What no file of src/ imports: Node, HyperFormula (local/ and test/ only), or the dev folders.
const SHIPPED = [
  { group: ['node:*', 'fs', 'path', 'hyperformula'], message: 'Not in the Apps Script bundle.' },
  {
    regex: '^(\\.\\./)+(local|test|bench|scripts)(/|$)',
    message: 'src/ never imports local/, test/, bench/ or scripts/.',
  },
];

// The layers of src/ as import restrictions (relative specifiers, from the folder's own files).
const LAYER = {
  kpi: { regex: '^\\.\\./', message: 'src/kpi imports nothing of ours outside src/kpi.' },
  values: {
    regex: '^\\.\\./(?!\\.\\./kpi/)',
    message: 'The Sheets-value readers (src/functions/values) import only src/kpi.',
  },
  functions: {
    regex: '^\\.\\./(?!kpi/)',
    message: 'The =KPI_* families import only src/kpi and the value readers (./values).',
  },
  warehouse: {
    regex: '^\\.\\./(?!kpi/)',
    message: 'The warehouse core (src/warehouse) imports only src/kpi.',
  },
  addon: {
    regex: '^(\\.\\./)+server(/|$)',
    message: 'Add-on features never import src/server (the page servers import the features).',
  },
};

function restrictImports(...layers) {
  return ['error', { patterns: [...SHIPPED, ...layers] }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.playground/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
  },
  {
    // The shipped code runs in Apps Script: no Node APIs, and the pure layers touch no service.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', 'module'],
      'no-restricted-imports': restrictImports(),
      // Array.prototype.at is recent: an older runtime would throw where it is called.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='at']",
          message: 'Avoid .at() in the bundle: index with length - 1 instead.',
        },
      ],
    },
  },
  // The layers of src/ (docs/architecture.md), one direction of dependency. A later block replaces
  // the rule of an earlier one for its files, so each repeats the common restrictions.
  {
    files: ['src/kpi/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(LAYER.kpi) },
  },
  {
    files: ['src/functions/values/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(LAYER.values) },
  },
  {
    files: ['src/functions/*.ts'],
    // headings.ts knows the add-on's own sheet headings (src/addon/schema) to tell a header row
    // from data: the one import of the function layer from the add-on, until the headings live
    // below the add-on.
    ignores: ['src/functions/headings.ts'],
    rules: { 'no-restricted-imports': restrictImports(LAYER.functions) },
  },
  {
    files: ['src/addon/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(LAYER.addon) },
  },
  {
    files: ['src/warehouse/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(LAYER.warehouse) },
  },
  {
    // The benchmark has its own helpers (local/harness/ is shared with the tests).
    files: ['bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(\\.\\./)+test(/|$)', message: 'bench/ does not import test/.' }],
        },
      ],
    },
  },
  {
    files: ['src/kpi/**/*.ts', 'src/functions/**/*.ts'],
    // The one place the custom-function layer reads a service: the spreadsheet's time zone.
    ignores: ['src/functions/values/spreadsheet-zone.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'process',
        'require',
        'Buffer',
        'SpreadsheetApp',
        'PropertiesService',
        'ScriptApp',
        'MailApp',
        'HtmlService',
        'LockService',
        'CacheService',
        'Session',
        'Utilities',
        'Logger',
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
