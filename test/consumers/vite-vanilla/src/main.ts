// An app that uses Lit itself and the widgets: the page must run one copy of Lit.
import '@cohesion-alliance/widgets';
import {LitElement, html} from 'lit';

class AppTitle extends LitElement {
  override render() {
    return html`<h1>Unsere Region</h1>`;
  }
}
customElements.define('app-title', AppTitle);
