// The Import data page's entry point (built into dist/Import.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { ImportApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new ImportApp(root, MESSAGES));
