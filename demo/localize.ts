/// <reference types="vite/client" />
/**
 * The configurator's own translations: `msg()` and `str` as `@lit/localize` writes them (so that `lit-localize
 * --config lit-localize.configurator.json` extracts and builds them), looked up in the configurator's own
 * generated modules. It does not configure `@lit/localize`: on the demo's development server the widgets' module
 * of it is this one, and it can be configured only once, by the widgets.
 */
import type {msg as litMsg, StrResult} from '@lit/localize';

type Template = string | StrResult;

// One chunk per language, loaded when it is chosen.
const modules = import.meta.glob<{templates: Record<string, Template>}>('./generated/locales/*.ts');

export const LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'] as const;

let locale = 'en';
let templates: Record<string, Template> = {};

/** A translated template's text with the English template's values set in the order the translation puts them. */
function join(template: Template, source: Template): string {
  if (typeof template === 'string') return template;
  const values = typeof source === 'string' ? [] : source.values;
  // In a translation the values are the positions of the English template's values.
  const order = template === source ? values : template.values.map((index) => values[index as number]);
  return template.strings.reduce((text, part, i) => text + String(order[i - 1]) + part);
}

function translate(template: Template, options?: {id?: string}): string {
  const translated = (options?.id && templates[options.id]) || template;
  return join(translated, template);
}

/** The configurator's `msg()`: the text of `template` in the language set by `setLocale`. */
export const msg = translate as typeof litMsg;

export const getLocale = (): string => locale;

let requests = 0;

/** Loads the translations of `lang` (English needs none); resolves once `msg()` gives them, unless another was asked for since. */
export async function setLocale(lang: string): Promise<void> {
  const load = modules[`./generated/locales/${lang}.ts`];
  if (lang !== 'en' && !load) throw new Error(`No configurator translations for ${lang}`);
  const request = ++requests;
  const next = load ? (await load()).templates : {};
  if (request !== requests) return;
  templates = next;
  locale = lang;
}
