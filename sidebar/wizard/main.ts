// The SMART objective wizard's entry point (built into dist/Wizard.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { WizardApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new WizardApp(root, MESSAGES));
