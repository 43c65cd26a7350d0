import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type {Plugin} from 'vite';

const SRC = resolve(import.meta.dirname, '../src');
const LOCALE = /\/src\/generated\/locales\/([a-z]{2,3})\.ts$/;
const REGISTERS = /\/src\/components\/[\w-]+\/cohesion-[\w-]+\.ts$/;
const ENGLISH_ID = 'cohesion:english';
const ENGLISH_FILE = join(SRC, 'generated/locales/en.ts');
const COPY = '\0cohesion-copy:';
const MESSAGES = '\0cohesion:messages';
const REGISTRATION = '\0cohesion:registration';
const TEXT = 'cohesionText';
/** The `str` tag of a language's file: a message's strings, and the order of its values. */
const STR = 'const str = (strings, ...values) => ({strings, values});';

/** A message's English text: a plain string, or the strings around the values of a `str` template. */
type English = string | string[];

/** Every `msg(text, {id: '…'})` call of a TypeScript file, with the nodes of its text and id. */
function messageCalls(file: string, code: string) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const calls: {id: string; node: ts.CallExpression; text: ts.Expression; english: English}[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [text, options] = node.arguments;
      const idProperty =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id')
          : undefined;
      if (!text || !idProperty || !ts.isStringLiteral(idProperty.initializer)) {
        throw new Error(`${file}: a msg() call without a literal id: ${node.getText(source).slice(0, 80)}`);
      }
      let english: English;
      if (ts.isStringLiteral(text) || ts.isNoSubstitutionTemplateLiteral(text)) english = text.text;
      else if (ts.isTaggedTemplateExpression(text) && text.tag.getText(source) === 'str' && ts.isTemplateExpression(text.template)) {
        english = [text.template.head.text, ...text.template.templateSpans.map((span) => span.literal.text)];
      } else throw new Error(`${file}: msg() text that is neither a string nor a str template: ${text.getText(source).slice(0, 80)}`);
      calls.push({id: idProperty.initializer.text, node, text, english});
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return {source, calls};
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

/**
 * One file per language in the self-contained files, and no English in their entry. A page loads the entry and then
 * only its own language's file, so everything language-specific moves out of the entry into that file:
 * - each `msg(text, {id})` call is compiled, as lit-localize's transform mode compiles it, into a lookup by a short id
 *   (`text("a", value)`, see `MESSAGES_MODULE`) in the language of the widget being rendered, and its English text
 *   goes to `locales/en.js`, a file like every other language's (`loadEnglish` in `src/i18n/language-files.ts` is set
 *   to load it); every language's file must hold every message;
 * - each language's file also holds a copy of the document titles its readers get (its own, or the English ones
 *   where no document exists in it) and, for Irish and Maltese, its month names, so that a page of that language
 *   needs no other file; `titles/<lang>.js` stay, for a document shown in another language;
 * - the tags are registered once the page's language is loaded (`defineOnceLoaded`).
 * The ES modules for bundlers are built by `tsc` and keep the sources' texts and ids as they are.
 */
export function languageFiles(): Plugin {
  const english = new Map<string, English>();
  const short = new Map<string, string>();
  return {
    name: 'cohesion:language-files',
    enforce: 'pre',
    buildStart() {
      english.clear();
      short.clear();
      for (const file of sourceFiles(SRC)) {
        const code = readFileSync(file, 'utf8');
        if (!code.includes('msg(')) continue;
        for (const call of messageCalls(file, code).calls) {
          const known = english.get(call.id);
          if (known !== undefined && JSON.stringify(known) !== JSON.stringify(call.english)) {
            this.error(`${relative(SRC, file)}: message ${call.id} has two English texts`);
          }
          english.set(call.id, call.english);
        }
      }
      [...english.keys()].sort().forEach((id, index) => short.set(id, index.toString(36)));
    },
    resolveId(source, importer) {
      if (source === ENGLISH_ID) return ENGLISH_FILE;
      if (source === '@lit/localize/init/reentrant.js' && importer?.startsWith(SRC)) return MESSAGES;
      return source.startsWith(COPY) || source === MESSAGES || source === REGISTRATION ? source : null;
    },
    load(id) {
      if (id === MESSAGES) return MESSAGES_MODULE;
      if (id === REGISTRATION) {
        // The page's language is asked for once, by the first tag registered.
        return [
          `import {getLocale, preloadLocale} from ${JSON.stringify(join(SRC, 'i18n/localization.ts'))};`,
          'let loaded;',
          'export const defineOnceLoaded = (tag, element) =>',
          '  void (loaded ??= preloadLocale(getLocale())).then(() => customElements.get(tag) || customElements.define(tag, element));',
        ].join('\n');
      }
      if (id === ENGLISH_FILE) {
        const entries = [...english].map(([id, text]) => {
          const value = typeof text === 'string' ? JSON.stringify(text) : `str(${JSON.stringify(text)}, ${text.slice(1).map((_, i) => i).join(', ')})`;
          return `${JSON.stringify(short.get(id))}: ${value}`;
        });
        return [
          STR,
          `export const templates = {${entries.join(',\n')}};`,
          copies('en'),
        ].join('\n');
      }
      if (id.startsWith(COPY)) {
        const file = id.slice(id.indexOf(':', COPY.length) + 1);
        return ts.transpileModule(readFileSync(file, 'utf8'), {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}}).outputText;
      }
      return null;
    },
    generateBundle(_options, bundle) {
      // The month names' own chunks, which the bundler still writes though nothing loads them now.
      const unused = Object.values(bundle).filter((file) => file.type === 'chunk' && /\/src\/i18n\/dates\//.test(file.facadeModuleId ?? ''));
      for (const chunk of unused) {
        const name = chunk.fileName.split('/').slice(-2).join('/');
        const user = Object.values(bundle).find((file) => file.type === 'chunk' && file !== chunk && file.code.includes(name));
        if (user) this.error(`${user.fileName} loads ${chunk.fileName}`);
        delete bundle[chunk.fileName];
      }
    },
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (!path.startsWith(SRC) || !path.endsWith('.ts') || path === ENGLISH_FILE) return null;
      if (path === join(SRC, 'i18n/language-files.ts')) {
        return {code: `export const ONE_FILE_PER_LANGUAGE = true;\nexport const loadEnglish = () => import(${JSON.stringify(ENGLISH_ID)});`, map: null};
      }
      if (REGISTERS.test(path)) {
        // A tag is registered once the page's language is loaded, so that until the widgets can render at once the
        // tags stay as the page wrote them, with the space the page reserves for them and their fallback content.
        let found = 0;
        const waiting = code.replace(/^if \(!customElements\.get\(('[\w-]+')\)\) customElements\.define\(\1, (\w+)\);$/m, (_, tag: string, element: string) => {
          found++;
          return `defineOnceLoaded(${tag}, ${element});`;
        });
        if (!found) this.error(`${relative(SRC, path)}: no registration in the form this build knows`);
        return {code: `import {defineOnceLoaded} from ${JSON.stringify(REGISTRATION)};\n${waiting}`, map: null};
      }
      const locale = LOCALE.exec(path)?.[1];
      if (locale) {
        const translated = new Set<string>();
        // lit-localize writes one message per line, the first after `templates = {`.
        const renamed = code.replace(/^(\s*(?:export const templates = \{)?\s*)'([^']+)':/gm, (_, before: string, messageId: string) => {
          const name = short.get(messageId);
          if (!name) this.error(`${relative(SRC, path)}: a translation of ${messageId}, which no msg() call has`);
          translated.add(messageId);
          return `${before}${JSON.stringify(name)}:`;
        });
        // A compiled message has no English to fall back on: every language's file must hold every message.
        const missing = [...english.keys()].filter((messageId) => !translated.has(messageId));
        if (missing.length) this.error(`${relative(SRC, path)}: no translation of ${missing.join(', ')}`);
        // The file defines the `str` tag itself, as the entry's messages read it, and imports nothing: it cannot then
        // load a second copy of the entry (which a page may load with a query string, `cohesion-alliance.js?ver=2`).
        const own = renamed.replace("import {str} from '@lit/localize';", STR);
        if (own === renamed) this.error(`${relative(SRC, path)}: no import of str from @lit/localize`);
        return {code: `${own}\n${copies(locale)}`, map: null};
      }
      if (!code.includes('msg(')) return null;
      const magic = new MagicString(code);
      const {source, calls} = messageCalls(path, code);
      for (const call of calls) {
        const values = ts.isTaggedTemplateExpression(call.text) && ts.isTemplateExpression(call.text.template)
          ? call.text.template.templateSpans.map((span) => span.expression.getText(source))
          : [];
        magic.overwrite(call.node.getStart(source), call.node.getEnd(), `${TEXT}(${[JSON.stringify(short.get(call.id)), ...values].join(', ')})`);
      }
      magic.prepend(`import {text as ${TEXT}} from ${JSON.stringify(MESSAGES)};\n`);
      return {code: magic.toString(), map: magic.generateMap({hires: true})};
    },
  };
}

/**
 * What the compiled messages run on, in place of the runtime of @lit/localize's reentrant mode: the same
 * configuration (`getLocale`, `loadLocaleSync`), and a message by its id, in the language being rendered, with the
 * values of its placeholders in the order the translation puts them. Every language's file holds every message (the
 * build checks it), so a message is missing only where its language's file failed to load: it is then empty.
 */
const MESSAGES_MODULE = `
let getLocale, loadLocaleSync;
export const configureReentrantLocalization = (options) => ({getLocale, loadLocaleSync} = options);
export const text = (id, ...values) => {
  const template = loadLocaleSync(getLocale())?.templates[id] ?? '';
  return typeof template == 'string' ? template : template.strings.reduce((text, string, i) => text + values[template.values[i - 1]] + string);
};`;

/**
 * The exports that copy a language's document titles and month names into its file: its own titles, or in a language
 * no document exists in (Bulgarian, Irish) the English ones, which its readers get the documents in unless their
 * browser asks for another language; and its month names, where it has them.
 */
function copies(locale: string): string {
  const titles = (lang: string) => join(SRC, `data/titles/${lang}.ts`);
  const carried = existsSync(titles(locale)) ? locale : 'en';
  const dates = join(SRC, `i18n/dates/${locale}.ts`);
  return [
    // A copy for each file (the copy's id names the file), so that no two files share it as a chunk.
    `import carriedTitles from ${JSON.stringify(`${COPY}${locale}:${titles(carried)}`)};`,
    `export const titles = {${carried}: carriedTitles};`,
    existsSync(dates) ? `export {default as dates} from ${JSON.stringify(`${COPY}${locale}:${dates}`)};` : '',
  ].join('\n');
}
