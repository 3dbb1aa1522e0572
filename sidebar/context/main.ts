// The "Add a context note" page's entry point (built into dist/Context.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { ContextApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new ContextApp(root, MESSAGES));
