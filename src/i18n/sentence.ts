/** Stands for a placeholder inside a translated sentence, so that markup can be set where the language puts it. */
export const SLOT = '\uE000';

/** A translated sentence with `node` set at its placeholder; a translation without one gets `node` after it. */
export const around = <T>(sentence: string, node: T): (string | T)[] => {
  const [before, after] = sentence.split(SLOT);
  return after === undefined ? [sentence, ' ', node] : [before!, node, after];
};
