/** Registers `<hf-pasientrate>` (import this module to have the element at once, without the autoloader). */
import { HfPasientrate } from './hf-pasientrate.js';

// A second copy of the bundle on the page must not throw.
if (!customElements.get('hf-pasientrate')) customElements.define('hf-pasientrate', HfPasientrate);

export { HfPasientrate };
