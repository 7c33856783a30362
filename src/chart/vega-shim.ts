/**
 * Stands in for the `vega` package in the built bundle: Vega-Lite imports only these helpers
 * from it, and the whole `vega` package would bring every transform Vega has.
 */
export { stringValue, hasOwnProperty, isObject, isString } from 'vega-util';
