/// <reference types="vite/client" />
/**
 * The widgets' own wording, read from their translations (`locales/*.xlf`), for what a snippet writes inside a
 * widget's tag: the text readers see without JavaScript is the text the widget shows with it.
 */
const files = import.meta.glob<string>('../locales/*.xlf', {query: '?raw', import: 'default'});

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Gives a message by its id with its placeholders (`<x id="0"/>`, …) replaced by `values`, in order of id. */
export type WidgetText = (id: string, ...values: string[]) => string;

const loaded = new Map<string, Promise<WidgetText>>();

function parse(xml: string, part: 'source' | 'target'): WidgetText {
  const units = new Map<string, string>();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const text = new RegExp(`<${part}>([\\s\\S]*?)</${part}>`).exec(body!)?.[1];
    if (text) units.set(id!, text);
  }
  return (id, ...values) => {
    const text = units.get(id);
    if (text === undefined) throw new Error(`The widgets' translations have no ${id}`);
    return decode(text.replace(/<x id="(\d+)"[^>]*\/>/g, (_, index: string) => values[Number(index)] ?? ''))
      .replace(/\s+/g, ' ')
      .trim();
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
