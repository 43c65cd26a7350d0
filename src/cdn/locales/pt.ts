import published from '../../data/titles/pt.js';

export {templates} from '../../generated/locales/pt.js';
export const titles = {pt: published};
