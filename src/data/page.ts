/**
 * Reads a property of the page's `document` through `Document.prototype`. The document's own properties give way to
 * its named elements: `<img name="baseURI">` or `<form name="visibilityState">`, as sanitised user content (a
 * comment) may carry, would otherwise stand in for them.
 */
export const documentProperty = <K extends keyof Document>(key: K): Document[K] => Reflect.get(Document.prototype, key, document) as Document[K];
