import published from '../../data/titles/cs.js';

export {templates} from '../../generated/locales/cs.js';
export const titles = {cs: published};
