import published from '../../data/titles/lv.js';

export {templates} from '../../generated/locales/lv.js';
export const titles = {lv: published};
