import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';

// CONSUMER_BASELINE=1 builds the same app without the widgets, to measure what they add to its bundle.
export default defineConfig({
  plugins: [react()],
  resolve: process.env.CONSUMER_BASELINE
    ? {alias: {'@cohesion-alliance/widgets': fileURLToPath(new URL('../baseline.js', import.meta.url))}}
    : {},
});
