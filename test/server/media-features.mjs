/**
 * A test-runner command that emulates CSS media features through the Chrome DevTools Protocol, including
 * `forced-colors`, which the stock `emulateMedia` command does not pass on to Chromium.
 * In a test: `await executeServerCommand('emulate-media-features', [{name: 'forced-colors', value: 'active'}])`.
 */
const clients = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // Emulation lasts as long as the DevTools session that set it, so keep one per page.
      let client = clients.get(page);
      if (!client) {
        client = await page.createCDPSession();
        clients.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', {features: Array.isArray(payload) ? payload : []});
      return true;
    },
  };
}
