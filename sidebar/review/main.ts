// The "Build review pack" page's entry point (built into dist/Review.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { ReviewApp } from './app';

void new ReviewApp(byId('app')).start();
