import {basename, resolve} from 'node:path';
import {defineConfig, type Plugin} from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/**
 * The modules loaded lazily (the feed loader, a language's file) get their own copies of what they import, instead
 * of importing it from the entry: a lazy chunk that imports the entry by its bare address would run a second copy of
 * it on a page that loads the entry with a query string (`cohesion-alliance.js?ver=2`, as CMSs write it), and a
 * language's file that imported another file (the titles it shares with the `titles/` files) would make a page wait
 * for two files in a row. The copies are the same modules under another id; no code is rewritten.
 */
function lazyCopies(): Plugin {
  const LAZY = /\/src\/(?:data\/feed-loader|components\/restyle|cdn\/locales\/[a-z]+)\.ts$/;
  const COPY = /\?lazy-copy=([\w-]+)$/;
  return {
    name: 'cohesion:lazy-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(source.startsWith('.') || source.startsWith('@lit/localize'))) return null;
      // Each lazy module's copies are its own (named after it), so that no two of them share a chunk.
      const owner = COPY.exec(importer)?.[1] ?? (LAZY.test(importer) ? basename(importer, '.ts') : undefined);
      if (!owner) return null;
      // lit-localize's language modules import only its `str` tag from its main module.
      const wanted = source === '@lit/localize' ? '@lit/localize/internal/str-tag.js' : source;
      const resolved = await this.resolve(wanted, importer.replace(COPY, ''), {...options, skipSelf: true});
      return resolved && !resolved.external ? `${resolved.id}?lazy-copy=${owner}` : null;
    },
  };
}

/**
 * The self-contained files for a `<script>` tag (a CDN, or a copy on any web server): Vite's library build, with
 * Lit's minifier of its templates. Two passes write into `dist/cdn/`:
 * - `vite build`: `dist/cdn/cohesion-alliance.js` (from `src/cdn/cohesion-alliance.ts`), which registers all four
 *   elements;
 * - `vite build --mode components`: `dist/cdn/components/<name>.js` (from `src/cdn/components/`), one entry per
 *   element, sharing their chunks.
 * Lit is bundled, so that the files work from any web server or CDN as they are. What these files do differently
 * from the ES modules is in `src/cdn/`: their entries register the tags once the page's language file is there, and
 * two modules stand in for the ES modules' (the aliases below). A page loads the entry, then its language's file
 * (`locales/<lang>.js`: translations, document titles and month names), and the feed loader only where a widget has a
 * feed. (Bundlers and Node get the ES modules that `tsc -p tsconfig.build.json` writes into `dist/`, with bare
 * imports of `lit`.)
 *
 * No source maps: the package ships the readable ES modules the self-contained files are built from.
 */
export default defineConfig(({mode}) => ({
  plugins: [minifyHTMLLiterals(), lazyCopies()],
  resolve: {
    alias: [
      // The bundled copy of Lit cannot take over server-rendered content: the code that would is left out.
      {find: /^\.{1,2}\/hydration\.js$/, replacement: src('cdn/hydration.ts')},
      // One file per language, with its titles and month names.
      {find: /^\.\/language-files\.js$/, replacement: src('cdn/language-files.ts')},
    ],
  },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: mode !== 'components',
    minify: true,
    sourcemap: false,
    lib: {
      entry: (mode === 'components'
          ? Object.fromEntries(
              ['join-badge', 'supporter-counter', 'declaration-summary', 'document-picker'].map((name) => [
                `components/${name}`,
                src(`cdn/components/${name}.ts`),
              ]),
            )
          : {'cohesion-alliance': src('cdn/cohesion-alliance.ts')}) as Record<string, string>,
      formats: ['es' as const],
    },
    rolldownOptions: {
      // Lets the entry also export what its lazy chunks share with it, so that it is one file before first render.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Vite leaves whitespace in ES library builds; these files are served to browsers as they are.
        minify: true,
        // Each pass keeps its chunks apart (`components/` for the second), so that neither overwrites the other's.
        // A language's file is named by the language alone (`locales/fr.js`): the entry lists them, and a release's
        // files are addressed by its version, so they need no content hash.
        chunkFileNames: (chunk: {facadeModuleId: string | null}) => {
          const id = chunk.facadeModuleId ?? '';
          const base = mode === 'components' ? 'components/' : '';
          if (id.includes('/cdn/locales/')) return `${base}locales/[name].js`;
          if (id.includes('/data/titles/')) return `${base}titles/[name].js`;
          return `${base}chunks/[name]-[hash].js`;
        },
      },
    },
  },
}));
