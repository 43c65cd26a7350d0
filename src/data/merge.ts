import {own, type AllianceData, type AllianceDocument, type DocumentEdition, type SupporterFigure} from './model.js';

/** What a feed (or a page's own markup) may add to or change in the data. Every part is optional. */
export interface DataPatch {
  supporters?: {figures?: SupporterFigure[]; asOf?: string};
  documents?: AllianceDocument[];
}

function mergeEditions(base: DocumentEdition[], extra: DocumentEdition[]): DocumentEdition[] {
  const byLang = new Map(base.map((edition) => [edition.lang, edition]));
  for (const edition of extra) {
    const previous = byLang.get(edition.lang);
    // A new address without a title keeps the title the snapshot already has; its media type is its own.
    byLang.set(edition.lang, previous ? {...previous, ...edition, title: own(edition, 'title') ?? own(previous, 'title'), type: own(edition, 'type')} : edition);
  }
  return [...byLang.values()];
}

/** Returns `data` with `patch` laid over it: figures by category, documents by id, editions by language. */
export function mergeData(data: AllianceData, patch: DataPatch): AllianceData {
  const figures = new Map(data.supporters.figures.map((figure) => [figure.category, figure]));
  for (const figure of own(own(patch, 'supporters'), 'figures') ?? []) figures.set(figure.category, figure);

  const documents = new Map(data.documents.map((document) => [document.id, document]));
  for (const document of own(patch, 'documents') ?? []) {
    const previous = documents.get(document.id);
    documents.set(
      document.id,
      previous
        ? {
            ...previous,
            fallbackTitle: own(document, 'fallbackTitle') ?? own(previous, 'fallbackTitle'),
            fallbackTitleLang: own(document, 'fallbackTitleLang') ?? own(previous, 'fallbackTitleLang'),
            editions: mergeEditions(previous.editions, document.editions),
          }
        : document,
    );
  }

  return {
    ...data,
    supporters: {
      asOf: own(own(patch, 'supporters'), 'asOf') ?? data.supporters.asOf,
      figures: [...figures.values()],
    },
    documents: [...documents.values()],
  };
}
