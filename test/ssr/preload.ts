// Imported by the server-rendering worker before it renders a fixture: the languages the tests render in.
import {preloadLanguages} from '../../src/server.js';

await preloadLanguages(['de', 'fr', 'lv']);
