// What a page that embeds the self-contained files really downloads: the script files Chromium fetches until every
// widget shows its content (the picker its document titles), each gzipped as a server would send it.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const WIDGETS = `<cohesion-join-badge variant="supporter" show-count></cohesion-join-badge>
<cohesion-supporter-counter no-animation></cohesion-supporter-counter>
<cohesion-declaration-summary></cohesion-declaration-summary>
<cohesion-document-picker></cohesion-document-picker>`;

/** A page in `lang` with all four widgets, loading `script` (an address on the server of the built files). */
export const widgetPage = (lang, script) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script></head><body>${WIDGETS}</body></html>`;

/**
 * Opens `url` and returns the script files it fetched (paths below `prefix`, the address of `dir` on the server)
 * by the time all four widgets have rendered, with their gzipped sizes read from `dir`, and what the widgets show.
 */
export async function pageWeight(browser, url, {dir, prefix}) {
  const page = await browser.newPage();
  const fetched = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(prefix) && path.endsWith('.js')) fetched.push(path.slice(prefix.length));
  });
  await page.goto(url);
  await page.waitForFunction(
    () =>
      ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'].every(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part]'),
      ) && document.querySelector('cohesion-document-picker').shadowRoot.querySelectorAll('[part~="title"]').length > 0,
    undefined,
    {timeout: 15000},
  );
  // What the widgets show, for a test to check that these files were all they needed.
  const texts = await page.evaluate(() => {
    const text = (tag, part) => document.querySelector(tag).shadowRoot.querySelector(`[part~="${part}"]`)?.textContent.trim();
    return {
      label: text('cohesion-join-badge', 'label'),
      count: text('cohesion-join-badge', 'count'),
      heading: text('cohesion-declaration-summary', 'heading'),
      title: text('cohesion-document-picker', 'title'),
    };
  });
  await page.close();
  const files = [...new Set(fetched)].map((file) => ({file, gzip: gzipSync(readFileSync(join(dir, file)), {level: 9}).length}));
  return {files, gzip: files.reduce((sum, {gzip}) => sum + gzip, 0), texts};
}
