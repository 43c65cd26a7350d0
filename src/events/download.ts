export interface DownloadDetail {
  /** The id of the document (`debate-2022`). */
  documentId: string;
  /** The language of the version the link leads to (`de`). */
  lang: string;
  /** The address the link leads to: the file, or the page that offers it. */
  href: string;
}

/**
 * Fired on a document picker when the reader activates a download link, before the browser follows it.
 * Cancelling it (`preventDefault()`) stops the download or navigation, for instance to count it or to show terms
 * of use first.
 */
export class CohesionDownloadEvent extends Event {
  static readonly eventName = 'cohesion-download';
  readonly detail: DownloadDetail;

  constructor(detail: DownloadDetail) {
    super(CohesionDownloadEvent.eventName, {bubbles: true, composed: true, cancelable: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cohesion-download': CohesionDownloadEvent;
  }
}
