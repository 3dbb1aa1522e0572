// The Experiments page's entry point (built into dist/Experiments.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { ExperimentsApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new ExperimentsApp(root, MESSAGES));
