import published from '../../data/titles/et.js';

export {templates} from '../../generated/locales/et.js';
export const titles = {et: published};
