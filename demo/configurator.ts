// Types only: the configurator must not bundle a second copy of the widgets. Each table below is typed by the
// widget's own list of values, so that a value added to or removed from a widget fails the type check here.
import type {Appearance} from '../src/components/cohesion-element.js';
import type {BadgeSize, BadgeVariant} from '../src/components/join-badge/join-badge.js';
import type {CounterNotation, MIN_REFRESH_SECONDS} from '../src/components/supporter-counter/supporter-counter.js';
import type {HeadingLevel} from '../src/components/declaration-summary/declaration-summary.js';
import type {PickerHeadingLevel} from '../src/components/document-picker/document-picker.js';
import {DOCUMENT_IDS, SUPPORTER_CATEGORIES, type SupporterCategory} from '../src/data/model.js';
import {connectLanguageSwitches} from './language.js';
import {buildSnippet, type Attribute} from './snippet.js';

const MIN_REFRESH: typeof MIN_REFRESH_SECONDS = 10;

interface Choice {
  value: string;
  label: string;
}

/** One option of a widget, shown as a form control and written as one attribute. */
type Control =
  | {kind: 'radios'; attribute: string; legend: string; choices: Choice[]; initial: string}
  | {kind: 'select'; attribute: string; label: string; choices: Choice[]; initial: string; hint?: string}
  | {kind: 'flag'; attribute: string; label: string; hint?: string}
  | {kind: 'list'; attribute: string; legend: string; choices: Choice[]; hint?: string}
  | {kind: 'text'; attribute: string; label: string; hint?: string; address?: boolean}
  | {kind: 'number'; attribute: string; label: string; hint?: string; min: number};

interface Widget {
  tag: string;
  name: string;
  controls: Control[];
}

const VARIANT_LABELS: Record<BadgeVariant, string> = {
  join: 'Join: “Join the #CohesionAlliance”',
  supporter: 'Supporter: “We support the #CohesionAlliance”',
};
const SIZE_LABELS: Record<BadgeSize, string> = {s: 'Small', m: 'Medium', l: 'Large'};
const NOTATION_LABELS: Record<CounterNotation, string> = {standard: 'Full (12,000)', compact: 'Short (12K)'};
const APPEARANCE_LABELS: Record<Appearance, string> = {
  auto: 'Automatic: follows the reader’s light or dark setting',
  light: 'Light',
  dark: 'Dark',
};
const CATEGORY_LABELS: Record<SupporterCategory, string> = {
  individuals: 'Individual supporters',
  regions: 'Regions',
  cities: 'Cities and counties',
  associations: 'Associations of regional and local authorities',
  meps: 'Members of the European Parliament',
  organisations: 'EU sectoral organisations',
};
const DOCUMENT_LABELS: Record<(typeof DOCUMENT_IDS)[number], string> = {
  'debate-2022': 'The debate on the future of cohesion policy starts now! (2022)',
  'declaration-2020': 'Declaration of the #CohesionAlliance for a cohesive, sustainable and resilient Europe (2020)',
  'letter-charles-michel': 'Letter of the #CohesionAlliance to Charles Michel',
};

/** The choices of a table of labels, in its order. */
const choices = (labels: Record<string | number, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({value, label}));

/** Labels for a list of values from the data model. */
const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({value, label: labels[value]}));

const HEADING_LABELS: Record<HeadingLevel, string> = {2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6'};
const PICKER_HEADING_LABELS: Record<PickerHeadingLevel, string> = {2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6'};

const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
const languageChoices: Choice[] = [
  {value: '', label: 'The page’s language (automatic)'},
  ...Array.from(languageSelect.options, (option) => ({value: option.value, label: option.text})),
];

const WIDGETS: Widget[] = [
  {
    tag: 'cohesion-join-badge',
    name: 'Join badge',
    controls: [
      {kind: 'radios', attribute: 'variant', legend: 'Text', choices: choices(VARIANT_LABELS), initial: 'join'},
      {kind: 'radios', attribute: 'size', legend: 'Size', choices: choices(SIZE_LABELS), initial: 'm'},
      {kind: 'flag', attribute: 'show-count', label: 'Show the number of supporters'},
      {kind: 'text', attribute: 'label', label: 'Own text (optional)', hint: 'Replaces the translated text in every language.'},
      {
        kind: 'text',
        attribute: 'href',
        label: 'Link address (optional)',
        hint: 'By default, the Alliance’s page in the reader’s language.',
        address: true,
      },
    ],
  },
  {
    tag: 'cohesion-supporter-counter',
    name: 'Supporter counter',
    controls: [
      {kind: 'list', attribute: 'categories', legend: 'Figures to show', choices: labelled(SUPPORTER_CATEGORIES, CATEGORY_LABELS), hint: 'With none chosen, all are shown.'},
      {kind: 'radios', attribute: 'notation', legend: 'Numbers', choices: choices(NOTATION_LABELS), initial: 'standard'},
      {kind: 'flag', attribute: 'show-date', label: 'Say when the figures date from'},
      {kind: 'flag', attribute: 'no-animation', label: 'Do not count up'},
      {
        kind: 'number',
        attribute: 'refresh',
        label: 'Re-read the feed every … seconds',
        hint: `0 never; otherwise at least ${MIN_REFRESH}. Needs a feed address.`,
        min: 0,
      },
    ],
  },
  {
    tag: 'cohesion-declaration-summary',
    name: 'Declaration summary',
    controls: [
      {
        kind: 'select',
        attribute: 'heading-level',
        label: 'Heading level',
        choices: choices(HEADING_LABELS),
        initial: '2',
        hint: 'To fit your page’s outline: h2 below the page title, h3 inside a section.',
      },
      {kind: 'flag', attribute: 'collapsed', label: 'Fold the five commitments (readers open them)'},
    ],
  },
  {
    tag: 'cohesion-document-picker',
    name: 'Document picker',
    controls: [
      {kind: 'list', attribute: 'documents', legend: 'Documents', choices: labelled(DOCUMENT_IDS, DOCUMENT_LABELS), hint: 'With none chosen, all are shown.'},
      {
        kind: 'select',
        attribute: 'document-lang',
        label: 'Language of the documents',
        choices: languageChoices,
        initial: '',
        hint: 'Automatic: the page’s language where it exists, else the closest one.',
      },
      {
        kind: 'select',
        attribute: 'heading-level',
        label: 'Heading level of the titles',
        choices: choices(PICKER_HEADING_LABELS),
        initial: '3',
      },
      {
        kind: 'text',
        attribute: 'why-href',
        label: 'Page explaining missing languages (optional)',
        hint: 'When set, the notice about a missing language links to it.',
        address: true,
      },
    ],
  },
];

const COMMON: Control[] = [
  {kind: 'radios', attribute: 'appearance', legend: 'Colours', choices: choices(APPEARANCE_LABELS), initial: 'auto'},
  {
    kind: 'text',
    attribute: 'src',
    label: 'Feed address (optional)',
    hint: 'A JSON feed with newer figures or documents. Without it, the widget shows its built-in data.',
    address: true,
  },
];

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const previewStatus = document.querySelector<HTMLElement>('#preview-status')!;
const output = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

/** The built library beside this page: the address a pasted snippet loads it from. */
const scriptUrl = new URL('./cohesion-alliance.js', location.href).href;

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

function hint(text: string | undefined, id: string): HTMLElement[] {
  return text ? [element('p', {className: 'hint', id}, text)] : [];
}

function choiceGroup(type: 'radio' | 'checkbox', name: string, legend: string, items: Choice[], checked: (v: string) => boolean, hintText?: string) {
  const hintId = uid('hint');
  const fieldset = element('fieldset', {className: 'field choices'}, element('legend', {className: 'label'}, legend));
  for (const item of items) {
    const id = uid(name);
    const input = element('input', {type, name, id, value: item.value, checked: checked(item.value)});
    fieldset.append(element('div', {className: 'choice'}, input, element('label', {htmlFor: id}, item.label)));
  }
  if (hintText) {
    fieldset.setAttribute('aria-describedby', hintId);
    fieldset.append(...hint(hintText, hintId));
  }
  return fieldset;
}

function renderControl(control: Control, scope: string): HTMLElement {
  const name = `${scope}:${control.attribute}`;
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
      for (const item of control.choices) select.append(element('option', {value: item.value, selected: item.value === control.initial}, item.label));
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

/** Writes the form's controls before its last part, the language of the preview, which the page has already. */
function renderForm(): void {
  const parts: HTMLElement[] = [
    choiceGroup(
      'radio',
      'widget',
      'Widget',
      WIDGETS.map((w) => ({value: w.tag, label: w.name})),
      (v) => v === WIDGETS[0]!.tag,
    ),
  ];
  for (const widget of WIDGETS) {
    const fieldset = element('fieldset', {}, element('legend', {}, `${widget.name}: options`));
    fieldset.dataset['widget'] = widget.tag;
    fieldset.append(...widget.controls.map((control) => renderControl(control, widget.tag)));
    parts.push(fieldset);
  }
  parts.push(element('fieldset', {}, element('legend', {}, 'Colours and data'), ...COMMON.map((control) => renderControl(control, 'common'))));
  form.prepend(...parts);
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
      setError(input, bad ? 'Only web addresses (http or https) work here; this one is left out.' : '');
      return value && !bad ? [control.attribute, value] : undefined;
    }
    case 'number': {
      const input = fields as HTMLInputElement;
      const value = input.value.trim();
      const seconds = Number(value);
      const bad = value !== '' && (!Number.isInteger(seconds) || (seconds !== 0 && seconds < MIN_REFRESH));
      setError(input, bad ? `Use 0, or a whole number of at least ${MIN_REFRESH}; this one is left out.` : '');
      return !bad && seconds > control.min ? [control.attribute, String(seconds)] : undefined;
    }
  }
}

function chosenWidget(): Widget {
  const tag = (form.elements.namedItem('widget') as RadioNodeList).value;
  return WIDGETS.find((w) => w.tag === tag) ?? WIDGETS[0]!;
}

let shown = '';

function update(): void {
  const widget = chosenWidget();
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-widget]')) {
    fieldset.hidden = fieldset.dataset['widget'] !== widget.tag;
  }
  const attributes = [
    ...widget.controls.map((control) => readControl(control, widget.tag)),
    ...COMMON.map((control) => readControl(control, 'common')),
  ].filter((a): a is Attribute => a !== undefined);

  output.value = buildSnippet({scriptUrl, tag: widget.tag, attributes, lang: languageSelect.value});

  // The preview is the snippet's element, built anew only when the snippet changes.
  const key = JSON.stringify([widget.tag, attributes]);
  if (key === shown) return;
  shown = key;
  const live = document.createElement(widget.tag);
  for (const [name, value] of attributes) live.setAttribute(name, value === true ? '' : value);
  preview.replaceChildren(live);
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
    announce(copyStatus, 'Snippet copied. Paste it into your page’s HTML.');
  } catch {
    output.focus();
    output.select();
    announce(copyStatus, 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  }
}

// Links in the preview stay on this page; the status line says where they would lead.
preview.addEventListener('cohesion-join', (event) => {
  event.preventDefault();
  announce(previewStatus, `On your page, the badge opens ${event.detail.href}`);
});
preview.addEventListener('cohesion-download', (event) => {
  event.preventDefault();
  announce(previewStatus, `On your page, this link opens the ${event.detail.lang} version: ${event.detail.href}`);
});
preview.addEventListener('click', (event) => {
  if (event.defaultPrevented) return;
  const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement && target.href !== '');
  if (!link) return;
  event.preventDefault();
  announce(previewStatus, `On your page, this link opens ${link.href}`);
});
preview.addEventListener('cohesion-data-error', (event) => {
  announce(previewStatus, `The feed could not be used (${event.detail.message}); the widget shows its built-in data.`);
});

renderForm();
connectLanguageSwitches();
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', () => void copySnippet());
update();
