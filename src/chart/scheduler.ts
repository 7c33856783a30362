/**
 * The page's scheduler, by distance from the viewport (one IntersectionObserver for the page).
 * Charts are drawn one at a time, after the numbers have been painted, the one nearest the
 * viewport first, and only for elements within half a screen of it: a long page on a slow phone
 * spends nothing on charts nobody has scrolled to, and an element in a hidden tab is drawn when
 * shown, at its real width. Elements further away show their numbers when the page is idle.
 * Work that reads the page (a chart's width, the page's colour) waits for the next frame, where it
 * is done for every element at once ({@link perFrame}).
 */
const DRAW_MARGIN = '50% 0px';

const near = new Set<Element>();
/** Elements the observer has told are not near: one not told yet counts as near. */
const far = new Set<Element>();
/** What an element asks to be done once it first comes near the viewport (see {@link watchViewport}). */
const onNear = new Map<Element, () => void>();
const queue = new Map<Element, () => Promise<void>>();
let observer: IntersectionObserver | undefined;
let drawing = false;

/**
 * Work gathered until the next frame and done in its callback, before the paint, for all at once:
 * reading the layout or the page's style then costs the browser once, not once per element.
 * Adding a key again replaces its value; `delete` takes a key out before its frame.
 */
export function perFrame<K, V>(run: (items: Array<[K, V]>) => void): { add(key: K, value: V): void; delete(key: K): void } {
  const items = new Map<K, V>();
  return {
    add(key, value) {
      if (!items.size)
        requestAnimationFrame(() => {
          const now = [...items];
          items.clear();
          run(now);
        });
      items.set(key, value);
    },
    delete: (key) => void items.delete(key),
  };
}

const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Starts (or, with `on` false, stops) telling whether `el` is near the viewport; `seen` runs
 * the first time it is.
 */
export function watchViewport(el: Element, on: boolean, seen?: () => void): void {
  if (!on) {
    near.delete(el);
    far.delete(el);
    waiting.delete(el);
    queue.delete(el);
    onNear.delete(el);
    observer?.unobserve(el);
    return;
  }
  if (typeof IntersectionObserver === 'undefined') {
    near.add(el);
    seen?.();
    return;
  }
  if (seen) onNear.set(el, seen);
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        // A report queued before the element was removed: keeping it would keep the element.
        if (!e.target.isConnected) continue;
        if (e.isIntersecting) {
          near.add(e.target);
          far.delete(e.target);
          onNear.get(e.target)?.();
          onNear.delete(e.target);
          const show = waiting.get(e.target);
          waiting.delete(e.target);
          // Each in its own microtask: one element's failure leaves the others' reports read.
          if (show) queueMicrotask(show);
        } else {
          near.delete(e.target);
          far.add(e.target);
        }
      }
      void drain();
    },
    { rootMargin: DRAW_MARGIN },
  );
  observer.observe(el);
}

/** Whether `el` is within half a screen of the viewport (as far as the page's observer has told). */
export const isNear = (el: Element): boolean => near.has(el);

/** Elements far from the viewport waiting to show their figures, with what shows them (at once, not in a later update). */
const waiting = new Map<Element, () => void>();
let idleAsked = false;
/** The page's next idle moment, and how long it has left; without `requestIdleCallback` (Safari), a short task. */
const whenIdle: (run: (timeLeft: () => number) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), { timeout: 250 })
    : (run) =>
        setTimeout(() => {
          const end = performance.now() + 10;
          run(() => end - performance.now());
        }, 1);

/**
 * Whether `el`, ready to show its figures for the first time, should wait: when it is far from the
 * viewport it does, until it comes near or the page is idle (`show` then runs), so the numbers of
 * the first screen and their charts' requests come before those further down. Each idle moment
 * shows as many waiting elements as it has time for, at least one, in the order they became ready.
 */
export function waitsForTurn(el: Element, show: () => void): boolean {
  if (!far.has(el)) return false;
  waiting.set(el, show);
  showWhenIdle();
  return true;
}

function showWhenIdle(): void {
  if (idleAsked || !waiting.size) return;
  idleAsked = true;
  whenIdle((timeLeft) => {
    idleAsked = false;
    try {
      for (const [el, show] of waiting) {
        waiting.delete(el);
        show();
        if (timeLeft() <= 0) break;
      }
    } finally {
      // One element's failure leaves the others their turn.
      showWhenIdle();
    }
  });
}

/** Draws `el`'s chart when its turn comes; a later call for the same element replaces this one. */
export function scheduleChart(el: Element, draw: () => Promise<void>): void {
  queue.set(el, draw);
  void drain();
}

/** The queued element near the viewport that is closest to it (one in view comes first). */
function next(): Element | undefined {
  let best: Element | undefined;
  let bestDistance = Infinity;
  for (const el of queue.keys()) {
    if (!near.has(el)) continue;
    const r = el.getBoundingClientRect();
    const distance = r.bottom < 0 ? -r.bottom : Math.max(0, r.top - innerHeight);
    if (distance < bestDistance) [best, bestDistance] = [el, distance];
  }
  return best;
}

async function drain(): Promise<void> {
  if (drawing || !queue.size) return;
  drawing = true;
  try {
    await afterPaint();
    for (let el = next(); el; el = next()) {
      const draw = queue.get(el)!;
      queue.delete(el);
      if (el.isConnected) await draw();
    }
  } finally {
    drawing = false;
  }
}
