import published from '../../data/titles/de.js';

export {templates} from '../../generated/locales/de.js';
export const titles = {de: published};
