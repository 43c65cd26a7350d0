import {html} from 'lit';
import {msg} from '@lit/localize';
import {CohesionElement} from '../cohesion-element.js';
import styles from './declaration-summary.styles.js';

/**
 * @summary Placeholder.
 */
export class CohesionDeclarationSummary extends CohesionElement {
  static override styles = styles;

  override render() {
    return html`<div part="base">${msg('#CohesionAlliance')}</div>`;
  }
}
