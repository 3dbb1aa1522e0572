// The "Review tracked KPIs" page's entry point (built into dist/Relevance.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { RelevanceApp } from './app';

void new RelevanceApp(byId('app')).start();
