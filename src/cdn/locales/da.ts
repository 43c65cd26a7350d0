import published from '../../data/titles/da.js';

export {templates} from '../../generated/locales/da.js';
export const titles = {da: published};
