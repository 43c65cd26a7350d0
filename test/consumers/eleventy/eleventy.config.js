import litPlugin from '@lit-labs/eleventy-plugin-lit';

// Eleventy renders the widgets into each page as declarative shadow DOM; client.js hydrates them.
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {mode: 'worker', componentModules: ['./widgets.js']});
}
