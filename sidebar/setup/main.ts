// The set-up page's entry point (built into dist/Setup.html by sidebar/build.mjs): its own
// index.html, because the page reads the dialog's data from its data-page attribute.
import { startPage } from '../shared/page';
import { SetupApp } from './app';

startPage((root) => new SetupApp(root, root.dataset.page ?? '{}'));
