// tsc emits declarations for .ts sources only; the Vue declarations are a .d.ts (they need Vue's types, which the
// project does not install), so the build copies them beside the generated ones.
import {copyFileSync, mkdirSync} from 'node:fs';

const root = new URL('../', import.meta.url);
mkdirSync(new URL('dist/frameworks/', root), {recursive: true});
copyFileSync(new URL('src/frameworks/vue.d.ts', root), new URL('dist/frameworks/vue.d.ts', root));
