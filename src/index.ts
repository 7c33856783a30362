/**
 * Registers the hf-indikatorer elements. Importing this module (or loading the built bundle with
 * one `<script type="module">`) is all a page needs.
 */
import { HfPasientrate } from './elements/hf-pasientrate/hf-pasientrate.js';
import { FramskrivingChart } from './elements/framskriving-chart/framskriving-chart.js';
import { ArsverkTabell } from './elements/arsverk-tabell/arsverk-tabell.js';

export { HfPasientrate, FramskrivingChart, ArsverkTabell };
export { HfElement } from './base/hf-element.js';
export type { HfErrorDetail } from './base/hf-element.js';
export { readJsonStat, JsonStatError } from './data/jsonstat.js';
export type { Cube, Row, Problem } from './data/types.js';

function define(tag: string, ctor: CustomElementConstructor): void {
  // A second copy of the bundle on the page must not throw.
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

define('hf-pasientrate', HfPasientrate);
define('framskriving-chart', FramskrivingChart);
define('arsverk-tabell', ArsverkTabell);
