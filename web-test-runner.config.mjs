import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {feedMiddleware} from './test/server/feed-middleware.mjs';
import {reactEsmPlugin} from './test/server/react-esm.mjs';
import {mediaFeaturesPlugin} from './test/server/media-features.mjs';
import {heapPlugin} from './test/server/heap.mjs';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {litSsrPlugin} from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import {chromiumArgs, chromiumPath as executablePath} from './test/e2e/harness.mjs';

if (!existsSync(executablePath)) {
  console.error(
    `Chromium was not found at ${executablePath}.\n` +
      'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  testFramework: {config: {timeout: 20000}},
  middleware: [feedMiddleware],
  plugins: [
    esbuildPlugin({ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    reactEsmPlugin(),
    mediaFeaturesPlugin(),
    heapPlugin(),
    a11ySnapshotPlugin(),
    // Renders the fixtures of the server-rendering tests in Node, from the same TypeScript sources.
    litSsrPlugin({workerInitModules: ['./test/ssr/register-ts.mjs']}),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath, headless: true, args: chromiumArgs},
      // Test files run side by side; each gets a window of its own, so that every page is visible (a background tab
      // is hidden, and widgets that wait to be seen, such as the counter, would wait for ever).
      createPage: ({context}) => context.newPage({type: 'window'}),
    }),
  ],
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
