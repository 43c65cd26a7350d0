/** How long the count-up lasts. */
export const COUNT_UP_MS = 1200;

/** Fast at first, slowing as it nears the final figure, so that the last digits settle rather than stop dead. */
export function easeOut(t: number): number {
  return 1 - (1 - t) ** 3;
}

/**
 * Calls `frame` once per animation frame with the eased progress, from 0 to exactly 1 after `COUNT_UP_MS`, then
 * stops. Returns a function that stops it early.
 */
export function countUp(frame: (progress: number) => void): () => void {
  let start: number | undefined;
  let id = requestAnimationFrame(function step(now: number) {
    start ??= now;
    const t = Math.min(1, (now - start) / COUNT_UP_MS);
    frame(easeOut(t));
    if (t < 1) id = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(id);
}

/** The figure to show at `progress` (0 to 1, as `countUp` gives it) of a count-up to `value`. */
export function countedValue(value: number, progress: number): number {
  return Math.round(value * progress);
}
