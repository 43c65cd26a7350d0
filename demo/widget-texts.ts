/// <reference types="vite/client" />
/**
 * The widgets' own wording, read from their translations (`locales/*.xlf`), for what a snippet writes inside a
 * widget's tag: the text readers see without JavaScript is the text the widget shows with it.
 */
import {fillPlaceholders, parseXliff} from '../scripts/xliff-text.mjs';

const files = import.meta.glob<string>('../locales/*.xlf', {query: '?raw', import: 'default'});

/** Gives a message by its id with its placeholders (`<x id="0"/>`, …) replaced by `values`, in order of id. */
export type WidgetText = (id: string, ...values: string[]) => string;

const loaded = new Map<string, Promise<WidgetText>>();

function parse(xml: string, part: 'source' | 'target'): WidgetText {
  const units = parseXliff(xml);
  return (id, ...values) => {
    const text = units.get(id)?.[part];
    if (!text) throw new Error(`The widgets' translations have no ${id}`);
    return fillPlaceholders(text, values);
  };
}

/** The widgets' messages in `lang`; English is the source text of their translations. */
export function widgetTexts(lang: string): Promise<WidgetText> {
  let texts = loaded.get(lang);
  if (!texts) {
    const file = files[`../locales/${lang === 'en' ? 'de' : lang}.xlf`];
    if (!file) return Promise.reject(new Error(`The widgets have no translations for ${lang}`));
    texts = file().then((xml) => parse(xml, lang === 'en' ? 'source' : 'target'));
    loaded.set(lang, texts);
  }
  return texts;
}
