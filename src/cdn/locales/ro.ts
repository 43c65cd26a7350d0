import published from '../../data/titles/ro.js';

export {templates} from '../../generated/locales/ro.js';
export const titles = {ro: published};
