// The Import data page's entry point (built into dist/Import.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { ImportApp } from './app';

void new ImportApp(byId('app')).start();
