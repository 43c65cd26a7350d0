import {executeServerCommand} from '@web/test-runner-commands';

export interface MediaFeature {
  name: 'forced-colors' | 'prefers-color-scheme' | 'prefers-reduced-motion' | 'prefers-contrast';
  value: string;
}

/** Emulates CSS media features (`forced-colors: active`, …) for this test page; call with `[]` to reset. */
export function emulateMediaFeatures(features: MediaFeature[]): Promise<unknown> {
  return executeServerCommand('emulate-media-features', features);
}
