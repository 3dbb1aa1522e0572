// The set-up page's entry point (built into dist/Setup.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { SetupApp } from './app';

const root = byId('app');
void new SetupApp(root, root.dataset.page ?? '{}').start();
