// CONSUMER_BASELINE=1 builds the same app without the widgets, to measure what they add to its bundle.
const baseline = process.env.CONSUMER_BASELINE ? {resolveAlias: {'@cohesion-alliance/widgets': './baseline.js'}} : {};

export default {
  turbopack: {root: import.meta.dirname, ...baseline},
};
