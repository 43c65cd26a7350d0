/** Writes a warning to the console, marked as the library's. */
export function warn(message: string): void {
  console.warn(`[cohesion-alliance] ${message}`);
}
