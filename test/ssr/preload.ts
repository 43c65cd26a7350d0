// Imported by the server-rendering worker before it renders a fixture: every language, as a server would.
import {preloadLanguages} from '../../src/server.js';

await preloadLanguages();
