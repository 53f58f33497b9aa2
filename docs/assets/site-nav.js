// The Menu button of the site header (docs/build/site/site-header.mjs): opens and folds the
// site navigation, which site.css folds away on a phone and, on a reference page, at every
// width (its left column is Redoc's operation menu). Escape or a click elsewhere folds it.
(() => {
  const button = document.querySelector('.nav-toggle');
  const nav = document.getElementById('site-nav');
  if (!button || !nav) return;
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open) => {
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  };
  button.addEventListener('click', () => setOpen(!isOpen()));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      setOpen(false);
      button.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (isOpen() && !nav.contains(event.target) && !button.contains(event.target)) setOpen(false);
  });
})();
