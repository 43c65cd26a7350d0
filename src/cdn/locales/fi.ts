import published from '../../data/titles/fi.js';

export {templates} from '../../generated/locales/fi.js';
export const titles = {fi: published};
