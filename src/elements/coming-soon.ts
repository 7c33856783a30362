import { LitElement, html } from 'lit';
import { baseStyles } from '../base/styles.js';
import { MESSAGES } from '../format/messages.js';
import { toLang } from '../format/number.js';

/** Stands in for an element that is not built yet: says so, in the page's language, and never throws. */
export function comingSoon(tag: string): typeof LitElement {
  return class extends LitElement {
    static override styles = [baseStyles];
    override render() {
      const lang = toLang(this.closest('[lang]')?.getAttribute('lang'));
      return html`<p class="state" role="note">${MESSAGES[lang].comingSoon(tag)}</p>`;
    }
  };
}
