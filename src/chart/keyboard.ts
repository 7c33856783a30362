/**
 * The chart's figures by keyboard: one Tab stop into the chart; the arrow keys move from figure
 * to figure (with several lines or small multiples, Left and Right along one, Up and Down to the
 * same period or step of the next; Home and End to the ends). Each is said politely, as its mark
 * describes itself and with its place among all, and shown with a ring round its mark and its
 * tooltip; Escape closes the tooltip. Loaded with the chart code.
 *
 * A figure is a bar or point whose row has `spoken` (what it is said as, also its description in
 * the accessibility tree); `series` (its line or small multiple) and `place` (its period or step
 * along it) are there where a chart has several. Small multiples are walked row by row, within one
 * in the order Vega draws them.
 */
import type { View } from 'vega';
import type { TooltipHandler } from './tooltip.js';

interface Item {
  datum?: Record<string, unknown>;
  x?: number;
  y?: number;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  tooltip?: unknown;
  items?: Item[];
  mark?: { marktype: string; role?: string; items?: Item[] };
  marktype?: string;
}

interface Point {
  /** Its line or small multiple; undefined in a chart of one. */
  series?: unknown;
  /** Its period or step along it. */
  place?: unknown;
  /** What is said: its row's `spoken`. */
  text: string;
  /** The origin of the chart (of the small multiple) it is in. */
  cell: { x: number; y: number };
  tooltip: unknown;
  item: Item;
  /** The mark's box within the chart, in pixels. */
  box: { left: number; top: number; width: number; height: number };
}

/**
 * Every figure, with its box in the chart's pixels: a group item adds its
 * offset to the marks in it, and the view its origin (its padding and axes).
 */
function pointsOf(view: View, svg: SVGElement | null): Point[] {
  const out: Point[] = [];
  const groupItem = (group: Item, dx: number, dy: number) => {
    for (const mark of group.items ?? []) markOf(mark, dx + (group.x ?? 0), dy + (group.y ?? 0));
  };
  const markOf = (mark: Item, dx: number, dy: number) => {
    if (mark.marktype === 'group') {
      for (const group of mark.items ?? []) groupItem(group, dx, dy);
      return;
    }
    // The figures are bars and points; a reference line or a break marker is said in the summary and the notes.
    if (mark.marktype !== 'rect' && mark.marktype !== 'symbol') return;
    for (const item of mark.items ?? []) {
      const d = item.datum;
      if (typeof d?.spoken !== 'string' || !item.bounds) continue;
      const b = item.bounds;
      out.push({ series: d.series, place: d.place, text: d.spoken, cell: { x: dx, y: dy }, tooltip: item.tooltip, item, box: { left: dx + b.x1, top: dy + b.y1, width: b.x2 - b.x1, height: b.y2 - b.y1 } });
    }
  };
  // Where the drawing's origin is, as the renderer placed it (after the layout fitted the axes).
  const drawn = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(svg?.querySelector(':scope > g')?.getAttribute('transform') ?? '');
  const [x, y] = drawn ? [Number(drawn[1]), Number(drawn[2])] : view.origin();
  // The root is the view's outermost group mark, whose one item holds the chart's marks.
  markOf((view.scenegraph() as unknown as { root: Item }).root, x, y);
  // Small multiples as they are read: row by row, left to right (the sort keeps Vega's order within one).
  return out.sort((a, b) => Math.round(a.cell.y - b.cell.y) || Math.round(a.cell.x - b.cell.x));
}

/** What the keyboard's way through a chart says, in the element's language. */
export interface KeyWords {
  /** The chart's name as a control: what it is and which keys move in it. */
  label: string;
  /** A figure's place among all: "3 av 11". */
  position(i: number, n: number): string;
  /** What a chart is called ("diagram"), for the drawing's role. */
  chart: string;
}

/** Makes `container` (the chart's box, holding the drawn `view`) a keyboard way through its figures; returns what undoes it. */
export function keyboardThrough(container: HTMLElement, view: View, tooltip: () => TooltipHandler | undefined, words: KeyWords): () => void {
  const points = pointsOf(view, container.querySelector('svg'));
  if (!points.length) return () => undefined;
  const ring = document.createElement('div');
  ring.className = 'focus-ring';
  ring.hidden = true;
  const said = document.createElement('div');
  said.className = 'visually-hidden';
  said.setAttribute('aria-live', 'polite');
  container.append(ring, said);
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-label', words.label);
  let at = -1;
  const show = (i: number) => {
    at = Math.max(0, Math.min(points.length - 1, i));
    const p = points[at]!;
    // The ring's 3 px border lies 2 px clear of the mark all round.
    Object.assign(ring.style, { left: `${p.box.left - 5}px`, top: `${p.box.top - 5}px`, width: `${p.box.width + 10}px`, height: `${p.box.height + 10}px` });
    ring.hidden = false;
    said.textContent = `${p.text}. ${words.position(at + 1, points.length)}.`;
    const r = container.getBoundingClientRect();
    tooltip()?.(null, { clientX: r.left + p.box.left + p.box.width / 2, clientY: r.top + p.box.top + p.box.height } as MouseEvent, p.item, p.tooltip);
  };
  // Several lines: Left and Right along a line, Up and Down to the next line at the nearest point.
  const lines = [...new Set(points.map((p) => p.series))];
  const across = lines.length > 1;
  const otherLine = (step: number) => {
    const here = points[at]!;
    const target = lines[(lines.indexOf(here.series) + step + lines.length) % lines.length];
    const same = points.findIndex((p) => p.series === target && p.place !== undefined && p.place === here.place);
    if (same >= 0) return same;
    // No figure at the same place (a period without a number): the nearest across.
    const centre = (p: Point) => p.box.left + p.box.width / 2;
    let best = at;
    for (let i = 0; i < points.length; i++) {
      if (points[i]!.series === target && (best === at || Math.abs(centre(points[i]!) - centre(here)) < Math.abs(centre(points[best]!) - centre(here)))) best = i;
    }
    return best;
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => number> = {
      ArrowRight: () => at + 1,
      ArrowDown: () => (across ? otherLine(1) : at + 1),
      ArrowLeft: () => at - 1,
      ArrowUp: () => (across ? otherLine(-1) : at - 1),
      Home: () => 0,
      End: () => points.length - 1,
    };
    if (e.key === 'Escape') return tooltip()?.close();
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    show(at < 0 ? (e.key === 'End' ? points.length - 1 : 0) : move());
  };
  const onBlur = () => {
    ring.hidden = true;
    tooltip()?.close();
  };
  container.addEventListener('keydown', onKey);
  container.addEventListener('blur', onBlur);
  return () => {
    container.removeEventListener('keydown', onKey);
    container.removeEventListener('blur', onBlur);
    container.removeAttribute('tabindex');
    container.removeAttribute('role');
    container.removeAttribute('aria-label');
    ring.remove();
    said.remove();
  };
}
