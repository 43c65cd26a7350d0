import {fileURLToPath} from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

// CONSUMER_BASELINE=1 builds the same app without the widgets, to measure what they add to its bundle.
export default {
  entry: './src/main.js',
  output: {path: fileURLToPath(new URL('dist', import.meta.url)), clean: true},
  resolve: process.env.CONSUMER_BASELINE
    ? {alias: {'@cohesion-alliance/widgets$': fileURLToPath(new URL('../baseline.js', import.meta.url))}}
    : {},
  plugins: [new HtmlWebpackPlugin({template: 'index.html', scriptLoading: 'module'})],
};
