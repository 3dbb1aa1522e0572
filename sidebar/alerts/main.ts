// The alert settings page's entry point (built into dist/Alerts.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { AlertsApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new AlertsApp(root, MESSAGES));
