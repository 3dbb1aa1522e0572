/** @type {import('jest').Config} */
// The add-on's script runs in the spreadsheet's time zone (appsscript.json); so do the tests.
process.env.TZ = 'Europe/Paris';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testTimeout: 60000,
  setupFiles: ['<rootDir>/test/setup/help.js'],
};
