import {CohesionDataErrorEvent} from '../../src/events/data-error.js';

export const WIDGET_TAGS = [
  'cohesion-join-badge',
  'cohesion-supporter-counter',
  'cohesion-declaration-summary',
  'cohesion-document-picker',
] as const;

/** Everything that went wrong on the page while a test ran: uncaught errors, rejected promises, data-error events. */
export interface PageWatch {
  errors: string[];
  dataErrors: CohesionDataErrorEvent[];
  stop(): void;
}

export function watchPage(): PageWatch {
  const watch: PageWatch = {errors: [], dataErrors: [], stop: () => {}};
  const onError = (event: ErrorEvent) => watch.errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => watch.errors.push(`unhandled rejection: ${String(event.reason)}`);
  const onDataError = (event: Event) => watch.dataErrors.push(event as CohesionDataErrorEvent);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('cohesion-data-error', onDataError);
  watch.stop = () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('cohesion-data-error', onDataError);
  };
  return watch;
}

/**
 * What is wrong with a widget's layout: a zero-sized box, a box wider than its container, or an element in its
 * shadow tree whose content overflows it sideways (text cut off or spilling out).
 */
export function layoutProblems(el: HTMLElement): string[] {
  const problems: string[] = [];
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) problems.push(`${el.localName} is ${box.width}×${box.height}`);
  const parent = el.parentElement?.getBoundingClientRect();
  if (parent && (box.left < parent.left - 1 || box.right > parent.right + 1)) {
    problems.push(`${el.localName} (${box.left}–${box.right}) sticks out of its container (${parent.left}–${parent.right})`);
  }
  for (const node of el.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
    if (node instanceof SVGElement || node.clientWidth === 0) continue;
    if (node.scrollWidth > node.clientWidth + 1) {
      problems.push(`${el.localName} ${node.localName}.${node.className} overflows (${node.scrollWidth} > ${node.clientWidth})`);
    }
  }
  return problems;
}
