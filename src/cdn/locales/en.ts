import published from '../../data/titles/en.js';

// The English texts are the messages' own, in the code; this file brings the English document titles.
export const templates = {};
export const titles = {en: published};
