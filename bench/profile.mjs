// `node bench/profile.mjs [page]`: where the processor's time goes on the throttled phone profile, from the page's
// start until the picker's German title shows, for the bare tag (`bare`, default) or the configurator's snippet
// (`snippet`): the functions with the most self time, and the time in style, layout and the parser. Needs the demo
// built (`npm run build:demo`).
import {join} from 'node:path';
import {launch, root, serve} from '../test/e2e/harness.mjs';
import {PROFILE} from './first-content.mjs';
import {germanTitle} from '../test/consumers/consumers.mjs';

const which = process.argv[2] ?? 'bare';
const title = germanTitle('debate-2022');
const body = '<cohesion-document-picker documents="debate-2022 declaration-2020" heading-level="2"></cohesion-document-picker>';
const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Profil</title><script type="module" src="/cohesion-alliance.js"></script>
${which === 'snippet' ? '<link rel="modulepreload" href="/locales/de.js">' : ''}</head><body><main><h1>Unsere Region</h1>${body}</main></body></html>`;
const site = await serve(join(root, 'dist-demo'), {routes: {'/profile.html': (req, res) => res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(html)}});
const browser = await launch();
const context = await browser.newContext({viewport: {width: 412, height: 915}, isMobile: true, deviceScaleFactor: 2.625});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
await cdp.send('Network.emulateNetworkConditions', {offline: false, ...PROFILE});
await cdp.send('Emulation.setCPUThrottlingRate', {rate: PROFILE.cpuSlowdown});
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', {interval: 100});
const events = [];
cdp.on('Tracing.dataCollected', ({value}) => events.push(...value));
await cdp.send('Tracing.start', {categories: 'devtools.timeline', transferMode: 'ReportEvents'});
await cdp.send('Profiler.start');
await page.goto(`${site.origin}/profile.html`);
await page.waitForFunction(
  (t) => document.querySelector('cohesion-document-picker').shadowRoot?.querySelector('[part~="title"]')?.textContent.includes(t),
  title,
  {polling: 'raf', timeout: 60000},
);
const {profile} = await cdp.send('Profiler.stop');
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.end');
await traced;
await browser.close();
await site.close();

// Self time per function, from the samples.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const {functionName, url, lineNumber, columnNumber} = byId.get(id).callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}:${columnNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
console.log(`\n## ${which}: self time by function (ms, ×${PROFILE.cpuSlowdown} throttled)\n`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);

// Main-thread work by kind, from the timeline.
const kinds = new Map();
for (const event of events) {
  if (event.ph !== 'X' || !event.dur) continue;
  if (['UpdateLayoutTree', 'Layout', 'ParseHTML', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'Paint', 'ParseAuthorStyleSheet', 'v8.compile', 'RunMicrotasks'].includes(event.name)) {
    kinds.set(event.name, (kinds.get(event.name) ?? 0) + event.dur / 1000);
  }
}
console.log('\n## main-thread work by kind (ms, nested events counted in each)\n');
for (const [name, ms] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
