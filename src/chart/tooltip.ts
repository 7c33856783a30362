/**
 * Vega's tooltip handler, drawing into a box in the element's shadow root with text nodes only
 * (vega-tooltip would inject a `<style>`, which a strict CSP forbids). Loaded with the chart code.
 *
 * As WCAG 1.4.13 asks of content on hover: the tip stays while the pointer moves onto it (it is
 * let go a moment after the pointer leaves the mark, unless the pointer is then on the tip), and
 * Escape closes it wherever the focus is.
 */
export type TooltipHandler = ((handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void) & {
  /** Hides the tip now, and stops listening for Escape. */
  close(): void;
};

/** How long a tip stays after the pointer leaves its mark, so the pointer can reach the tip. */
const LINGER_MS = 400;

/** Shows a tooltip's entries in `tip`, placed beside the pointer within `host`'s box. */
export function tooltipInto(tip: HTMLElement, host: Element): TooltipHandler {
  let linger: ReturnType<typeof setTimeout> | undefined;
  let onTip = false;
  const doc = tip.ownerDocument;
  const onEscape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  const close = () => {
    clearTimeout(linger);
    tip.hidden = true;
    doc.removeEventListener('keydown', onEscape);
  };
  tip.onpointerenter = () => {
    onTip = true;
    clearTimeout(linger);
  };
  tip.onpointerleave = () => {
    onTip = false;
    close();
  };
  const show = (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => {
    clearTimeout(linger);
    if (value === null || value === undefined || value === '') {
      linger = setTimeout(() => onTip || close(), LINGER_MS);
      return;
    }
    // An entry without a value (no notes, no change at the base year) is left out, not shown empty.
    const entries = (typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [['', value]]).filter(([, v]) => v !== '' && v !== null && v !== undefined);
    tip.replaceChildren(
      ...entries.map(([k, v]) => {
        const row = document.createElement('div');
        row.className = 'tip-row';
        const key = document.createElement('span');
        key.className = 'tip-key';
        key.textContent = String(k);
        const val = document.createElement('span');
        val.textContent = String(v);
        row.append(key, val);
        return row;
      }),
    );
    const box = host.getBoundingClientRect();
    tip.style.left = `${Math.min(event.clientX - box.left + 12, box.width - 200)}px`;
    tip.style.top = `${event.clientY - box.top + 12}px`;
    tip.hidden = false;
    doc.addEventListener('keydown', onEscape);
  };
  return Object.assign(show, { close });
}
