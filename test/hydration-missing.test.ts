// A page whose widgets a server rendered, but whose Lit started without its hydration support (not loaded, or loaded
// after Lit): each widget shows its content once, and the page is told once what to import instead.
import {expect, waitUntil} from '@open-wc/testing';
import '../src/index.js';
import {reported} from '../src/data/log.js';

/** Server-like markup: each widget with a declarative shadow root that holds the server's content. */
const SERVER = `
  <cohesion-join-badge lang="de"><template shadowrootmode="open"><p part="base" lang="de">Vom Server</p></template></cohesion-join-badge>
  <cohesion-supporter-counter lang="de" no-animation><template shadowrootmode="open"><p part="base" lang="de">Vom Server</p></template></cohesion-supporter-counter>`;

it('a widget that finds server content it cannot hydrate renders it once, anew, and the page is told once how to import the hydration support', async () => {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const host = document.createElement('div');
  try {
    document.body.append(host);
    host.setHTMLUnsafe(SERVER);
    const widgets = [...host.children] as (HTMLElement & {updateComplete: Promise<unknown>})[];
    await waitUntil(() => widgets.every((el) => el.shadowRoot!.querySelector('[part~="base"]:not(p)')), 'rendered', {timeout: 5000});
    await Promise.all(widgets.map((el) => el.updateComplete));
    await reported();
    for (const el of widgets) {
      expect(el.shadowRoot!.textContent, el.localName).not.to.include('Vom Server');
      expect(el.shadowRoot!.querySelectorAll('[part~="base"]'), el.localName).to.have.length(1);
    }
    expect(widgets[0]!.shadowRoot!.textContent).to.include('Allianz für Kohäsionspolitik');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<cohesion-join-badge> holds content a server rendered');
    expect(warnings[0]).to.include('Import "@cohesion-alliance/widgets/hydrate"');
  } finally {
    console.warn = original;
    host.remove();
  }
});
