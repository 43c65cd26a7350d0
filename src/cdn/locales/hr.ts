import published from '../../data/titles/hr.js';

export {templates} from '../../generated/locales/hr.js';
export const titles = {hr: published};
