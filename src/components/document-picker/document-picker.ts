import {html} from 'lit';
import {msg} from '@lit/localize';
import {CohesionElement} from '../cohesion-element.js';
import styles from './document-picker.styles.js';

/**
 * @summary Placeholder.
 */
export class CohesionDocumentPicker extends CohesionElement {
  static override styles = styles;

  override render() {
    return html`<div part="base">${msg('#CohesionAlliance')}</div>`;
  }
}
