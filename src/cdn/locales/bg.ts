// No document exists in this language: its readers get them, with their titles, in English.
import published from '../../data/titles/en.js';

export {templates} from '../../generated/locales/bg.js';
export const titles = {en: published};
