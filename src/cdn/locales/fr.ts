import published from '../../data/titles/fr.js';

export {templates} from '../../generated/locales/fr.js';
export const titles = {fr: published};
