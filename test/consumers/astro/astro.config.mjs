import {fileURLToPath} from 'node:url';
import node from '@astrojs/node';
import {defineConfig} from 'astro/config';

// Pages are static unless they say otherwise; the Node adapter renders those on request.
// CONSUMER_BASELINE=1 builds the same app without the widgets, to measure what they add to its bundle.
export default defineConfig({
  adapter: node({mode: 'standalone'}),
  vite: process.env.CONSUMER_BASELINE
    ? {resolve: {alias: [{find: /^@cohesion-alliance\/widgets(\/hydrate)?$/, replacement: fileURLToPath(new URL('../baseline.js', import.meta.url))}]}}
    : {},
});
