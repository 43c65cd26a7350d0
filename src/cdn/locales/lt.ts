import published from '../../data/titles/lt.js';

export {templates} from '../../generated/locales/lt.js';
export const titles = {lt: published};
