import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'dist-demo/', 'storybook-static/', 'src/generated/', 'demo/generated/', '**/node_modules/', 'custom-elements.json', 'test/consumers/*/{dist,.next,build,.svelte-kit,.astro,.nuxt,.output,.angular}/', 'test/consumers/*/next-env.d.ts', 'test/consumers/nuxt/dist']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: [
      '*.config.{js,mjs,ts}',
      'scripts/**',
      'bench/**',
      'test/node/**',
      'test/e2e/**',
      'test/wordpress/**',
      'wordpress/*.mjs',
      'test/server/**',
      'test/consumers/*.mjs',
      'test/consumers/*/*.config.{js,mjs}',
      'test/consumers/node/**',
      '.storybook/**',
    ],
    languageOptions: {globals: {...globals.node}},
  },
);
