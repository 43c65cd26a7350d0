// Loaded by Eleventy's renderer before it renders a page: the tags, and the languages the site is in.
import '@cohesion-alliance/widgets';
import {preloadLanguages} from '@cohesion-alliance/widgets/server';

await preloadLanguages(['de']);
