/** Registers `<framskriving-chart>` (import this module to have the element at once, without the autoloader). */
import { FramskrivingChart } from './framskriving-chart.js';

// A second copy of the bundle on the page must not throw.
if (!customElements.get('framskriving-chart')) customElements.define('framskriving-chart', FramskrivingChart);

export { FramskrivingChart };
