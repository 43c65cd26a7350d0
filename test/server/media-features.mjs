/**
 * Test-runner commands for what the stock commands do in one engine only:
 * - `emulate-media-features` emulates CSS media features (`prefers-color-scheme`, `prefers-reduced-motion`, and
 *   `forced-colors`, which the stock `emulateMedia` does not pass on) through the Chrome DevTools Protocol. Firefox,
 *   driven over WebDriver BiDi, and WebKit, driven over WebDriver, offer no command to emulate media features: there it
 *   answers `false`, and the test that needs it says so and skips (test/support/media.ts).
 * - `resize-viewport` sets the viewport's size in every engine: WebKit's WebDriver by the window's size.
 * - `press-chord` presses keys together (Shift+Tab) in every engine: the stock `sendKeys` cannot hold a key down over
 *   WebDriver.
 */
const clients = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command === 'emulate-media-features') {
        if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
        const page = session.browser.getPage(session.id);
        // Emulation lasts as long as the DevTools session that set it, so keep one per page.
        let client = clients.get(page);
        if (!client) {
          client = await page.createCDPSession();
          clients.set(page, client);
        }
        await client.send('Emulation.setEmulatedMedia', {features: Array.isArray(payload) ? payload : []});
        return true;
      }
      if (command === 'resize-viewport') {
        const {width, height} = payload;
        if (session.browser.type === 'puppeteer') {
          await session.browser.getPage(session.id).setViewport({width, height});
        } else {
          await session.browser.driver.setWindowSize(width, height);
        }
        return true;
      }
      if (command === 'press-chord') {
        const {keys} = payload;
        if (session.browser.type === 'puppeteer') {
          const {keyboard} = session.browser.getPage(session.id);
          for (const key of keys.slice(0, -1)) await keyboard.down(key);
          await keyboard.press(keys.at(-1));
          for (const key of keys.slice(0, -1).reverse()) await keyboard.up(key);
        } else {
          // webdriverio holds the modifier keys down until the last key, then releases them all.
          await session.browser.driver.keys(keys);
        }
        return true;
      }
      return undefined;
    },
  };
}
