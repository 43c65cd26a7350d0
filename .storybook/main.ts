import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

/**
 * The stories import the sources that register the tags (`src/index.ts`, `src/components/<name>/cohesion-<name>.ts`) for their
 * side effect. The package's `sideEffects` names these files as they ship (`dist/…`), not their sources, so this
 * build is told that they have one, or it would leave them out.
 */
function registrationsKept(): Plugin {
  const REGISTERS = /\/src\/(index|components\/[\w-]+\/cohesion-[\w-]+)\.ts$/;
  return {
    name: 'cohesion:registrations-kept',
    transform: (code, id) => (REGISTERS.test(id) ? {code, map: null, moduleSideEffects: true} : null),
  };
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Example feeds for the stories, served beside the stories at ./fixtures/.
  staticDirs: [{from: '../stories/fixtures', to: '/fixtures'}],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  docs: {defaultName: 'Docs'},
  viteFinal: (config) => ({
    ...config,
    // The library build minifies the widgets' templates; here the stories' markup stays as written, for the
    // docs' code samples.
    plugins: [
      ...(config.plugins ?? []).flat().filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'minify-html-literals')),
      registrationsKept(),
    ],
    optimizeDeps: {
      ...config.optimizeDeps,
      // Storybook's renderer imports lit/directive-helpers.js; pre-bundled with the rest of Lit, the dev server
      // loads one copy of Lit instead of two.
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
    // Storybook's own preview bundle is large; the widgets' size is measured by the library build, not here.
    build: {...config.build, chunkSizeWarningLimit: 2000},
  }),
};

export default config;
