// The "Build review pack" page's entry point (built into dist/Review.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { ReviewApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new ReviewApp(root, MESSAGES));
