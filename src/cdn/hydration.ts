/**
 * The self-contained files' `HYDRATION` flag (see `src/components/hydration.ts`, which the build swaps for this file):
 * their own copy of Lit cannot take over server-rendered content, so the code that would is left out.
 */
export const HYDRATION: boolean = false;
