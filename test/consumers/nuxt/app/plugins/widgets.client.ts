// The widgets register in the browser only; the generated page holds the tags with their attributes.
import '@cohesion-alliance/widgets';

export default defineNuxtPlugin(() => {});
