import published from '../../data/titles/sk.js';

export {templates} from '../../generated/locales/sk.js';
export const titles = {sk: published};
