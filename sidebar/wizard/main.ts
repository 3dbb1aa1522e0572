// The SMART objective wizard's entry point (built into dist/Wizard.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { WizardApp } from './app';

void new WizardApp(byId('app')).start();
