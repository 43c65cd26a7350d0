import published from '../../data/titles/sl.js';

export {templates} from '../../generated/locales/sl.js';
export const titles = {sl: published};
