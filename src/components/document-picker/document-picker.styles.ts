import {css, themeStyles} from '../theme.styles.js';

// The text colour and resets come from themeStyles (on `[part~='base']`, inherited); links are underlined by default.
// The shadow tree is small and fixed, so element selectors stand for classes: `p a` is the notice's link,
// `label + div` the row of the select and the download link, `div > span` the count of languages.
export default [
  themeStyles,
  css`
    :host {
      display: block;
    }

    [part='base'] {
      display: grid;
      gap: var(--_sp);
    }

    article,
    article > div {
      display: grid;
      min-inline-size: 0;
    }

    article {
      gap: calc(var(--_sp) * 0.75);
      padding: var(--_sp);
      background: var(--_s);
      border: 1px solid var(--_bd);
      border-radius: var(--_r);
    }

    /* The headings and paragraphs lose their margins (the select and the rest have none). */
    * {
      margin: 0;
    }

    [part='title'] {
      font-size: 1.125em;
      line-height: 1.35;
      overflow-wrap: anywhere;
    }

    [part='notice'] {
      padding-block: 0.25em;
      padding-inline: 0.75em 0;
      border-inline-start: 4px solid var(--_p);
    }

    p a {
      display: inline-block;
      min-block-size: 24px;
      color: var(--_a);
      text-underline-offset: 0.15em;
    }

    [part='meta'],
    div > span {
      color: var(--_mu);
    }

    article > div {
      gap: 0.25em;
    }

    label + div {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_sp) * 0.5) calc(var(--_sp) * 0.75);
    }

    label,
    [part='download'] {
      font-weight: 600;
    }

    select,
    [part='download'] {
      min-block-size: 2.75rem;
      border-radius: calc(var(--_r) / 2);
    }

    select {
      border: 1px solid var(--_bd);
      background: var(--_s);
      max-inline-size: 100%;
      padding: 0.25em 0.5em;
      font: inherit;
      color: var(--_t);
    }

    div > span {
      font-size: 0.875em;
    }

    [part='download'] {
      display: inline-flex;
      align-items: center;
      padding: 0.5em 1em;
      border: 2px solid transparent;
      background: var(--_p);
      color: var(--_op);
      text-underline-offset: 0.2em;
    }

    [part='download']:hover {
      text-decoration-thickness: 2px;
    }

    @media (forced-colors: active) {
      [part='download'] {
        border-color: LinkText;
      }

      select {
        border-color: ButtonText;
      }
    }
  `,
];
