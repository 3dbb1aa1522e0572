import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'hyperformula', '../../local/*', '../local/*'] },
      ],
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
