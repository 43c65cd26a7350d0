import published from '../../data/titles/hu.js';

export {templates} from '../../generated/locales/hu.js';
export const titles = {hu: published};
