// The image badges on the demo site, beside the library, as a release puts them: built into `badges/` of the
// demo's output, and served from a scratch folder by the development server.
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {buildBadges} from './build.mjs';

const TYPES = {'.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json'};

/** A Vite plugin that writes the badges into `${outDir}/badges` after a build and serves them in development. */
export function imageBadges(outDir) {
  let command = 'serve';
  let scratch;
  const folder = () =>
    (scratch ??= (async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cohesion-demo-badges-'));
      await buildBadges(dir);
      return resolve(dir);
    })());
  return {
    name: 'cohesion-image-badges',
    configResolved(config) {
      command = config.command;
    },
    configureServer(server) {
      server.middlewares.use('/badges/', async (request, response, next) => {
        const dir = await folder();
        const file = normalize(join(dir, decodeURIComponent(new URL(request.url, 'http://localhost').pathname)));
        if (!file.startsWith(dir + sep) || !existsSync(file)) return next();
        response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
    async closeBundle() {
      if (command === 'build') await buildBadges(join(outDir, 'badges'));
    },
  };
}
