/**
 * Whether the widgets may take over content a server rendered into them (Lit's hydration). True in the ES modules;
 * the self-contained files, whose own copy of Lit cannot hydrate, are built with `false` and leave the code out.
 */
export const HYDRATION: boolean = true;
