// On the server: the tags, the site's language loaded once, and a template rendered to HTML with @lit-labs/ssr.
import '@cohesion-alliance/widgets';
import {preloadLanguages} from '@cohesion-alliance/widgets/server';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';

await preloadLanguages(['de']);

export const renderToString = (template) => collectResult(render(template));
