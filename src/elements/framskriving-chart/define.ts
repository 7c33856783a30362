/** Registers `<framskriving-chart>` (import this module to have the element at once, without the autoloader). */
import { define } from '../../define.js';
import { FramskrivingChart } from './framskriving-chart.js';

define('framskriving-chart', FramskrivingChart);

export { FramskrivingChart };
