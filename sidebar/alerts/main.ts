// The alert settings page's entry point (built into dist/Alerts.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { AlertsApp } from './app';

void new AlertsApp(byId('app')).start();
