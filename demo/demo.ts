import {connectLanguageSwitches} from './language.js';

connectLanguageSwitches();
