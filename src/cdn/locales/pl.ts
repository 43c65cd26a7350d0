import published from '../../data/titles/pl.js';

export {templates} from '../../generated/locales/pl.js';
export const titles = {pl: published};
