import {executeServerCommand} from '@web/test-runner-commands';

export interface MediaFeature {
  name: 'forced-colors' | 'prefers-color-scheme' | 'prefers-reduced-motion' | 'prefers-contrast';
  value: string;
}

/**
 * Emulates CSS media features (`forced-colors: active`, …) for this test page; call with `[]` to reset. Resolves
 * `false` in an engine the runner cannot emulate them in: Firefox (WebDriver BiDi) and WebKit (WebDriver) have no
 * command for it (test/server/media-features.mjs).
 */
export function emulateMediaFeatures(features: MediaFeature[]): Promise<boolean> {
  return executeServerCommand('emulate-media-features', features) as Promise<boolean>;
}

/** A reader's colour scheme and motion preference, as the stock `emulateMedia` takes them; see `emulateMediaFeatures`. */
export function emulateMedia({colorScheme, reducedMotion}: {colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference'}): Promise<boolean> {
  return emulateMediaFeatures([
    ...(colorScheme ? [{name: 'prefers-color-scheme', value: colorScheme} as const] : []),
    ...(reducedMotion ? [{name: 'prefers-reduced-motion', value: reducedMotion} as const] : []),
  ]);
}

/**
 * For a test about a reader's media preference: emulates it, or skips the test in an engine where the runner cannot
 * emulate media features (Firefox and WebKit, see `emulateMediaFeatures`); what the test checks there is checked in
 * Chromium.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Parameters<typeof emulateMedia>[0] | MediaFeature[]): Promise<void> {
  const emulated = Array.isArray(media) ? await emulateMediaFeatures(media) : await emulateMedia(media);
  if (!emulated) test.skip();
}

/** Sets the size of the viewport, in every engine (the stock `setViewport` has no WebDriver support). */
export function setViewport(size: {width: number; height: number}): Promise<unknown> {
  return executeServerCommand('resize-viewport', size);
}

/**
 * For a test about a narrow screen: sets the viewport, or skips the test where the engine's window cannot be that
 * narrow. WebKit's MiniBrowser keeps its window as wide as its toolbar (447 CSS px), and WebDriver sizes the window,
 * not the viewport; Chromium and Firefox check the narrow screen.
 */
export async function setViewportOrSkip(test: Mocha.Context, size: {width: number; height: number}): Promise<void> {
  await setViewport(size);
  if (innerWidth > size.width) test.skip();
}

/** Presses keys together, the last one while the others are held (`['Shift', 'Tab']`), in every engine. */
export function pressChord(keys: string[]): Promise<unknown> {
  return executeServerCommand('press-chord', {keys});
}
