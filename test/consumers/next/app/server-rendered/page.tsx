import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '@cohesion-alliance/widgets';
import {preloadLanguages} from '@cohesion-alliance/widgets/server';
import {Hydrate} from './hydrate';

// A server component: Lit's server renderer writes the widgets' content into the page's HTML (declarative shadow
// DOM), which React passes on as it is; in the browser, <Hydrate> loads the widgets, which take it over.
export default async function Page() {
  await preloadLanguages(['de']);
  const widgets = await collectResult(
    render(html`
      <cohesion-join-badge lang="de" show-count></cohesion-join-badge>
      <cohesion-supporter-counter lang="de"></cohesion-supporter-counter>
      <cohesion-declaration-summary lang="de" heading-level="2"></cohesion-declaration-summary>
      <cohesion-document-picker lang="de" documents="debate-2022" heading-level="2"></cohesion-document-picker>
    `),
  );
  return (
    <main>
      <h1>Unsere Region</h1>
      <div dangerouslySetInnerHTML={{__html: widgets}} />
      <Hydrate />
    </main>
  );
}
