import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import {feedMiddleware} from './test/server/feed-middleware.mjs';
import {reactEsmPlugin} from './test/server/react-esm.mjs';
import {mediaFeaturesPlugin} from './test/server/media-features.mjs';
import {heapPlugin} from './test/server/heap.mjs';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {litSsrPlugin} from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import {chromiumArgs, chromiumPath, engines, firefoxPath, startWebKitDriver, webkitCapabilities} from './test/e2e/harness.mjs';

const selected = engines();

const paths = {chromium: chromiumPath, firefox: firefoxPath};
for (const engine of ['chromium', 'firefox']) {
  if (selected.includes(engine) && !existsSync(paths[engine])) {
    console.error(`${engine} was not found at ${paths[engine]}: install it from Debian's packages (see .ci/run).`);
    process.exit(1);
  }
}

const browsers = [];
if (selected.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {executablePath: chromiumPath, headless: true, args: chromiumArgs},
      // Test files run side by side; each gets a window of its own, so that every page is visible (a background tab
      // is hidden, and widgets that wait to be seen, such as the counter, would wait for ever).
      createPage: ({context}) => context.newPage({type: 'window'}),
    }),
  );
}
if (selected.includes('firefox')) {
  // Firefox over WebDriver BiDi, through the launcher that drives Chromium, given puppeteer-core (which downloads no
  // browser) and Debian's Firefox.
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true},
      // One test file at a time: of two windows side by side only one has the focus in Firefox, and keys and
      // :focus-visible would reach the other one's page in vain.
      concurrency: 1,
      createPage: ({context}) => context.newPage({type: 'window'}),
    }),
  );
}
if (selected.includes('webkit')) {
  const driver = await startWebKitDriver();
  // WebDriver drives one top-level page: test files run one after another, each in that page.
  browsers.push(
    new (class extends WebdriverLauncher {
      concurrency = 1;
      async initialize(config) {
        await super.initialize({...config, concurrency: 1});
        this.name = 'WebKit';
      }
      async stop() {
        await super.stop();
        driver.close();
      }
    })({...driver.options, capabilities: webkitCapabilities}),
  );
}

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 3,
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
  browsers,
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
