/** Registers `<arsverk-tabell>` (import this module to have the element at once, without the autoloader). */
import { ArsverkTabell } from './arsverk-tabell.js';

// A second copy of the bundle on the page must not throw.
if (!customElements.get('arsverk-tabell')) customElements.define('arsverk-tabell', ArsverkTabell);

export { ArsverkTabell };
