import {basename, resolve} from 'node:path';
import {defineConfig, type Plugin} from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';
import {minify} from 'terser';
import {clobberSafe, litWithoutDecorators} from './scripts/vite-clobber-safe.js';
import {languageFiles} from './scripts/vite-language-files.js';

/**
 * The modules loaded lazily (the feed loader, the reader of an element's own links) get their own copies of the
 * small helpers they share with the entry, instead of importing them from it: a lazy chunk that imports the entry
 * by its bare address would run a second copy of it on a page that loads the entry with a query string
 * (`cohesion-alliance.js?ver=2`, as CMSs write it).
 */
function lazyCopies(): Plugin {
  const LAZY = /\/src\/data\/(feed-loader|light-dom)\.ts$|\?lazy-copy$/;
  return {
    name: 'cohesion:lazy-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !LAZY.test(importer) || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer.replace(/\?lazy-copy$/, ''), {...options, skipSelf: true});
      return resolved && !resolved.external ? `${resolved.id}?lazy-copy` : null;
    },
  };
}

/**
 * The translations and the document titles are loaded through maps written out in full in the source, one entry
 * per language, so that the bundler emits a chunk for each. In the built files such a map
 * (`{bg: () => import("./locales/bg.js"), ...}`) is rewritten as one loader over the list of its keys, with the
 * same addresses: 46 entries cost a page about 250 bytes. A map that is not exactly of that shape is left alone.
 */
function compactLoaderMaps(): Plugin {
  const ENTRY = String.raw`([a-z]{2,3})\s*:\s*\(\)\s*=>\s*import\(\s*(["'\x60])([./\w-]+\/)\1\.js\2\s*\)`;
  const MAP = new RegExp(String.raw`\{\s*${ENTRY}(?:\s*,\s*${ENTRY.replaceAll('\\1', '\\4').replaceAll('\\2', '\\5')})*\s*,?\s*\}`, 'g');
  const entry = new RegExp(ENTRY, 'g');
  return {
    name: 'cohesion:compact-loader-maps',
    renderChunk(code) {
      const magic = new MagicString(code);
      for (const match of code.matchAll(MAP)) {
        const entries = [...match[0].matchAll(entry)];
        const prefixes = new Set(entries.map((e) => e[3]));
        if (entries.length < 4 || prefixes.size !== 1) continue;
        const [prefix] = prefixes;
        const keys = entries.map((e) => e[1]).join(' ');
        magic.overwrite(
          match.index,
          match.index + match[0].length,
          `Object.fromEntries(${JSON.stringify(keys)}.split(" ").map((l) => [l, () => import(\`${prefix}\${l}.js\`)]))`,
        );
      }
      return magic.hasChanged() ? {code: magic.toString(), map: magic.generateMap({hires: true})} : null;
    },
  };
}

/**
 * A second, closer minification of each built file with terser, after the bundler's own: it shortens what the first
 * pass leaves (such as the bundler's notes on pure calls and repeated property reads), about 1% of each file
 * gzipped. The source maps are carried through.
 */
function terserPass(): Plugin {
  let library = false;
  return {
    name: 'cohesion:terser-pass',
    apply: 'build',
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    async generateBundle(_options, bundle) {
      if (!library) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const map = bundle[`${chunk.fileName}.map`];
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: {passes: 2},
          format: {comments: false},
          sourceMap: map?.type === 'asset' ? {content: String(map.source), url: `${basename(chunk.fileName)}.map`} : false,
        });
        chunk.code = result.code!;
        if (map?.type === 'asset') map.source = String(result.map);
      }
    },
  };
}

/**
 * The files that register the tags are the entries' side effects. The package's `sideEffects` names them as they
 * ship (`dist/…/*.js`), which does not match their sources here, so the build marks the sources itself.
 */
function registrationsKept(): Plugin {
  const REGISTERS = /\/src\/(index|components\/[\w-]+\/cohesion-[\w-]+)\.ts$/;
  return {
    name: 'cohesion:registrations-kept',
    transform(code, id) {
      return REGISTERS.test(id) ? {code, map: null, moduleSideEffects: true} : null;
    },
  };
}

/**
 * The self-contained files bundle their own copy of Lit, which Lit's hydration support cannot reach, so the code
 * that takes over server-rendered content is left out of them (`HYDRATION` is false there).
 */
function noHydration(): Plugin {
  return {
    name: 'cohesion:no-hydration',
    enforce: 'pre',
    transform(_code, id) {
      return /\/src\/components\/hydration\.ts$/.test(id) ? {code: 'export const HYDRATION = false;', map: null} : null;
    },
  };
}

const src = (path: string) => resolve(import.meta.dirname, 'src', path);
const component = (name: string) => src(`components/${name}/cohesion-${name}.ts`);

/**
 * The self-contained files for a `<script>` tag (a CDN, or a copy on any web server), in two passes that write into
 * `dist/cdn/`:
 * - `vite build`: `dist/cdn/cohesion-alliance.js` (from `src/self-contained.ts`), one file that registers all four
 *   elements;
 * - `vite build --mode components`: `dist/cdn/components/<name>.js`, one entry per element, sharing their chunks.
 * Lit is bundled, so that the files work from any web server or CDN as they are. Each language's file (see
 * `scripts/vite-language-files.ts`: translations, English included, and titles) and the feed loader are chunks
 * loaded lazily, by relative address, from beside them: a page loads the entry, then its language's file. (Bundlers and Node get the ES
 * modules that `tsc -p tsconfig.build.json` writes into `dist/`, with bare imports of `lit`.)
 *
 * No source maps: the package ships the readable ES modules the self-contained files are built from.
 */
export default defineConfig(({mode}) => ({
  plugins: [registrationsKept(), noHydration(), languageFiles(), minifyHTMLLiterals(), litWithoutDecorators(), clobberSafe(), lazyCopies(), compactLoaderMaps(), terserPass()],
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: mode !== 'components',
    minify: true,
    sourcemap: false,
    lib: {
      entry: (mode === 'components'
          ? {
              'components/join-badge': component('join-badge'),
              'components/supporter-counter': component('supporter-counter'),
              'components/declaration-summary': component('declaration-summary'),
              'components/document-picker': component('document-picker'),
            }
          : {'cohesion-alliance': src('self-contained.ts')}) as Record<string, string>,
      formats: ['es' as const],
    },
    rolldownOptions: {
      // Lets the entry also export what its lazy chunks share with it, so that it is one file before first render.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Vite leaves whitespace in ES library builds; these files are served to browsers as they are.
        minify: true,
        // Each pass keeps its chunks apart (`components/` for the second), so that neither overwrites the other's.
        // A language's translations, titles and month names are named by the language alone (`locales/fr.js`): the
        // entry lists 47 of them, and a release's files are addressed by its version, so they need no content hash.
        chunkFileNames: (chunk: {facadeModuleId: string | null}) => {
          const id = chunk.facadeModuleId ?? '';
          const base = mode === 'components' ? 'components/' : '';
          if (id.includes('/generated/locales/')) return `${base}locales/[name].js`;
          if (id.includes('/data/titles/')) return `${base}titles/[name].js`;
          if (id.includes('/i18n/dates/')) return `${base}dates/[name].js`;
          return `${base}chunks/[name]-[hash].js`;
        },
      },
    },
  },
}));
