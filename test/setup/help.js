// Unit tests import src/ directly, without the build; give KPI_EXPLAIN the same English texts
// the build injects (the JSDoc of src/main.ts).
const { join } = require('node:path');
const { englishHelp } = require('../../scripts/jsdoc.cjs');

globalThis.KPI_HELP_EN = englishHelp(join(__dirname, '../../src/main.ts'));
