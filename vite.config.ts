import {resolve} from 'node:path';
import {defineConfig} from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);
const component = (name: string) => src(`components/${name}/cohesion-${name}.ts`);

/**
 * The library build, in two passes that write into one `dist/`:
 * - `vite build`: `dist/cohesion-alliance.js`, one file that registers all four elements (for a `<script>` tag
 *   on any site, so it makes one request before first render);
 * - `vite build --mode components`: `dist/components/<name>.js`, one entry per element, sharing their chunks.
 * Lit is bundled, so that the files work from any web server or CDN as they are. Each language's translations and
 * the feed loader are chunks loaded lazily, by relative address, from beside them.
 */
export default defineConfig(({mode}) => ({
  plugins: [minifyHTMLLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: mode !== 'components',
    minify: true,
    sourcemap: true,
    lib: {
      entry: (mode === 'components'
          ? {
              'components/join-badge': component('join-badge'),
              'components/supporter-counter': component('supporter-counter'),
              'components/declaration-summary': component('declaration-summary'),
              'components/document-picker': component('document-picker'),
            }
          : {'cohesion-alliance': src('index.ts')}) as Record<string, string>,
      formats: ['es' as const],
    },
    rolldownOptions: {
      output: {
        // Vite leaves whitespace in ES library builds; these files are served to browsers as they are.
        minify: true,
        // Each pass keeps its chunks apart (`components/` for the second), so that neither overwrites the other's.
        chunkFileNames: (chunk: {facadeModuleId: string | null}) => {
          const folder = chunk.facadeModuleId?.includes('/generated/locales/')
            ? 'locales'
            : chunk.facadeModuleId?.includes('/data/titles/')
              ? 'titles'
              : 'chunks';
          return `${mode === 'components' ? 'components/' : ''}${folder}/[name]-[hash].js`;
        },
      },
    },
  },
}));
