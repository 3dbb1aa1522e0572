// The Experiments page's entry point (built into dist/Experiments.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { ExperimentsApp } from './app';

void new ExperimentsApp(byId('app')).start();
