import published from '../../data/titles/nl.js';

export {templates} from '../../generated/locales/nl.js';
export const titles = {nl: published};
