import 'axe-core/axe.min.js';

interface AxeNames {
  setup(root: Node): unknown;
  teardown(): void;
  utils: {getNodeFromTree(node: Node): unknown};
  commons: {text: {accessibleTextVirtual(node: unknown): string}};
}
const axe = (window as unknown as {axe: AxeNames}).axe;

/** The accessible name of a node (also inside a shadow root), by axe-core's implementation of accname. */
export function accessibleName(node: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node));
  } finally {
    axe.teardown();
  }
}
