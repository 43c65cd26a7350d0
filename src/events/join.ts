export interface JoinDetail {
  /** Where the badge leads: the address the browser opens unless a listener cancels the event. */
  href: string;
  /** The badge's variant: `join` or `supporter`. */
  variant: 'join' | 'supporter';
}

/**
 * Fired on `<cohesion-join-badge>` when a reader activates it, before the browser follows the link. Cancel it
 * (`event.preventDefault()`) to stay on the page, for example to open the site's own sign-up form instead.
 */
export class CohesionJoinEvent extends Event {
  static readonly eventName = 'cohesion-join';
  readonly detail: JoinDetail;

  constructor(detail: JoinDetail) {
    super(CohesionJoinEvent.eventName, {bubbles: true, composed: true, cancelable: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cohesion-join': CohesionJoinEvent;
  }
}
