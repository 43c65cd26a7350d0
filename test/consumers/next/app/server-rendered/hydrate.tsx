'use client';

// Lit's hydration support, then the widgets.
import '@cohesion-alliance/widgets/hydrate';

export function Hydrate() {
  return null;
}
