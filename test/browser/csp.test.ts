import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

/** Loads demo/csp.html (served with the strict CSP) in an iframe and reads what it recorded. */
describe('strict Content-Security-Policy', () => {
  it('demo/csp.html is served with the strict policy', async () => {
    const res = await fetch(new URL('../../demo/csp.html', import.meta.url));
    expect(res.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('demo/csp.html renders its elements with no securitypolicyviolation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '1200px';
    frame.src = new URL('../../demo/csp.html', import.meta.url).href;
    document.body.appendChild(frame);
    await until(() => frame.contentDocument?.querySelectorAll('hf-pasientrate').length === 2, 'page');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { cspViolations?: unknown[] };
    const renders: string[] = [];
    doc.addEventListener('hf-render', (e) => renders.push((e as CustomEvent).detail.view));
    const elements = () => [...doc.querySelectorAll('hf-pasientrate, framskriving-chart, arsverk-tabell')];
    await until(() => elements().length >= 4, 'elements');
    // Charts are drawn as they are scrolled near, so scroll to each in turn, as a reader would.
    for (const el of elements()) {
      el.scrollIntoView();
      await until(() => el.shadowRoot?.querySelector('svg, table'), `${el.localName} drawn`, 15000);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(win.cspViolations).to.deep.equal([]);
    const [chart, table] = [...doc.querySelectorAll('hf-pasientrate')];
    expect(doc.querySelector('framskriving-chart')!.shadowRoot!.querySelectorAll('.mark-rect.role-mark path').length).to.equal(5);
    expect(chart!.shadowRoot!.querySelectorAll('.mark-rect.role-mark path').length).to.equal(19);
    expect(table!.shadowRoot!.querySelector('table')).to.not.equal(null);
    // Each element's code asked at once for the chunks it imports, and every one of them loaded.
    const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href);
    expect(preloads.some((h) => /\/dist\/hf-element-[\w-]+\.js$/.test(h))).to.equal(true);
    const loaded = new Map(win.performance.getEntriesByType('resource').map((e) => [e.name, (e as PerformanceResourceTiming).responseStatus]));
    expect(preloads.filter((h) => loaded.get(h) !== 200)).to.deep.equal([]);
    // No <style> element was injected anywhere.
    expect(doc.querySelectorAll('style').length).to.equal(0);
    expect(chart!.shadowRoot!.querySelectorAll('style').length).to.equal(0);
    frame.remove();
  });
});
