export interface DataErrorDetail {
  /** The feed address as the widget was given it, without a user name or password it may carry. */
  src: string;
  /** Why the feed could not be used, or, when it was used in part, a summary of what was dropped. */
  message: string;
  /** The fields that were dropped as invalid: the first 20, each cut at 100 characters (`message` counts them all). */
  fields: string[];
}

/**
 * Fired on a widget when its feed fails or carries invalid values. The widget keeps showing the embedded
 * snapshot (or the page's own content) for whatever the feed could not supply.
 */
export class CohesionDataErrorEvent extends Event {
  static readonly eventName = 'cohesion-data-error';
  readonly detail: DataErrorDetail;

  constructor(detail: DataErrorDetail) {
    super(CohesionDataErrorEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cohesion-data-error': CohesionDataErrorEvent;
  }
}
