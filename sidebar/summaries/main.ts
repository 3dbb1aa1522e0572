// The email-summaries settings page (built into dist/Summaries.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { SummariesApp } from './app';

void new SummariesApp(byId('app')).start();
