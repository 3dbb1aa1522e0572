// The "Add a context note" page's entry point (built into dist/Context.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { ContextApp } from './app';

void new ContextApp(byId('app')).start();
