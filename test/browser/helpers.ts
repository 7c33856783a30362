/** Shared helpers for the browser tests. */
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HfElement } from '../../src/base/hf-element.js';

export type Events = { load: CustomEvent[]; render: CustomEvent[]; error: CustomEvent[] };

/** Puts `markup` into a fresh container, recording the hf-* events of its first element from the start. */
export function mount<T extends HfElement = HfElement>(markup: string, parent: HTMLElement = document.body): { el: T; events: Events; root: HTMLElement } {
  const root = document.createElement('div');
  const events: Events = { load: [], render: [], error: [] };
  root.addEventListener('hf-load', (e) => events.load.push(e as CustomEvent));
  root.addEventListener('hf-render', (e) => events.render.push(e as CustomEvent));
  root.addEventListener('hf-error', (e) => events.error.push(e as CustomEvent));
  root.innerHTML = markup;
  parent.appendChild(root);
  return { el: root.firstElementChild as T, events, root };
}

/** A column `width` px wide on the page, as a narrow column of a CMS page; `cleanup` removes it. */
export function column(width: number): HTMLElement {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  return box;
}

export async function until(cond: () => unknown, what: string, timeout = 15000): Promise<void> {
  const start = performance.now();
  while (!cond()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const shadow = (el: Element) => el.shadowRoot!;
export const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Rows of the table view as arrays of cell texts (visible text only). */
export function tableRows(el: Element): string[][] {
  return [...shadow(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => {
      const clone = c.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.visually-hidden, .tag').forEach((n) => n.remove());
      return clone.textContent!.replace(/\s+/g, ' ').trim();
    }),
  );
}

export function cleanup(): void {
  document.body.innerHTML = '';
  // A test that set the page's language leaves the next one Bokmål by default, as a fresh page is.
  document.body.removeAttribute('lang');
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on an element, shadow DOM included; returns the violations. */
export async function axeViolations(el: Element): Promise<string[]> {
  await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: { run: (el: Element, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> } }).axe;
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

/** Presses a key as a person does (through the browser's input pipeline, not a synthetic event). */
export const press = (key: string) => sendKeys({ press: key });

/**
 * Moves focus with Tab from the start of the page until the focused element inside `el`'s shadow
 * root matches, as a keyboard user reaches it; fails when Tab never gets there.
 */
export async function tabTo(el: Element, match: (focused: Element) => boolean, max = 60): Promise<HTMLElement> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const focused = el.shadowRoot?.activeElement;
    if (focused && match(focused)) return focused as HTMLElement;
  }
  throw new Error(`Tab did not reach the control in <${el.localName}> in ${max} presses`);
}

/** The control focused inside `el`, if any. */
export const focusedIn = (el: Element) => el.shadowRoot?.activeElement ?? null;

/** Presses the download buttons of `formats` (e.g. "CSV") and gives the files made, by name and address, as the page would save them. */
export async function download(el: Element, ...formats: string[]): Promise<Array<{ name: string; href: string; bytes: Promise<ArrayBuffer> }>> {
  const files: Array<{ name: string; href: string; bytes: Promise<ArrayBuffer> }> = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    // Read as the browser saves it, at the click: the element lets a blob URL go a second later.
    files.push({ name: this.download, href: this.href, bytes: fetch(this.href).then((r) => r.arrayBuffer()) });
  };
  try {
    for (const f of formats) shadow(el).querySelector<HTMLButtonElement>(`button[aria-label$="${f}"]`)!.click();
    await until(() => files.length === formats.length, `the ${formats.join(' and ')} files`);
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return files;
}
