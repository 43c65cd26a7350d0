import {fileURLToPath} from 'node:url';
import {sveltekit} from '@sveltejs/kit/vite';
import {defineConfig} from 'vite';

// CONSUMER_BASELINE=1 builds the same app without the widgets, to measure what they add to its bundle.
export default defineConfig({
  plugins: [sveltekit()],
  resolve: process.env.CONSUMER_BASELINE
    ? {alias: {'@cohesion-alliance/widgets': fileURLToPath(new URL('../baseline.js', import.meta.url))}}
    : {},
});
