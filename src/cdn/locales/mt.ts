import published from '../../data/titles/mt.js';

export {templates} from '../../generated/locales/mt.js';
export {default as dates} from '../../i18n/dates/mt.js';
export const titles = {mt: published};
