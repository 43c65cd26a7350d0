import {html} from 'lit';
import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import {EU_LANGUAGES} from '../src/i18n/negotiate.js';
import {languageAutonym} from '../src/i18n/format.js';
import {forDocs} from './manifest.js';

setCustomElementsManifest(forDocs(manifest));

const APPEARANCES = ['light', 'dark'] as const;

let applied = '';

/**
 * Sets the page's language from the toolbar (the widgets follow `<html lang>` live, as on a member's site) and
 * paints the story on a light or dark page.
 */
const withPage: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const appearance = context.globals.appearance === 'dark' ? 'dark' : 'light';
  // Set when the story or the toolbar's language changes, so that a story's own language menu holds across
  // re-renders for a change of controls.
  const key = `${context.id} ${locale}`;
  if (key !== applied) {
    applied = key;
    document.documentElement.lang = locale;
  }
  if (context.viewMode === 'story') document.body.dataset.cohesionAppearance = appearance;
  return html`<div class="cohesion-story" data-cohesion-appearance=${appearance}>${story()}</div>`;
};

/**
 * Controls for what the manifest lists beside attributes: a colour picker or text field for each CSS custom
 * property (the stories apply them to the widget), none for parts, events and slots.
 */
const styleControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties') {
        return [name, {...argType, control: {type: /color|background/.test(name) ? 'color' : 'text'}}];
      }
      if (category === 'css shadow parts' || category === 'events' || category === 'slots') {
        return [name, {...argType, control: false}];
      }
      return [name, argType];
    }),
  );

const preview: Preview = {
  decorators: [withPage],
  argTypesEnhancers: [styleControls],
  globalTypes: {
    locale: {
      description: 'The page language (<html lang>): the widgets follow it live',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: EU_LANGUAGES.map((lang) => ({value: lang, title: languageAutonym(lang), right: lang})),
      },
    },
    appearance: {
      description: 'A light or dark page; widgets without their own appearance follow it',
      toolbar: {
        title: 'Appearance',
        icon: 'contrast',
        dynamicTitle: true,
        items: APPEARANCES.map((value) => ({value, title: value === 'light' ? 'Light' : 'Dark', icon: value === 'light' ? 'sun' : 'moon'})),
      },
    },
  },
  initialGlobals: {locale: 'en', appearance: 'light'},
  parameters: {
    layout: 'padded',
    a11y: {
      test: 'error',
      options: {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}},
    },
    controls: {expanded: true, sort: 'requiredFirst'},
    docs: {toc: true},
    options: {
      storySort: {order: ['Introduction', 'Widgets', ['Join badge', 'Supporter counter', 'Declaration summary', 'Document picker']]},
    },
  },
};

export default preview;
