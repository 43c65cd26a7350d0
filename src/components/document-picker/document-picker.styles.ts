import {css} from 'lit';
import {themeStyles} from '../theme.styles.js';

export default [
  themeStyles,
  css`
    :host {
      display: block;
    }
  `,
];
