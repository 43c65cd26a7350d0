/**
 * For pages whose widgets a server rendered: Lit's hydration support, then the four widgets, in that order, so
 * that the widgets take over the server's content. Import it in place of `@cohesion-alliance/widgets`, on every
 * page that shares the widgets' code (a bundler may start Lit in a chunk that several pages share).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
