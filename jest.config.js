/** @type {import('jest').Config} */
process.env.TZ = process.env.TZ || 'Europe/Paris'; // the spreadsheet's zone (appsscript.json): the add-on's script runs in it
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testTimeout: 60000,
  setupFiles: ['<rootDir>/test/setup/help.js'],
};
