import {fileURLToPath} from 'node:url';

export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: {enabled: false},
  telemetry: false,
  app: {head: {htmlAttrs: {lang: 'de'}, title: 'Nuxt', link: [{rel: 'icon', href: 'data:,'}]}},
  // The widgets' tags are custom elements, not Vue components.
  vue: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('cohesion-')}},
  hooks: {
    // Nuxt prefetches every chunk a page may import; the widgets load one language's files, the page's, when needed.
    'build:manifest'(manifest) {
      for (const [id, chunk] of Object.entries(manifest)) {
        if (id.includes('@cohesion-alliance/widgets/')) chunk.prefetch = false;
      }
    },
  },
  // CONSUMER_BASELINE=1 builds the same app without the widgets, to measure what they add to its bundle.
  alias: process.env.CONSUMER_BASELINE ? {'@cohesion-alliance/widgets': fileURLToPath(new URL('../baseline.js', import.meta.url))} : {},
});
