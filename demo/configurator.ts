// The widgets' code is not bundled here: the page loads the library itself, as an integrator's page does. Each
// table below is typed by the widget's own list of values, so that a value added to or removed from a widget fails
// the type check here. From the library come only its data and formatters, for the snippets' fallback text.
import type {Appearance} from '../src/components/cohesion-element.js';
import type {BadgeSize, BadgeVariant} from '../src/components/join-badge/join-badge.js';
import type {CounterNotation, MIN_REFRESH_SECONDS} from '../src/components/supporter-counter/supporter-counter.js';
import type {HeadingLevel} from '../src/components/declaration-summary/declaration-summary.js';
import type {PickerHeadingLevel} from '../src/components/document-picker/document-picker.js';
import {DOCUMENT_IDS, SUPPORTER_CATEGORIES, type SupporterCategory} from '../src/data/model.js';
import {SNAPSHOT} from '../src/data/snapshot.js';
import {formatNumber, languageName} from '../src/i18n/format.js';
import {str} from '@lit/localize';
import {alliancePageUrl, fallbackFor, hasTitles, loadFallbackData, shownTitle} from './fallback.js';
import {getLocale, LANGUAGES, msg, setLocale} from './localize.js';
import {buildSnippet, imageMarkup, toHtml, toNode, type Attribute, type Markup} from './snippet.js';
import {widgetTexts, type WidgetText} from './widget-texts.js';

const MIN_REFRESH: typeof MIN_REFRESH_SECONDS = 10;

interface Choice {
  value: string;
  label: string;
  /** The label's language, where it is not the configurator's (a document's title as published). */
  lang?: string;
}

/**
 * One option of a widget, shown as a form control and written as one attribute. `script` marks an option of the
 * live widget only, hidden when the snippet is an image.
 */
type Control = (
  | {kind: 'radios'; attribute: string; legend: string; choices: Choice[]; initial: string}
  | {kind: 'select'; attribute: string; label: string; choices: Choice[]; initial: string; hint?: string}
  | {kind: 'flag'; attribute: string; label: string; hint?: string}
  | {kind: 'list'; attribute: string; legend: string; choices: Choice[]; hint?: string}
  | {kind: 'text'; attribute: string; label: string; hint?: string; address?: boolean}
  | {kind: 'number'; attribute: string; label: string; hint?: string; min: number}
) & {script?: boolean; image?: boolean};

interface Widget {
  tag: string;
  name: string;
  controls: Control[];
}

/** What the snippet is: the live widget (a script and its tag) or, for the badge, an image and a link. */
type Format = 'script' | 'image';
/** The image file: SVG for web pages, PNG for e-mail, where SVG does not show. */
type FileType = 'svg' | 'png';

/** The widgets' own wording in the configurator's language, loaded with it. */
let texts: WidgetText;

/** The choices of a table of labels, in its order. */
const choices = (labels: Record<string | number, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({value, label}));

/** Labels for a list of values from the data model. */
const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({value, label: labels[value]}));

const HEADINGS = {2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6'};
const HEADING_LABELS: Record<HeadingLevel, string> = HEADINGS;
const PICKER_HEADING_LABELS: Record<PickerHeadingLevel, string> = HEADINGS;

const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;

/** The configurator's controls, in the configurator's language. */
function widgets(): {widgets: Widget[]; common: Control[]} {
  const lang = getLocale();
  const variantLabels: Record<BadgeVariant, string> = {
    join: msg(str`Join: “${texts('badge.join')}”`, {id: 'variant.join'}),
    supporter: msg(str`Supporter: “${texts('badge.supporter')}”`, {id: 'variant.supporter'}),
  };
  const sizeLabels: Record<BadgeSize, string> = {
    s: msg('Small', {id: 'size.s'}),
    m: msg('Medium', {id: 'size.m'}),
    l: msg('Large', {id: 'size.l'}),
  };
  const notationLabels: Record<CounterNotation, string> = {
    standard: msg(str`Full (${formatNumber(12000, lang)})`, {id: 'notation.standard'}),
    compact: msg(str`Short (${formatNumber(12000, lang, 'compact')})`, {id: 'notation.compact'}),
  };
  const appearanceLabels: Record<Appearance, string> = {
    auto: msg('Automatic: follows the reader’s light or dark setting', {id: 'appearance.auto'}),
    light: msg('Light', {id: 'appearance.light'}),
    dark: msg('Dark', {id: 'appearance.dark'}),
  };
  const categoryLabels = Object.fromEntries(SUPPORTER_CATEGORIES.map((c) => [c, texts(`counter.${c}`)])) as Record<SupporterCategory, string>;
  // The documents' titles as the document picker shows them on a page in this language, exactly as published.
  const documentChoices: Choice[] = DOCUMENT_IDS.map((id) => {
    const title = shownTitle(SNAPSHOT.documents.find((d) => d.id === id)!, lang);
    return {value: id, label: title.text, lang: title.lang === lang ? undefined : title.lang};
  });
  const languageChoices: Choice[] = [
    {value: '', label: msg('The page’s language (automatic)', {id: 'documents.automatic'})},
    ...Array.from(languageSelect.options, (option) => ({value: option.value, label: option.text})),
  ];
  const formatLabels: Record<Format, string> = {
    script: msg('The live widget (a script and its tag)', {id: 'format.script'}),
    image: msg('An image with a link, for pages that allow no script and for e-mail', {id: 'format.image'}),
  };
  const fileLabels: Record<FileType, string> = {
    svg: msg('SVG, for web pages', {id: 'file.svg'}),
    png: msg('PNG, for e-mail and newsletters', {id: 'file.png'}),
  };
  return {
    widgets: [
      {
        tag: 'cohesion-join-badge',
        name: msg('Join badge', {id: 'widget.badge'}),
        controls: [
          {kind: 'radios', attribute: 'format', legend: msg('Kind of snippet', {id: 'format.legend'}), choices: choices(formatLabels), initial: 'script'},
          {kind: 'radios', attribute: 'variant', legend: msg('Text', {id: 'variant.legend'}), choices: choices(variantLabels), initial: 'join'},
          {kind: 'radios', attribute: 'size', legend: msg('Size', {id: 'size.legend'}), choices: choices(sizeLabels), initial: 'm'},
          {kind: 'radios', attribute: 'file', legend: msg('Image file', {id: 'file.legend'}), choices: choices(fileLabels), initial: 'svg', image: true},
          {kind: 'flag', attribute: 'show-count', label: msg('Show the number of supporters', {id: 'badge.showCount'}), script: true},
          {
            kind: 'text',
            attribute: 'label',
            label: msg('Own text (optional)', {id: 'badge.label'}),
            hint: msg('Replaces the translated text in every language.', {id: 'badge.labelHint'}),
            script: true,
          },
          {
            kind: 'text',
            attribute: 'href',
            label: msg('Link address (optional)', {id: 'badge.href'}),
            hint: msg('By default, the Alliance’s page in your page’s language.', {id: 'badge.hrefHint'}),
            address: true,
          },
        ],
      },
      {
        tag: 'cohesion-supporter-counter',
        name: msg('Supporter counter', {id: 'widget.counter'}),
        controls: [
          {
            kind: 'list',
            attribute: 'categories',
            legend: msg('Figures to show', {id: 'counter.categories'}),
            choices: labelled(SUPPORTER_CATEGORIES, categoryLabels),
            hint: msg('With none chosen, all are shown.', {id: 'list.allHint'}),
          },
          {kind: 'radios', attribute: 'notation', legend: msg('Numbers', {id: 'notation.legend'}), choices: choices(notationLabels), initial: 'standard'},
          {kind: 'flag', attribute: 'show-date', label: msg('Say when the figures date from', {id: 'counter.showDate'})},
          {kind: 'flag', attribute: 'no-animation', label: msg('Do not count up', {id: 'counter.noAnimation'})},
          {
            kind: 'number',
            attribute: 'refresh',
            label: msg('Re-read the feed every … seconds', {id: 'counter.refresh'}),
            hint: msg(str`0 never; otherwise at least ${MIN_REFRESH}. Needs a feed address.`, {id: 'counter.refreshHint'}),
            min: 0,
          },
        ],
      },
      {
        tag: 'cohesion-declaration-summary',
        name: msg('Declaration summary', {id: 'widget.summary'}),
        controls: [
          {
            kind: 'select',
            attribute: 'heading-level',
            label: msg('Heading level', {id: 'summary.headingLevel'}),
            choices: choices(HEADING_LABELS),
            initial: '2',
            hint: msg('To fit your page’s outline: h2 below the page title, h3 inside a section.', {id: 'summary.headingHint'}),
          },
          {kind: 'flag', attribute: 'collapsed', label: msg('Fold the five commitments (readers open them)', {id: 'summary.collapsed'})},
        ],
      },
      {
        tag: 'cohesion-document-picker',
        name: msg('Document picker', {id: 'widget.picker'}),
        controls: [
          {
            kind: 'list',
            attribute: 'documents',
            legend: msg('Documents', {id: 'documents.legend'}),
            choices: documentChoices,
            hint: msg('With none chosen, all are shown.', {id: 'list.allHint'}),
          },
          {
            kind: 'select',
            attribute: 'document-lang',
            label: msg('Language of the documents', {id: 'documents.lang'}),
            choices: languageChoices,
            initial: '',
            hint: msg('Automatic: the page’s language where it exists, else the closest one.', {id: 'documents.langHint'}),
          },
          {
            kind: 'select',
            attribute: 'heading-level',
            label: msg('Heading level of the titles', {id: 'documents.headingLevel'}),
            choices: choices(PICKER_HEADING_LABELS),
            initial: '3',
          },
          {
            kind: 'text',
            attribute: 'why-href',
            label: msg('Page explaining missing languages (optional)', {id: 'documents.why'}),
            hint: msg('When set, the notice about a missing language links to it.', {id: 'documents.whyHint'}),
            address: true,
          },
        ],
      },
    ],
    common: [
      {kind: 'radios', attribute: 'appearance', legend: msg('Colours', {id: 'appearance.legend'}), choices: choices(appearanceLabels), initial: 'auto'},
      {
        kind: 'text',
        attribute: 'src',
        label: msg('Feed address (optional)', {id: 'feed.label'}),
        hint: msg('A JSON feed with newer figures or documents. Without it, the widget shows its built-in data.', {id: 'feed.hint'}),
        address: true,
        script: true,
      },
    ],
  };
}

/** The texts of the page itself, by the `data-text` of the element that shows them. */
function pageTexts(): Record<string, string> {
  return {
    title: msg('Embed configurator: #CohesionAlliance widgets', {id: 'page.title'}),
    description: msg('Choose a #CohesionAlliance widget and its options, preview it and copy the snippet for your website.', {id: 'page.description'}),
    skip: msg('Skip to main content', {id: 'page.skip'}),
    site: msg('Example Region', {id: 'page.site'}),
    nav: msg('Main', {id: 'page.nav'}),
    home: msg('Home', {id: 'page.home'}),
    configurator: msg('Embed configurator', {id: 'page.configurator'}),
    heading: msg('Put a #CohesionAlliance widget on your website', {id: 'page.heading'}),
    lead: msg(
      'Choose a widget and its options, check the preview, then copy the snippet and paste it into your page’s HTML where the widget should appear. No programming needed.',
      {id: 'page.lead'},
    ),
    options: msg('Widget options', {id: 'page.options'}),
    language: msg('Language', {id: 'language.legend'}),
    languageLabel: msg('Language of your page', {id: 'language.label'}),
    preview: msg('Preview', {id: 'page.preview'}),
    snippet: msg('Snippet', {id: 'page.snippet'}),
    snippetLabel: msg('HTML to paste into your page', {id: 'page.snippetLabel'}),
    copy: msg('Copy snippet', {id: 'page.copy'}),
    footer: msg('Example Region is a fictitious region: these pages demonstrate the #CohesionAlliance widgets.', {id: 'page.footer'}),
  };
}

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const previewStatus = document.querySelector<HTMLElement>('#preview-status')!;
const output = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const snippetHint = document.querySelector<HTMLElement>('#snippet-hint')!;
const languageHint = document.querySelector<HTMLElement>('#language-hint')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

/** The built library beside this page: the address a pasted snippet loads it from. */
const scriptUrl = new URL('./cohesion-alliance.js', location.href).href;
/** The image badges beside this page, as a release puts them beside the library. */
const badgeBase = new URL('./badges/', location.href);

/** One image badge as `badges/index.json` lists it. */
interface BadgeEntry {
  variant: string;
  size: string;
  lang: string;
  appearance: string;
  file: string;
  png: string;
  width: number;
  height: number;
  alt: string;
}
let badgeIndex: Promise<BadgeEntry[]> | undefined;
let badges: BadgeEntry[] | undefined;

let serial = 0;
const uid = (name: string) => `${name}-${++serial}`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** Sets `sentence` as the content of `target`, with `node` where the sentence holds its marker. */
function around(target: HTMLElement, sentence: string, node: Node): void {
  const [before = '', after = ''] = sentence.split(MARK);
  target.replaceChildren(before, node, after);
}
const MARK = '\uE000';

function hint(text: string | undefined, id: string): HTMLElement[] {
  return text ? [element('p', {className: 'hint', id}, text)] : [];
}

function choiceGroup(type: 'radio' | 'checkbox', name: string, legend: string, items: Choice[], checked: (v: string) => boolean, hintText?: string) {
  const hintId = uid('hint');
  const fieldset = element('fieldset', {className: 'field choices'}, element('legend', {className: 'label'}, legend));
  for (const item of items) {
    const id = uid(name);
    const input = element('input', {type, name, id, value: item.value, checked: checked(item.value)});
    const label = element('label', {htmlFor: id}, item.label);
    if (item.lang) label.lang = item.lang;
    fieldset.append(element('div', {className: 'choice'}, input, label));
  }
  if (hintText) {
    fieldset.setAttribute('aria-describedby', hintId);
    fieldset.append(...hint(hintText, hintId));
  }
  return fieldset;
}

function renderControl(control: Control, scope: string): HTMLElement {
  const name = `${scope}:${control.attribute}`;
  const part = renderField(control, name);
  if (control.script) part.dataset['only'] = 'script';
  if (control.image) part.dataset['only'] = 'image';
  return part;
}

function renderField(control: Control, name: string): HTMLElement {
  switch (control.kind) {
    case 'radios':
      return choiceGroup('radio', name, control.legend, control.choices, (v) => v === control.initial);
    case 'list':
      return choiceGroup('checkbox', name, control.legend, control.choices, () => true, control.hint);
    case 'flag': {
      const id = uid(name);
      const hintId = uid('hint');
      const input = element('input', {type: 'checkbox', name, id});
      if (control.hint) input.setAttribute('aria-describedby', hintId);
      return element('div', {className: 'field'}, element('div', {className: 'choice'}, input, element('label', {htmlFor: id}, control.label)), ...hint(control.hint, hintId));
    }
    case 'select': {
      const id = uid(name);
      const hintId = uid('hint');
      const select = element('select', {name, id});
      for (const item of control.choices) {
        const option = element('option', {value: item.value, selected: item.value === control.initial}, item.label);
        // The languages are named in their own language.
        const own = languageSelect.querySelector(`option[value="${CSS.escape(item.value)}"]`)?.getAttribute('lang');
        if (item.value && own) option.lang = own;
        select.append(option);
      }
      if (control.hint) select.setAttribute('aria-describedby', hintId);
      return element('div', {className: 'field'}, element('label', {htmlFor: id}, control.label), select, ...hint(control.hint, hintId));
    }
    case 'text':
    case 'number': {
      const id = uid(name);
      const hintId = uid('hint');
      const errorId = uid('error');
      const input = element('input', {name, id, type: control.kind === 'number' ? 'number' : 'text', autocomplete: 'off'});
      if (control.kind === 'number') {
        input.min = String(control.min);
        input.value = String(control.min);
        input.inputMode = 'numeric';
      }
      if (control.kind === 'text' && control.address) {
        input.inputMode = 'url';
        input.spellcheck = false;
      }
      input.dataset['error'] = errorId;
      input.setAttribute('aria-describedby', [control.hint ? hintId : '', errorId].filter(Boolean).join(' '));
      const error = element('p', {className: 'hint error', id: errorId});
      return element('div', {className: 'field'}, element('label', {htmlFor: id}, control.label), input, ...hint(control.hint, hintId), error);
    }
  }
}

let current: {widgets: Widget[]; common: Control[]};

/** What the reader has chosen and typed, by field, to be set again in the form written anew in another language. */
function formState(): Map<string, string | boolean> {
  const state = new Map<string, string | boolean>();
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (field === languageSelect) continue;
    if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) state.set(`${field.name}=${field.value}`, field.checked);
    else state.set(field.name, field.value);
  }
  return state;
}

function restore(state: Map<string, string | boolean>): void {
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (field === languageSelect) continue;
    if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
      const checked = state.get(`${field.name}=${field.value}`);
      if (typeof checked === 'boolean') field.checked = checked;
    } else {
      const value = state.get(field.name);
      if (typeof value === 'string') field.value = value;
    }
  }
}

/** Writes the form's controls after its first part, the language, which the page has already. */
function renderForm(): void {
  const state = formState();
  for (const part of form.querySelectorAll(':scope > [data-generated]')) part.remove();
  current = widgets();
  const parts: HTMLElement[] = [
    choiceGroup(
      'radio',
      'widget',
      msg('Widget', {id: 'widget.legend'}),
      current.widgets.map((w) => ({value: w.tag, label: w.name})),
      (v) => v === current.widgets[0]!.tag,
    ),
  ];
  for (const widget of current.widgets) {
    const fieldset = element('fieldset', {}, element('legend', {}, msg(str`${widget.name}: options`, {id: 'widget.options'})));
    fieldset.dataset['widget'] = widget.tag;
    fieldset.append(...widget.controls.map((control) => renderControl(control, widget.tag)));
    parts.push(fieldset);
  }
  parts.push(element('fieldset', {}, element('legend', {}, msg('Colours and data', {id: 'common.legend'})), ...current.common.map((control) => renderControl(control, 'common'))));
  for (const part of parts) part.dataset['generated'] = '';
  form.append(...parts);
  restore(state);
}

/** The page's own texts in the configurator's language. */
function renderPage(): void {
  const lang = getLocale();
  const page = pageTexts();
  document.title = page['title']!;
  document.querySelector('meta[name="description"]')?.setAttribute('content', page['description']!);
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = page[node.dataset['text']!] ?? '';
  for (const node of document.querySelectorAll<HTMLElement>('[data-label]')) node.setAttribute('aria-label', page[node.dataset['label']!] ?? '');
  for (const node of document.querySelectorAll('[data-configurator-lang]')) node.setAttribute('lang', lang);
  const code = element('code', {}, '<html lang="…">');
  around(languageHint, msg(str`The configurator, the preview and the snippet’s text are in this language. On your site, the widget speaks your page’s language, set in ${MARK}.`, {id: 'language.hint'}), code);
}

/** Shows `message` under an input, or clears it; the message is part of the input's description. */
function setError(input: HTMLInputElement, message: string): void {
  const error = document.getElementById(input.dataset['error'] ?? '');
  if (error) error.textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
}

/** The attribute a control gives, or none when it holds the widget's default (or an invalid value). */
function readControl(control: Control, scope: string): Attribute | undefined {
  const name = `${scope}:${control.attribute}`;
  const fields = form.elements.namedItem(name);
  switch (control.kind) {
    case 'radios': {
      const value = (fields as RadioNodeList).value;
      return value && value !== control.initial ? [control.attribute, value] : undefined;
    }
    case 'list': {
      const boxes = Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`));
      const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
      return chosen.length > 0 && chosen.length < boxes.length ? [control.attribute, chosen.join(' ')] : undefined;
    }
    case 'flag':
      return (fields as HTMLInputElement).checked ? [control.attribute, true] : undefined;
    case 'select': {
      const value = (fields as HTMLSelectElement).value;
      return value !== control.initial ? [control.attribute, value] : undefined;
    }
    case 'text': {
      const input = fields as HTMLInputElement;
      const value = input.value.trim();
      const bad = control.address && value !== '' && !isWebAddress(value);
      setError(input, bad ? msg('Only web addresses (http or https) work here; this one is left out.', {id: 'error.address'}) : '');
      return value && !bad ? [control.attribute, value] : undefined;
    }
    case 'number': {
      const input = fields as HTMLInputElement;
      const value = input.value.trim();
      const seconds = Number(value);
      const bad = value !== '' && (!Number.isInteger(seconds) || (seconds !== 0 && seconds < MIN_REFRESH));
      setError(input, bad ? msg(str`Use 0, or a whole number of at least ${MIN_REFRESH}; this one is left out.`, {id: 'error.refresh'}) : '');
      return !bad && seconds > control.min ? [control.attribute, String(seconds)] : undefined;
    }
  }
}

function chosenWidget(): Widget {
  const tag = (form.elements.namedItem('widget') as RadioNodeList).value;
  return current.widgets.find((w) => w.tag === tag) ?? current.widgets[0]!;
}

/** The image badge chosen, from the release's index, or a message saying why there is none. */
function imageSnippet(attributes: readonly Attribute[], lang: string): Markup | string {
  if (!badges) return msg('Loading the list of image badges…', {id: 'image.loading'});
  const get = (name: string, fallback: string) => {
    const found = attributes.find(([n]) => n === name)?.[1];
    return typeof found === 'string' ? found : fallback;
  };
  const find = (appearance: string) =>
    badges!.find((b) => b.lang === lang && b.variant === get('variant', 'join') && b.size === get('size', 'm') && b.appearance === appearance);
  const appearance = get('appearance', 'auto');
  const light = find(appearance === 'dark' ? 'dark' : 'light');
  const dark = appearance === 'auto' ? find('dark') : undefined;
  if (!light) return msg('This server has no image badges: build them with npm run build:badges.', {id: 'image.missing'});
  const file = (entry: BadgeEntry) => new URL(get('file', 'svg') === 'png' ? entry.png : entry.file, badgeBase).href;
  return imageMarkup({
    href: get('href', alliancePageUrl(lang)),
    src: file(light),
    darkSrc: dark && file(dark),
    alt: light.alt,
    width: light.width,
    height: light.height,
  });
}

function loadBadges(): void {
  badgeIndex ??= fetch(new URL('index.json', badgeBase), {credentials: 'omit'})
    .then((response) => (response.ok ? (response.json() as Promise<BadgeEntry[]>) : []))
    .catch(() => []);
  void badgeIndex.then((list) => {
    if (badges) return;
    badges = list;
    update();
  });
}

let shown = '';

function update(): void {
  const widget = chosenWidget();
  const lang = getLocale();
  const formatField = form.elements.namedItem(`${widget.tag}:format`) as RadioNodeList | null;
  const format: Format = formatField?.value === 'image' ? 'image' : 'script';
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-widget]')) {
    fieldset.hidden = fieldset.dataset['widget'] !== widget.tag;
  }
  for (const part of form.querySelectorAll<HTMLElement>('[data-only]')) part.hidden = part.dataset['only'] !== format;
  const controls = [
    ...widget.controls.map((control) => [control, widget.tag] as const),
    ...current.common.map((control) => [control, 'common'] as const),
  ].filter(([control]) => !(format === 'image' ? control.script : control.image) && control.attribute !== 'format');
  const attributes = controls.map(([control, scope]) => readControl(control, scope)).filter((a): a is Attribute => a !== undefined);

  let markup: Markup[];
  if (format === 'image') {
    loadBadges();
    const image = imageSnippet(attributes, lang);
    markup = typeof image === 'string' ? [] : [image];
    output.value = typeof image === 'string' ? image : toHtml(image).join('\n');
    snippetHint.textContent = msg(
      'A link and an image, for pages where you cannot add a script (some content management systems, newsletters, e-mail). It shows the badge in your page’s language; it does not follow a change of language or show the number of supporters.',
      {id: 'snippet.imageHint'},
    );
  } else {
    // The badge takes its link's address and text as its own, so they are written once, in the link.
    const own = widget.tag === 'cohesion-join-badge' ? attributes.filter(([name]) => name !== 'href' && name !== 'label') : attributes;
    // The picker's fallback titles each document in the language it links to.
    const documentLang = attributes.find(([name]) => name === 'document-lang')?.[1];
    if (typeof documentLang === 'string' && !hasTitles(documentLang)) void loadFallbackData(documentLang).then(update);
    const fallback = fallbackFor(widget.tag, {lang, texts, attributes});
    markup = [{tag: widget.tag, attributes: own, children: fallback}];
    output.value = buildSnippet({
      scriptUrl,
      languageFileUrl: new URL(`./locales/${lang}.js`, scriptUrl).href,
      tag: widget.tag,
      attributes: own,
      fallback,
      comment:
        lang === 'en'
          ? undefined
          : msg(str`The widget speaks the language of your page, set in ${`<html lang="${lang}">`}.`, {id: 'snippet.langComment'}),
    });
    snippetHint.textContent = msg(
      'The first line loads the widgets; put it once per page, even for several widgets. The text inside the tag is what readers see without JavaScript. The server that hosts the script must allow other sites to load it (CORS), as public code hosts do.',
      {id: 'snippet.scriptHint'},
    );
  }

  // The preview is the snippet's markup, built anew only when the snippet changes.
  const key = JSON.stringify([lang, format, markup]);
  if (key === shown) return;
  shown = key;
  preview.replaceChildren(...markup.map(toNode));
  previewStatus.textContent = '';
  copyStatus.textContent = '';
}

function announce(region: HTMLElement, message: string): void {
  // Emptied first, so that the same message twice in a row is announced twice.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

async function copySnippet(): Promise<void> {
  try {
    await navigator.clipboard.writeText(output.value);
    announce(copyStatus, msg('Snippet copied. Paste it into your page’s HTML.', {id: 'copy.done'}));
  } catch {
    output.focus();
    output.select();
    announce(copyStatus, msg('The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.', {id: 'copy.select'}));
  }
}

// Links in the preview stay on this page; the status line says where they would lead.
preview.addEventListener('cohesion-join', (event) => {
  event.preventDefault();
  announce(previewStatus, msg(str`On your page, the badge opens ${event.detail.href}`, {id: 'status.badge'}));
});
preview.addEventListener('cohesion-download', (event) => {
  event.preventDefault();
  const language = languageName(event.detail.lang, getLocale());
  announce(previewStatus, msg(str`On your page, this link opens the ${language} version: ${event.detail.href}`, {id: 'status.download'}));
});
preview.addEventListener('click', (event) => {
  if (event.defaultPrevented) return;
  const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement && target.href !== '');
  if (!link) return;
  event.preventDefault();
  announce(previewStatus, msg(str`On your page, this link opens ${link.href}`, {id: 'status.link'}));
});
preview.addEventListener('cohesion-data-error', (event) => {
  announce(previewStatus, msg(str`The feed could not be used (${event.detail.message}); the widget shows its built-in data.`, {id: 'status.feed'}));
});

/** Speaks `lang`: the configurator's texts, the widgets' wording for the snippet, the page's `lang`. */
let speaking = 0;
async function speak(lang: string): Promise<void> {
  const known = (LANGUAGES as readonly string[]).includes(lang) ? lang : 'en';
  const turn = ++speaking;
  const [loaded] = await Promise.all([widgetTexts(known), loadFallbackData(known)]);
  // A language chosen since wins; the configurator's texts are set only now, so that all change together.
  if (turn !== speaking) return;
  await setLocale(known);
  if (turn !== speaking) return;
  texts = loaded;
  renderPage();
  renderForm();
  update();
}

languageSelect.addEventListener('change', () => {
  const lang = languageSelect.value;
  document.documentElement.lang = lang;
  const address = new URL(location.href);
  address.searchParams.set('lang', lang);
  history.replaceState(history.state, '', address);
  void speak(lang);
});
form.addEventListener('input', update);
form.addEventListener('change', (event) => {
  if (event.target !== languageSelect) update();
});
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', () => void copySnippet());

if ((LANGUAGES as readonly string[]).includes(document.documentElement.lang)) languageSelect.value = document.documentElement.lang;
await speak(languageSelect.value);
document.documentElement.dataset['ready'] = '';
