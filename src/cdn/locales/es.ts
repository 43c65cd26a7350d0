import published from '../../data/titles/es.js';

export {templates} from '../../generated/locales/es.js';
export const titles = {es: published};
