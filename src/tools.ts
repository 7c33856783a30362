/**
 * `hf-indikatorer/data.js`: what tools and tests need without a DOM: the JSON-stat reader, the
 * reasons for its rules in nb, nn and en, code lists and projections, and the CSV converter. Used
 * by the `hf-indikatorer validate` and `convert` commands.
 */
export * from './data/index.js';
export { convertCsv, ConvertError, type ConvertOptions, type Converted } from './data/convert.js';
export { ruleMessage } from './format/rule-messages.js';
