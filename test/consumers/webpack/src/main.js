// A plain webpack entry that uses Lit itself and the widgets: the page must run one copy of Lit.
import '@cohesion-alliance/widgets';
import {LitElement, html} from 'lit';

class AppTitle extends LitElement {
  render() {
    return html`<h1>Unsere Region</h1>`;
  }
}
customElements.define('app-title', AppTitle);

const joined = document.querySelector('#joined');
document.querySelector('cohesion-join-badge').addEventListener('cohesion-join', (event) => {
  event.preventDefault();
  joined.textContent = String(Number(joined.textContent) + 1);
});
