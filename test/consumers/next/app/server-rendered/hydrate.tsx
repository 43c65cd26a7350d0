'use client';

// Lit's hydration support must load before the widgets.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@cohesion-alliance/widgets';

export function Hydrate() {
  return null;
}
