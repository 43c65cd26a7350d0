import {expect, waitUntil} from '@open-wc/testing';
import {act} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import '../src/index.js';
import type {CohesionJoinBadgeProps} from '../src/frameworks/react.js';
import type {CohesionJoinEvent} from '../src/events/join.js';
import type {CohesionDownloadEvent} from '../src/events/download.js';
import type {CohesionDataErrorEvent} from '../src/events/data-error.js';
import {captureWarnings, feedUrl} from './support/feeds.js';

// Tells React that updates are wrapped in act(), as its testing guide asks.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const TAGS = ['cohesion-join-badge', 'cohesion-supporter-counter', 'cohesion-declaration-summary', 'cohesion-document-picker'] as const;

let container: HTMLElement;
let root: Root;

async function render(node: React.ReactNode): Promise<void> {
  await act(async () => root.render(node));
  await Promise.all(TAGS.flatMap((tag) => [...container.querySelectorAll(tag)].map((el) => el.updateComplete)));
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/gu, ' ').trim();

function one<K extends (typeof TAGS)[number]>(tag: K): HTMLElementTagNameMap[K] {
  const el = container.querySelector(tag);
  if (!el) throw new Error(`<${tag}> was not rendered`);
  return el;
}

/** The first element of a widget's shadow root that matches `selector`. */
function inside(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<${el.localName}> has no ${selector}`);
  return found;
}

describe('the widgets in React 19', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  it('renders the four widgets from JSX, with their properties set', async () => {
    await render(
      <>
        <cohesion-join-badge variant="supporter" size="l" showCount />
        <cohesion-supporter-counter categories="regions cities" notation="compact" noAnimation />
        <cohesion-declaration-summary headingLevel={3} collapsed />
        <cohesion-document-picker documents="declaration-2020" documentLang="de" whyHref="https://example.org/why" />
      </>,
    );
    const badge = one('cohesion-join-badge');
    expect([badge.variant, badge.size, badge.showCount]).to.deep.equal(['supporter', 'l', true]);
    expect(text(badge)).to.match(/12,000/);

    const counter = one('cohesion-supporter-counter');
    expect(counter.noAnimation).to.equal(true);
    expect(counter.shadowRoot!.querySelectorAll('[part~="figure"]')).to.have.length(2);

    const summary = one('cohesion-declaration-summary');
    expect(summary.headingLevel).to.equal(3);
    expect(summary.shadowRoot!.querySelector('h3')).not.to.equal(null);
    expect(summary.shadowRoot!.querySelector('details')).not.to.equal(null);

    const picker = one('cohesion-document-picker');
    expect(picker.documentLang).to.equal('de');
    expect(text(picker)).to.include(
      'Erklärung der Allianz für Kohäsionspolitik für ein von Zusammenhalt und Nachhaltigkeit geprägtes widerstandsfähiges Europa 2.0',
    );
    expect(picker.shadowRoot!.querySelectorAll('[part~="document"]')).to.have.length(1);
  });

  it('updates the widgets when React renders them again with new props', async () => {
    await render(<cohesion-document-picker documents="declaration-2020" documentLang="de" />);
    const picker = one('cohesion-document-picker');
    await render(<cohesion-document-picker documents="declaration-2020" documentLang="fr" />);
    expect(one('cohesion-document-picker')).to.equal(picker);
    expect(text(picker)).to.include(
      "Déclaration de l'Alliance pour la cohésion pour une Europe 2.0 de la cohésion, du développement durable et de la résilience",
    );

    await render(<cohesion-join-badge variant="supporter" />);
    const badge = one('cohesion-join-badge');
    const supporterText = text(badge);
    await render(<cohesion-join-badge variant="join" />);
    expect(badge.variant).to.equal('join');
    expect(text(badge)).not.to.equal(supporterText);
  });

  it('accepts the kebab-case attribute names, as server rendering writes them', async () => {
    await render(
      <>
        <cohesion-join-badge show-count />
        <cohesion-supporter-counter show-date no-animation />
        <cohesion-declaration-summary heading-level="4" />
        <cohesion-document-picker document-lang="lv" why-href="https://example.org/why" />
      </>,
    );
    expect(one('cohesion-join-badge').showCount).to.equal(true);
    expect(one('cohesion-supporter-counter').showDate).to.equal(true);
    expect(one('cohesion-supporter-counter').noAnimation).to.equal(true);
    expect(one('cohesion-declaration-summary').shadowRoot!.querySelector('h4')).not.to.equal(null);
    expect(one('cohesion-document-picker').documentLang).to.equal('lv');
    expect(text(one('cohesion-document-picker'))).to.include('Debates par kohēzijas politikas nākotni sākas jau tagad!');
  });

  it('passes className, style and ref through to the element', async () => {
    const ref: {current: HTMLElementTagNameMap['cohesion-join-badge'] | null} = {current: null};
    await render(<cohesion-join-badge ref={ref} className="site-badge" style={{marginTop: '7px'}} />);
    const badge = one('cohesion-join-badge');
    expect(ref.current).to.equal(badge);
    expect(badge.classList.contains('site-badge')).to.equal(true);
    expect(badge.style.marginTop).to.equal('7px');
  });

  it('receives cohesion-join through oncohesion-join, whose handler can keep the browser on the page', async () => {
    const seen: CohesionJoinEvent[] = [];
    const onJoin: CohesionJoinBadgeProps['oncohesion-join'] = (event) => {
      event.preventDefault();
      seen.push(event);
    };
    await render(<cohesion-join-badge variant="supporter" oncohesion-join={onJoin} />);
    const address = location.href;
    inside(one('cohesion-join-badge'), 'a').click();
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.variant).to.equal('supporter');
    expect(seen[0]!.detail.href).to.match(/^https:\/\/cor\.europa\.eu\/en\//);
    expect(location.href).to.equal(address);
  });

  it('replaces and removes event handlers as React re-renders', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const cancel = (log: string[]) => (event: CohesionJoinEvent) => {
      event.preventDefault();
      log.push(event.type);
    };
    await render(<cohesion-join-badge oncohesion-join={cancel(first)} />);
    await render(<cohesion-join-badge oncohesion-join={cancel(second)} />);
    inside(one('cohesion-join-badge'), 'a').click();
    expect([first, second]).to.deep.equal([[], ['cohesion-join']]);

    await render(<cohesion-join-badge />);
    const stay = (event: Event) => event.preventDefault();
    one('cohesion-join-badge').addEventListener('cohesion-join', stay);
    inside(one('cohesion-join-badge'), 'a').click();
    expect(second).to.have.length(1);
    one('cohesion-join-badge').removeEventListener('cohesion-join', stay);
  });

  it('receives cohesion-download through oncohesion-download, with the document and language', async () => {
    const seen: CohesionDownloadEvent[] = [];
    await render(
      <cohesion-document-picker
        documents="debate-2022"
        documentLang="de"
        oncohesion-download={(event) => {
          event.preventDefault();
          seen.push(event);
        }}
      />,
    );
    const address = location.href;
    inside(one('cohesion-document-picker'), '[part~="download"]').click();
    expect(seen).to.have.length(1);
    expect([seen[0]!.detail.documentId, seen[0]!.detail.lang]).to.deep.equal(['debate-2022', 'de']);
    expect(location.href).to.equal(address);
  });

  it('receives cohesion-data-error through oncohesion-data-error when a feed fails', async () => {
    const seen: CohesionDataErrorEvent[] = [];
    const src = feedUrl({status: 500});
    const warnings = await captureWarnings(async () => {
      await render(<cohesion-supporter-counter src={src} noAnimation oncohesion-data-error={(event) => seen.push(event)} />);
      await waitUntil(() => seen.length > 0, 'no cohesion-data-error');
    });
    expect(warnings.join('\n')).to.include('HTTP 500');
    expect(seen[0]!.detail.src).to.equal(src);
    expect(text(one('cohesion-supporter-counter'))).to.match(/12,000/);
  });
});
