/** The DOM-free data layer: the JSON-stat reader, code lists and projections. */
export { readJsonStat, JsonStatError, PROFILE_ID, normaliseGeoId, normaliseTimeId } from './jsonstat.js';
export { parseFilter, formatFilter } from './options.js';
export { readCodeList, parentOf, normaliseKommune, numbersOf } from './codelist.js';
export { projectionSteps } from './projection.js';
export type * from './types.js';
