// A fresh page, as an editor's CMS makes it: writes the code pasted into it (the address's
// fragment) while the page is parsed, so its script line runs, and tells the test what a reader
// sees once the element has drawn.
document.write(decodeURIComponent(location.hash.slice(1)));
document.addEventListener(
  'hf-render',
  (e) => {
    const root = e.target.shadowRoot;
    parent.postMessage({ view: e.detail.view, highlighted: root.querySelector('tr.highlight th')?.textContent.replace(/\s+/g, ' ').trim(), rows: root.querySelectorAll('tbody tr').length }, '*');
  },
  true,
);
document.addEventListener('hf-error', (e) => parent.postMessage({ error: e.detail.message }, '*'), true);
