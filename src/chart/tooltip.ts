/**
 * Vega's tooltip handler, drawing into a box in the element's shadow root with text nodes only
 * (vega-tooltip would inject a `<style>`, which a strict CSP forbids). Loaded with the chart code.
 */
export type TooltipHandler = (handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void;

/** Shows a tooltip's entries in `tip`, placed beside the pointer within `host`'s box. */
export function tooltipInto(tip: HTMLElement, host: Element): TooltipHandler {
  return (_handler, event, _item, value) => {
    if (value === null || value === undefined || value === '') {
      tip.hidden = true;
      return;
    }
    const entries = typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [['', value]];
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
  };
}
