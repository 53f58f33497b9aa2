import { escapeHtml } from './escape-html.mjs';
import { APIS, GUIDES } from './site-map.mjs';

/**
 * The header every page of the site starts with, guides and references alike: the brand
 * (back to the landing page), the Menu button that folds the site navigation ({@link siteNav})
 * away (on a phone on every page; at every width on a reference page, whose left column is
 * Redoc's operation menu; `assets/site-nav.js` wires it up) and the search box (`assets/search.js`).
 * @param {{ root: string, nav?: string }} page `root` leads back to the site root (`''`, `'../'`);
 *   `nav`, the site navigation when it drops down from the header (reference pages)
 * @returns {string} HTML: a skip link and the `<header>`
 */
export function siteHeader({ root, nav = '' }) {
  return `<a class="skip-link" href="#content">Skip to content</a>
  <header class="site-header">
    <a class="brand" href="${root}index.html"><img src="${root}assets/logo.svg" alt="" width="28" height="28"> hwcloud-directory</a>
    <button class="nav-toggle" type="button" aria-expanded="false" aria-controls="site-nav">Menu</button>
    <div class="search" role="search" data-site-root="${root}">
      <label for="site-search">Search guides and reference</label>
      <input id="site-search" type="search" placeholder="Search (e.g. paging, searchCorpAdmins)" autocomplete="off" aria-controls="site-search-results">
      <ul id="site-search-results" class="search-results" aria-live="polite"></ul>
    </div>
    ${nav}
  </header>`;
}

/**
 * The site navigation, the same on every page: the landing page, every guide and every API
 * reference, the current page marked.
 * @param {{ root: string, current: string }} page `current` is `home`, a guide's slug or `reference/<api>`
 * @returns {string} HTML: `<nav id="site-nav">`
 */
export function siteNav({ root, current }) {
  const links = [
    navLink(root, 'index.html', 'Home', current === 'home'),
    '<li class="nav-heading" aria-hidden="true">Guides</li>',
    ...GUIDES.map((guide) => navLink(root, `guides/${guide.slug}.html`, guide.title, current === guide.slug)),
    '<li class="nav-heading" aria-hidden="true">Reference</li>',
    ...APIS.map((api) => navLink(root, `reference/${api.api}.html`, api.title, current === `reference/${api.api}`)),
  ].join('\n      ');
  return `<nav id="site-nav" class="site-nav" aria-label="Site">
    <ul>
      ${links}
    </ul>
  </nav>`;
}

/** One navigation entry; the current page is marked for assistive technology. */
function navLink(root, href, text, isCurrent) {
  return `<li><a href="${root}${href}"${isCurrent ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a></li>`;
}
