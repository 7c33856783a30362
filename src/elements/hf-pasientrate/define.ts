/** Registers `<hf-pasientrate>` (import this module to have the element at once, without the autoloader). */
import { define } from '../../define.js';
import { HfPasientrate } from './hf-pasientrate.js';

define('hf-pasientrate', HfPasientrate);

export { HfPasientrate };
