import {resolve} from 'node:path';
import {build, defineConfig, type Plugin} from 'vite';
import {imageBadges} from './scripts/badges/vite-plugin.mjs';

const root = resolve(import.meta.dirname, 'demo');
const outDir = resolve(import.meta.dirname, 'dist-demo');
const library = resolve(import.meta.dirname, 'src/index.ts');

/** The address the demo pages load the widgets from, as an integrator's page loads `dist/cohesion-alliance.js`. */
const SCRIPT = 'cohesion-alliance.js';

/**
 * The pages load `./cohesion-alliance.js` with a `<script vite-ignore>`, so the tag stays as integrators write it.
 * In development that address is the library's source entry, served by Vite with live reload. In the build it is
 * the library itself, built by the library's own configuration (`vite.config.ts`) into the demo's folder: the very
 * file of `dist/`, with its language chunks beside it.
 */
function libraryScript(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'cohesion-demo-library-script',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === `/${SCRIPT}` ? library : undefined;
    },
    async closeBundle() {
      if (command !== 'build') return;
      await build({
        configFile: resolve(import.meta.dirname, 'vite.config.ts'),
        logLevel: 'warn',
        build: {outDir, emptyOutDir: false},
      });
    },
  };
}

/**
 * The demo site: `index.html` (a member region's page) and `configurator.html` (the embed configurator), built as
 * static files into `dist-demo/` with relative addresses, so they work from any folder of any static host.
 */
export default defineConfig({
  root,
  base: './',
  publicDir: resolve(root, 'public'),
  plugins: [libraryScript(), imageBadges(outDir)],
  server: {fs: {allow: [import.meta.dirname]}},
  build: {
    target: 'es2022',
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        configurator: resolve(root, 'configurator.html'),
      },
    },
  },
});
