import {resolve} from 'node:path';
import {defineConfig} from 'vite';

const component = (name: string) => resolve(import.meta.dirname, `src/components/${name}/cohesion-${name}.ts`);

/**
 * The library build: `dist/cohesion-alliance.js` registers all four elements, `dist/components/<name>.js` one
 * each. Lit is bundled so that the files work from any web server or CDN as they are; shared code and each
 * language's translations are chunks loaded from beside them by relative address.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        'cohesion-alliance': resolve(import.meta.dirname, 'src/index.ts'),
        'components/join-badge': component('join-badge'),
        'components/supporter-counter': component('supporter-counter'),
        'components/declaration-summary': component('declaration-summary'),
        'components/document-picker': component('document-picker'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        // Vite leaves whitespace in ES library builds; these files are served to browsers as they are.
        minify: true,
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/generated/locales/') ? 'locales/[name]-[hash].js' : 'chunks/[name]-[hash].js',
      },
    },
  },
});
