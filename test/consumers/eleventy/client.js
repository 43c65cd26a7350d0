// In the browser: Lit's hydration support first, then the widgets, which take over the server's markup.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@cohesion-alliance/widgets';
