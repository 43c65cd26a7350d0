/**
 * `msg` and `str` of @lit/localize, from the modules that define them: its main module also brings its runtime
 * mode, whose module-level state a bundler must keep, though the widgets use the reentrant mode
 * (see `localization.ts`).
 */
export {msg} from '@lit/localize/init/install.js';
export {str} from '@lit/localize/internal/str-tag.js';
