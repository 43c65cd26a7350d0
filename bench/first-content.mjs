// When a reader first sees the document picker's title, on a throttled mobile profile: 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, the processor slowed 4×. Also the page's layout shift over that load, and the round
// trips after the HTML that the page waited for.
export const PROFILE = {latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4};

/**
 * Opens `url` on the throttled profile and returns, in ms from the navigation's start, when the picker's title
 * (`title`) was first in the page anywhere (`first`: the fallback content inside the tag counts) and in the upgraded
 * widget (`title`); the layout shift; and the round trips after the HTML before the title: the longest chain of
 * requests, each made by the file before it, that ended before it showed.
 */
export async function firstTitle(browser, url, title) {
  const context = await browser.newContext({viewport: {width: 412, height: 915}, isMobile: true, deviceScaleFactor: 2.625});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({requestId, request, initiator, type}) => {
    const by = initiator.url ?? initiator.stack?.callFrames?.[0]?.url ?? initiator.stack?.parent?.callFrames?.[0]?.url;
    requests.set(requestId, {url: request.url.split('#')[0], by, document: type === 'Document'});
  });
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
      const picker = document.querySelector('cohesion-document-picker');
      const root = picker?.shadowRoot;
      const upgraded = root?.querySelector('[part~="title"]')?.textContent?.includes(wanted);
      // Before the upgrade, what the tag holds shows (unless a shadow root without a slot hides it).
      if (window.__first === undefined && (upgraded || (!root && picker?.textContent?.includes(wanted)))) window.__first = performance.now();
      if (upgraded) window.__title = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, title);
  await page.goto(url);
  await page.waitForFunction(() => window.__title !== undefined, undefined, {timeout: 60000});
  // The requests made by the time the title showed (the pages measured make no others before it).
  const made = [...requests.values()];
  await page.waitForTimeout(1500);
  const result = await page.evaluate(() => ({first: window.__first, title: window.__title, cls: window.__cls}));
  await context.close();
  return {...result, roundTrips: roundTrips(made)};
}

/**
 * The longest chain of script requests after the page's HTML, each made by the file of the one before it; a request
 * made by the page (its HTML, a preload) starts a chain.
 */
function roundTrips(requests) {
  const depth = new Map();
  const documentUrl = requests.find((r) => r.document)?.url;
  const depthOf = (request, seen = new Set()) => {
    if (request.document) return 0;
    if (depth.has(request)) return depth.get(request);
    const parent = requests.find((r) => r.url === request.by && !seen.has(r));
    seen.add(request);
    const value = 1 + (parent && parent.url !== documentUrl ? depthOf(parent, seen) : 0);
    depth.set(request, value);
    return value;
  };
  return Math.max(0, ...requests.filter((r) => !r.document && r.url.endsWith('.js')).map((r) => depthOf(r)));
}
