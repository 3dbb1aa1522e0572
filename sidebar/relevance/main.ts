// The "Review tracked KPIs" page's entry point (built into dist/Relevance.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { RelevanceApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new RelevanceApp(root, MESSAGES));
