// The email-summaries settings page (built into dist/Summaries.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { SummariesApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new SummariesApp(root, MESSAGES));
