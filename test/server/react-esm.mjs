import {execFileSync} from 'node:child_process';
import process from 'node:process';
import {build} from 'esbuild';

// React 19 ships CommonJS only, which browsers cannot import. This plugin of the test server bundles the React
// entry points the tests import into ES modules, once, with one shared copy of React behind all of them.
const ENTRIES = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const PREFIX = '/__react-esm/';
const fileName = (entry) => `${entry.replaceAll('/', '__')}.js`;

/** Each entry's named exports, read in a separate Node process: React's development build inspects `console`. */
function exportNames() {
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(ENTRIES)}.map((e) => [e, Object.keys(require(e))]))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], {cwd: process.cwd(), encoding: 'utf8'}));
}

async function bundle() {
  const exported = exportNames();
  const result = await build({
    entryPoints: ENTRIES.map((entry) => ({in: `react-esm:${entry}`, out: fileName(entry).slice(0, -3)})),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/out',
    define: {'process.env.NODE_ENV': '"development"'},
    logLevel: 'silent',
    plugins: [
      {
        name: 'react-esm-entries',
        setup(esbuild) {
          esbuild.onResolve({filter: /^react-esm:/}, ({path}) => ({path: path.slice('react-esm:'.length), namespace: 'react-esm'}));
          // Each entry re-exports the CommonJS module's named exports, so that `import {useState} from 'react'` works.
          esbuild.onLoad({filter: /.*/, namespace: 'react-esm'}, ({path}) => {
            const names = exported[path].filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
            return {
              contents: `import m from ${JSON.stringify(path)};\nexport default m;\nexport const {${names.join(', ')}} = m;\n`,
              resolveDir: process.cwd(),
              loader: 'js',
            };
          });
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path.slice('/out/'.length), file.text]));
}

export function reactEsmPlugin() {
  let files;
  return {
    name: 'react-esm',
    resolveImport({source}) {
      if (ENTRIES.includes(source)) return `${PREFIX}${fileName(source)}`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      files ??= bundle();
      const body = (await files).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : {body, type: 'js'};
    },
  };
}
