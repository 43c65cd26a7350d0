// When a reader first sees the document picker's title, on a throttled mobile profile: 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, the processor slowed 4×. Also the page's layout shift over that load.
export const PROFILE = {latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4};

/** Opens `url` on the throttled profile and returns when the picker's title (`title`) first painted, and the CLS. */
export async function firstTitle(browser, url, title) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  await cdp.send('Network.emulateNetworkConditions', {offline: false, ...PROFILE});
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: PROFILE.cpuSlowdown});
  await page.addInitScript((wanted) => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
    // Checked on every frame from the first: the moment the title is in the page, ready to paint.
    const check = () => {
      const root = document.querySelector('cohesion-document-picker')?.shadowRoot;
      if (root?.querySelector('[part~="title"]')?.textContent?.includes(wanted)) window.__title = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, title);
  await page.goto(url);
  await page.waitForFunction(() => window.__title !== undefined, undefined, {timeout: 60000});
  await page.waitForTimeout(1500);
  const result = await page.evaluate(() => ({title: window.__title, cls: window.__cls}));
  await context.close();
  return result;
}
