/**
 * `hf-indikatorer/data.js`: what tools and tests need without a DOM: the JSON-stat reader, the
 * reasons for its rules in nb, nn and en, code lists and projections. Used by the
 * `hf-indikatorer validate` command.
 */
export * from './data/index.js';
export { ruleMessage } from './format/rule-messages.js';
