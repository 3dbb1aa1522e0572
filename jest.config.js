/** @type {import('jest').Config} */
// The add-on's script runs in the spreadsheet's time zone (appsscript.json); so do the tests.
process.env.TZ = 'Europe/Paris';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testTimeout: 60000,
  // Two workers on the 2-core machine the suite is timed on (Jest's default would be one: cores
  // − 1). The browser suites wait on Chromium much of the time, so a second worker keeps both
  // cores busy; each test file runs in its own worker, its demo workbook built in its beforeAll.
  // (npm test also starts Jest, and so its workers, with a larger young generation: the local
  // engine allocates a lot, and fewer scavenges save about 15 % of its CPU time; 128 MB rather
  // than 64 saved another 3-7 % of the call budget's and the dashboard formulas' CPU time.)
  maxWorkers: 2,
  // A worker that grew past this after a test file is replaced by a fresh one: the demo
  // workbooks (HyperFormula graphs of ~64,000 rows) are not all freed between files, and a
  // worker carrying several of them spent most of its time in the garbage collector (a file that
  // takes 13 s alone took 146 s late in the run).
  workerIdleMemoryLimit: '1GB',
  // Each module runs in a vm context, where every read of a global goes through the context's
  // interceptor: slow in the local engine's per-cell loops (HyperFormula's arithmetic reads Math
  // for each addition). These are passed to each module as parameters instead (Jest's documented
  // remedy); not Date, which fake timers replace on the global. isNaN and Infinity: HyperFormula
  // checks every number it parses or computes with them (isNumberOverflow), and every date.
  sandboxInjectedGlobals: [
    'Math',
    'Array',
    'Number',
    'Object',
    'String',
    'Map',
    'Set',
    'WeakMap',
    'JSON',
    'isNaN',
    'isFinite',
    'Infinity',
    'parseInt',
    'parseFloat',
    'Symbol',
    'RegExp',
    'Boolean',
  ],
  // The slowest suites first, also in a fresh clone (test/setup/sequencer.js).
  testSequencer: '<rootDir>/test/setup/sequencer.js',
};
