/**
 * `executeServerCommand('heap-used')`: the bytes on the test page's JavaScript heap after a full garbage collection
 * (Chromium's DevTools protocol), for tests that bound what the widgets keep alive; `false` in an engine that has no
 * such protocol here (Firefox over WebDriver BiDi, WebKit over WebDriver), where those tests skip.
 */
export function heapPlugin() {
  return {
    name: 'heap',
    async executeCommand({command, session}) {
      if (command !== 'heap-used') return undefined;
      if (session.browser.name !== 'Chrome' || typeof session.browser.getPage !== 'function') return false;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
