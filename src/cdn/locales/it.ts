import published from '../../data/titles/it.js';

export {templates} from '../../generated/locales/it.js';
export const titles = {it: published};
