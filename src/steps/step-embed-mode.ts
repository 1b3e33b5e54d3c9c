// The step page's one script, a classic one (a frame sandboxed without allow-same-origin has an opaque origin,
// from which a classic script loads without CORS). It runs before the page is drawn: with ?mode=embed it marks
// <html data-mode="embed">, for the CSS to show the graphic alone from the first paint on, and inside a
// Pym.js parent's frame (which passes `childId`) it then loads pym.js, served by the site, and starts its
// Child, which sends the page's height to the parent (every half second too, as src/embed/pym-child.ts does).
// Anywhere else it does nothing: the page itself needs no script.
(() => {
  const params = new URLSearchParams(window.location.search);
  if (params.get('mode') !== 'embed') return;
  document.documentElement.dataset.mode = 'embed';
  const self = document.currentScript;
  if (!params.get('childId') || !(self instanceof HTMLScriptElement)) return;
  const script = document.createElement('script');
  // The script sits in assets/, beside vendor/.
  script.src = new URL('../vendor/pym.v1.min.js', self.src).href;
  script.onload = () => {
    const { pym } = window as unknown as { pym?: { Child: new (config: { polling: number }) => unknown } };
    if (pym) new pym.Child({ polling: 500 });
  };
  document.head.append(script);
})();
