// Builds the WordPress plugin into dist/wordpress/: the plugin folder `cohesion-alliance/` and its zip.
// Run after `vite build` (the self-contained files) and `cem analyze` (the manifest), with tsx loaded, as
// `npm run build:wordpress` does: the blocks' attributes, the fallback content's data and the translations come
// from the library's own sources, so the plugin cannot drift from the elements.
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {BADGE_SIZES, BADGE_VARIANTS} from '../src/components/join-badge/join-badge.ts';
import {COUNTER_NOTATIONS, MAX_REFRESH_SECONDS} from '../src/components/supporter-counter/supporter-counter.ts';
import {PICKER_HEADING_LEVELS} from '../src/components/document-picker/document-picker.ts';
import {APPEARANCES} from '../src/components/cohesion-element.ts';
import {HEADING_LEVELS} from '../src/components/heading.ts';
import {alliancePageUrl, DOCUMENT_IDS, SUPPORTER_CATEGORIES} from '../src/data/model.ts';
import {SNAPSHOT} from '../src/data/snapshot.ts';
import {EU_LANGUAGES} from '../src/i18n/negotiate.ts';
import {formatMonth, formatNumber, languageAutonym, loadDateSupplement} from '../src/i18n/format.ts';
import {parseXliff} from '../scripts/xliff.mjs';
import {loadFallbackData, shownTitle} from '../demo/fallback.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist/wordpress');
const plugin = join(out, 'cohesion-alliance');
const DOMAIN = 'cohesion-alliance';

/**
 * What each attribute of each element is, for the allowlist: `enum` (one of `values`), `tokens` (a space-separated
 * list of `values`), `boolean`, `integer` (from `minimum` to `maximum`), `url` (http or https) or `text`. Every
 * attribute of the Custom Elements Manifest must be described here, so an element's new attribute fails the build
 * until the plugin knows it.
 */
const WIDGETS = {
  'join-badge': {
    tag: 'cohesion-join-badge',
    title: 'widget.badge',
    attributes: {
      variant: {kind: 'enum', values: BADGE_VARIANTS, label: 'variant.legend'},
      size: {kind: 'enum', values: BADGE_SIZES, label: 'size.legend'},
      'show-count': {kind: 'boolean', label: 'badge.showCount'},
      label: {kind: 'text', label: 'badge.label', help: 'badge.labelHint'},
      href: {kind: 'url', label: 'badge.href', help: 'badge.hrefHint'},
      src: {kind: 'url', label: 'feed.label', help: 'feed.hint'},
      appearance: {kind: 'enum', values: APPEARANCES, label: 'appearance.legend'},
    },
  },
  'supporter-counter': {
    tag: 'cohesion-supporter-counter',
    title: 'widget.counter',
    attributes: {
      categories: {kind: 'tokens', values: SUPPORTER_CATEGORIES, label: 'counter.categories', help: 'list.allHint'},
      notation: {kind: 'enum', values: COUNTER_NOTATIONS, label: 'notation.legend'},
      'show-date': {kind: 'boolean', label: 'counter.showDate'},
      'no-animation': {kind: 'boolean', label: 'counter.noAnimation'},
      src: {kind: 'url', label: 'feed.label', help: 'feed.hint'},
      refresh: {kind: 'integer', minimum: 0, maximum: MAX_REFRESH_SECONDS, label: 'counter.refresh', help: 'counter.refreshHint'},
      appearance: {kind: 'enum', values: APPEARANCES, label: 'appearance.legend'},
    },
  },
  'declaration-summary': {
    tag: 'cohesion-declaration-summary',
    title: 'widget.summary',
    attributes: {
      'heading-level': {kind: 'enum', values: HEADING_LEVELS, label: 'summary.headingLevel', help: 'summary.headingHint'},
      collapsed: {kind: 'boolean', label: 'summary.collapsed'},
      src: {kind: 'url', label: 'feed.label', help: 'feed.hint'},
      appearance: {kind: 'enum', values: APPEARANCES, label: 'appearance.legend'},
    },
  },
  'document-picker': {
    tag: 'cohesion-document-picker',
    title: 'widget.picker',
    attributes: {
      documents: {kind: 'tokens', values: DOCUMENT_IDS, label: 'documents.legend', help: 'list.allHint'},
      'document-lang': {kind: 'enum', values: EU_LANGUAGES, label: 'documents.lang', help: 'documents.langHint'},
      'heading-level': {kind: 'enum', values: PICKER_HEADING_LEVELS, label: 'documents.headingLevel', help: 'summary.headingHint'},
      'why-href': {kind: 'url', label: 'documents.why', help: 'documents.whyHint'},
      src: {kind: 'url', label: 'feed.label', help: 'feed.hint'},
      appearance: {kind: 'enum', values: APPEARANCES, label: 'appearance.legend'},
    },
  },
};

/** The option labels the editor shows for enumerated values, by attribute and value: catalogue ids. */
const VALUE_LABELS = {
  variant: {join: 'variant.join', supporter: 'variant.supporter'},
  size: {s: 'size.s', m: 'size.m', l: 'size.l'},
  notation: {standard: 'notation.standard', compact: 'notation.compact'},
  appearance: {auto: 'appearance.auto', light: 'appearance.light', dark: 'appearance.dark'},
  documents: {'debate-2022': 'document.debate', 'declaration-2020': 'document.declaration', 'letter-charles-michel': 'document.letter'},
  categories: Object.fromEntries(SUPPORTER_CATEGORIES.map((c) => [c, `counter.${c}`])),
};

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

function checkAgainstManifest() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const {tag, attributes} of Object.values(WIDGETS)) {
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    if (!declaration) throw new Error(`The manifest has no ${tag}`);
    const names = declaration.attributes.map((a) => a.name).sort();
    const known = Object.keys(attributes).sort();
    if (names.join() !== known.join()) throw new Error(`${tag}: the manifest has ${names}, the plugin knows ${known}`);
  }
}

/** The block.json attribute for one element attribute. */
function blockAttribute(spec) {
  if (spec.kind === 'boolean') return {type: 'boolean', default: false};
  if (spec.kind === 'integer') return {type: 'integer', minimum: spec.minimum, maximum: spec.maximum};
  if (spec.kind === 'enum') {
    const numeric = typeof spec.values[0] === 'number';
    return {type: numeric ? 'integer' : 'string', enum: [...spec.values]};
  }
  return {type: 'string'};
}

function blockJson(name, widget, texts) {
  const attributes = {};
  for (const [attribute, spec] of Object.entries(widget.attributes)) attributes[camel(attribute)] = blockAttribute(spec);
  attributes.lang = {type: 'string', enum: ['', ...EU_LANGUAGES], default: ''};
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `${DOMAIN}/${name}`,
    version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    title: texts.en[widget.title],
    description: texts.en[`description:${name}`],
    category: 'widgets',
    icon: 'star-filled',
    keywords: ['CohesionAlliance', 'cohesion'],
    textdomain: DOMAIN,
    attributes,
    supports: {html: false, align: ['wide', 'full']},
    editorScript: 'cohesion-alliance-editor',
    render: 'file:./render.php',
  };
}

/** A message with its placeholders (`<x id="0"/>`) as `{0}`, for the PHP renderer and the editor to fill in. */
const withSlots = (text) =>
  text
    .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** lang → id → text, from a folder of XLIFF files (English from their sources); a missing translation throws. */
function catalogue(dir) {
  const byLang = {};
  for (const lang of EU_LANGUAGES) {
    if (lang === 'en') continue;
    const units = parseXliff(readFileSync(join(root, dir, `${lang}.xlf`), 'utf8'));
    byLang[lang] = {};
    byLang.en ??= {};
    for (const [id, {source, target}] of units) {
      if (!target) throw new Error(`${dir}/${lang}.xlf: no translation of ${id}`);
      byLang[lang][id] = withSlots(target);
      byLang.en[id] = withSlots(source);
    }
  }
  return byLang;
}

const fill = (text, ...values) => text.replace(/\{(\d+)\}/g, (_, i) => values[Number(i)] ?? '');

/**
 * What the editor shows, by language: the configurator's labels, with the widgets' texts they quote filled in, and the
 * documents' published titles (`loadFallbackData` has loaded them).
 */
function editorTexts(widgetTexts, configurator) {
  const texts = {};
  for (const lang of EU_LANGUAGES) {
    const w = widgetTexts[lang];
    const c = {...configurator[lang]};
    c['variant.join'] = fill(c['variant.join'], w['badge.join']);
    c['variant.supporter'] = fill(c['variant.supporter'], w['badge.supporter']);
    c['notation.standard'] = fill(c['notation.standard'], formatNumber(12000, lang));
    c['notation.compact'] = fill(c['notation.compact'], formatNumber(12000, lang, 'compact'));
    c['counter.refreshHint'] = fill(c['counter.refreshHint'], '10');
    for (const category of SUPPORTER_CATEGORIES) c[`counter.${category}`] = w[`counter.${category}`];
    // The documents by their titles as published, as the picker and the configurator show them in that language.
    for (const [id, key] of Object.entries(VALUE_LABELS.documents)) c[key] = shownTitle(SNAPSHOT.documents.find((d) => d.id === id), lang).text;
    const list = new Intl.ListFormat(lang, {type: 'unit'});
    c['description:join-badge'] = w['badge.join'];
    c['description:supporter-counter'] = list.format(SUPPORTER_CATEGORIES.map((category) => w[`counter.${category}`]));
    c['description:declaration-summary'] = w['declaration.heading'];
    c['description:document-picker'] = list.format(['document.debate', 'document.declaration', 'document.letter'].map((id) => c[id]));
    c['language.none'] = c['documents.automatic'];
    texts[lang] = c;
  }
  return texts;
}

/** The catalogue ids of every text the editor shows. */
function editorIds() {
  const ids = new Set(['language.legend', 'language.none']);
  for (const [name, widget] of Object.entries(WIDGETS)) {
    ids.add(widget.title).add(`description:${name}`);
    for (const [attribute, {label, help}] of Object.entries(widget.attributes)) {
      ids.add(label);
      if (help) ids.add(help);
      for (const id of Object.values(VALUE_LABELS[attribute] ?? {})) ids.add(id);
    }
  }
  return ids;
}

/** WordPress's JSON translation file (Jed 1.x) for the editor script in one language, keyed by the English text. */
function jed(lang, texts) {
  const messages = {'': {domain: 'messages', lang}};
  for (const id of editorIds()) {
    if (!texts[lang][id]) throw new Error(`${lang}: no translation of ${id}`);
    messages[texts.en[id]] = [texts[lang][id]];
  }
  return {domain: 'messages', locale_data: {messages}};
}

/** The data the PHP renderer writes the fallback content from, in every language. */
async function fallbackData(widgetTexts) {
  const titles = {};
  for (const lang of EU_LANGUAGES) {
    const file = join(root, 'src/data/titles', `${lang}.ts`);
    if (existsSync(file)) titles[lang] = Object.fromEntries(Object.entries((await import(file)).default).flatMap(([id, {title}]) => (title ? [[id, title]] : [])));
  }
  const languages = {};
  for (const lang of EU_LANGUAGES) {
    await loadDateSupplement(lang);
    const w = widgetTexts[lang];
    languages[lang] = {
      autonym: languageAutonym(lang),
      alliancePage: alliancePageUrl(lang),
      texts: Object.fromEntries(
        ['badge.join', 'badge.supporter', 'declaration.heading', 'declaration.read', 'declaration.readIn', 'picker.notAvailable', 'picker.shownInstead', 'picker.fromPage', 'counter.lowerBound', ...SUPPORTER_CATEGORIES.map((c) => `counter.${c}`)].map((id) => [id, w[id]]),
      ),
      asOf: fill(w['counter.asOf'], formatMonth(SNAPSHOT.supporters.asOf, lang)),
      figures: Object.fromEntries(
        SNAPSHOT.supporters.figures.map((f) => [f.category, {standard: formatNumber(f.value, lang), compact: formatNumber(f.value, lang, 'compact'), lowerBound: f.lowerBound}]),
      ),
      titles: titles[lang] ?? {},
    };
  }
  return {
    declaration: SNAPSHOT.declaration.documentId,
    documents: Object.fromEntries(
      SNAPSHOT.documents.map((d) => [d.id, {fallbackTitle: d.fallbackTitle ?? d.id, fallbackTitleLang: d.fallbackTitleLang ?? 'en', editions: Object.fromEntries(d.editions.map((e) => [e.lang, e.href]))}]),
    ),
    fallbackLanguages: ['en', 'fr', 'de'],
    languages,
  };
}

async function main() {
  checkAgainstManifest();
  rmSync(out, {recursive: true, force: true});
  mkdirSync(plugin, {recursive: true});
  cpSync(join(root, 'wordpress/plugin'), plugin, {recursive: true});
  cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));
  // The self-contained files as built, which load their siblings by relative address; the image badges are not used.
  cpSync(join(root, 'dist/cdn'), join(plugin, 'assets'), {recursive: true, filter: (src) => !src.startsWith(join(root, 'dist/cdn/badges'))});
  if (!existsSync(join(plugin, 'assets/cohesion-alliance.js'))) throw new Error('dist/cdn/cohesion-alliance.js is missing: run vite build first');

  for (const lang of EU_LANGUAGES) await loadFallbackData(lang);
  const widgetTexts = catalogue('locales');
  const texts = editorTexts(widgetTexts, catalogue('locales/configurator'));
  const widgets = {};
  for (const [name, widget] of Object.entries(WIDGETS)) {
    mkdirSync(join(plugin, 'blocks', name), {recursive: true});
    writeFileSync(join(plugin, 'blocks', name, 'block.json'), JSON.stringify(blockJson(name, widget, texts), null, 2) + '\n');
    widgets[name] = {
      tag: widget.tag,
      title: texts.en[widget.title],
      description: texts.en[`description:${name}`],
      attributes: Object.fromEntries(
        Object.entries(widget.attributes).map(([attribute, {label, help, values, ...spec}]) => [
          attribute,
          {
            ...spec,
            ...(values ? {values: [...values]} : {}),
            label: texts.en[label],
            ...(help ? {help: texts.en[help]} : {}),
            ...(VALUE_LABELS[attribute] ? {valueLabels: Object.fromEntries(Object.entries(VALUE_LABELS[attribute]).map(([v, id]) => [v, texts.en[id]]))} : {}),
          },
        ]),
      ),
    };
  }
  // `lang` is the plugin's own: the language of the widget's place, which its fallback content is written in.
  const shared = {languages: Object.fromEntries(EU_LANGUAGES.map((lang) => [lang, languageAutonym(lang)])), languageLabel: texts.en['language.legend'], languageNone: texts.en['language.none']};
  writeFileSync(join(plugin, 'widgets.json'), JSON.stringify({widgets, ...shared}, null, 1) + '\n');
  writeFileSync(join(plugin, 'fallback.json'), JSON.stringify(await fallbackData(widgetTexts)) + '\n');

  mkdirSync(join(plugin, 'languages'), {recursive: true});
  for (const lang of EU_LANGUAGES) {
    if (lang === 'en') continue;
    writeFileSync(join(plugin, 'languages', `${DOMAIN}-${lang}-cohesion-alliance-editor.json`), JSON.stringify(jed(lang, texts)) + '\n');
  }

  execFileSync('zip', ['-q', '-r', '-X', 'cohesion-alliance.zip', 'cohesion-alliance'], {cwd: out});
  console.log(`dist/wordpress/cohesion-alliance.zip`);
}

await main();
