// `node scripts/readme-functions.mjs`: writes the README's function table from the declarations of
// the =KPI_* functions, between its markers, formatted by Prettier as `npm run lint` expects.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { loadDeclarations } from './kpi-declarations.mjs';
import readmeTable from './readme-table.cjs';

const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const table = readmeTable.functionTable(await loadDeclarations());
const written = readmeTable.withTable(readFileSync(path, 'utf8'), table);
const options = { ...(await prettier.resolveConfig(path)), filepath: path };
writeFileSync(path, await prettier.format(written, options));
console.log('README.md: function table written');
