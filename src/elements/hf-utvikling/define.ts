/** Registers `<hf-utvikling>` (import this module to have the element at once, without the autoloader). */
import { HfUtvikling } from './hf-utvikling.js';

// A second copy of the bundle on the page must not throw.
if (!customElements.get('hf-utvikling')) customElements.define('hf-utvikling', HfUtvikling);

export { HfUtvikling };
