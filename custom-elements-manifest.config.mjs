import {posix} from 'node:path';

/**
 * The manifest describes the shipped modules: `src/x.ts` is `dist/x.js` in the package, and a module named
 * relative to another (a re-export) is named from the package's root like the others.
 */
function shippedPaths() {
  const rewrite = (value, from) =>
    (value.startsWith('.') ? posix.join(posix.dirname(from), value) : value).replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  const walk = (node, from) => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, from));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = rewrite(value, from);
      else walk(value, from);
    }
  };
  return {
    name: 'cohesion-shipped-paths',
    packageLinkPhase: ({customElementsManifest}) => {
      for (const module of customElementsManifest.modules) walk(module, module.path);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [shippedPaths()],
};
