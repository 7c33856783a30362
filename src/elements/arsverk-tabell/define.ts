/** Registers `<arsverk-tabell>` (import this module to have the element at once, without the autoloader). */
import { define } from '../../define.js';
import { ArsverkTabell } from './arsverk-tabell.js';

define('arsverk-tabell', ArsverkTabell);

export { ArsverkTabell };
