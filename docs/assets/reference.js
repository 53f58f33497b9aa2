// Brings a reference page's prerendered Redoc markup (the API overview and the operation menu,
// docs/build/reference/reference-page.mjs) to life: fetches the Redoc bundle every reference page
// shares and the page's definition (both named by content hash, so the browser keeps them across
// pages and visits), puts back the inline styles the markup carried (through the CSSOM, which
// the page's CSP allows) and hydrates. Redoc's 2.3 MB take a noticeable moment to start, so the
// page loads them when they are needed: at once when the address names an operation (`#/…`),
// else as soon as the reader moves the pointer, touches, scrolls or types on the page.
const content = document.getElementById('content');
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'scroll', 'keydown', 'focusin', 'hashchange'];
let started;

function start() {
  if (started) return started;
  for (const type of INTENT) removeEventListener(type, start, true);
  document.documentElement.dataset.redoc = 'loading';
  const url = (attribute) => new URL(content.getAttribute(attribute), document.baseURI).href;
  started = Promise.all([import(url('data-redoc-bundle')), fetch(url('data-redoc-data')).then((response) => {
    if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
    return response.json();
  })]).then(([{ hydrate }, data]) => {
    for (const element of document.querySelectorAll('[data-ssr-style]')) {
      element.style.cssText = data.styles[element.getAttribute('data-ssr-style')] ?? '';
      element.removeAttribute('data-ssr-style');
    }
    hydrate(data.definition, data.options, document.getElementById('redoc'));
    document.documentElement.dataset.redoc = 'hydrated';
  }, (error) => {
    document.documentElement.dataset.redoc = 'failed';
    throw error;
  });
  return started;
}

if (location.hash.startsWith('#/')) start();
else for (const type of INTENT) addEventListener(type, start, { capture: true, passive: true });
