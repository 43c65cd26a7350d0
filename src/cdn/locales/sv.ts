import published from '../../data/titles/sv.js';

export {templates} from '../../generated/locales/sv.js';
export const titles = {sv: published};
