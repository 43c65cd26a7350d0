import published from '../../data/titles/el.js';

export {templates} from '../../generated/locales/el.js';
export const titles = {el: published};
