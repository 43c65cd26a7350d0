import type {Plugin} from 'vite';

/** Writes the image badges into `${outDir}/badges` after a build, and serves them in development. */
export function imageBadges(outDir: string): Plugin;
