import { escapeHtml } from './escape-html.mjs';
import { APIS, GUIDES } from './site-map.mjs';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * Wraps a page body in the site's shell: header with search, navigation to every guide
 * and reference, footer. Every URL is relative to the page (`root` is the way back to the
 * site root, `''` on the landing page and `'../'` one folder down), so the site works
 * from any sub-path and from any static host.
 * @param {{ title: string, description: string, root: string, current: string, body: string, toc?: Array<{ id: string, text: string }> }} page
 * @returns {string} a complete HTML document
 */
export function pageLayout({ title, description, root, current, body, toc = [] }) {
  const nav = [
    navLink(root, 'index.html', 'Home', current === 'home'),
    '<li class="nav-heading" aria-hidden="true">Guides</li>',
    ...GUIDES.map((guide) => navLink(root, `guides/${guide.slug}.html`, guide.title, current === guide.slug)),
    '<li class="nav-heading" aria-hidden="true">Reference</li>',
    ...APIS.map((api) => navLink(root, `reference/${api.api}.html`, api.title, false)),
  ].join('\n        ');
  const onThisPage = toc.length
    ? `<nav class="toc" aria-label="On this page"><p class="toc-title">On this page</p><ul>${toc
        .map((entry) => `<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.text)}</a></li>`)
        .join('')}</ul></nav>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <meta http-equiv="Content-Security-Policy" content="${CSP}">
  <title>${escapeHtml(title)} · hwcloud-directory</title>
  <meta name="description" content="${escapeHtml(description)}">
  <link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="${root}assets/site.css">
  <link rel="stylesheet" href="${root}assets/code-theme.css">
  <script src="${root}assets/search.js" defer></script>
  <script src="${root}assets/code-copy.js" defer></script>
</head>
<body>
  <a class="skip-link" href="#content">Skip to content</a>
  <header class="site-header">
    <a class="brand" href="${root}index.html"><img src="${root}assets/logo.svg" alt="" width="28" height="28"> hwcloud-directory</a>
    <div class="search" role="search" data-site-root="${root}">
      <label for="site-search">Search guides and reference</label>
      <input id="site-search" type="search" placeholder="Search (e.g. paging, searchCorpAdmins)" autocomplete="off" aria-controls="site-search-results">
      <ul id="site-search-results" class="search-results" aria-live="polite"></ul>
    </div>
  </header>
  <div class="layout">
    <nav class="site-nav" aria-label="Site">
      <ul>
        ${nav}
      </ul>
    </nav>
    <main id="content" tabindex="-1">
${body}
    </main>
    ${onThisPage}
  </div>
  <footer class="site-footer">
    <p>hwcloud-directory — OpenAPI descriptions, typed client and MSW mocks for Huawei Cloud's enterprise directory APIs. Apache-2.0.</p>
  </footer>
</body>
</html>
`;
}

/** One navigation entry; the current page is marked for assistive technology. */
function navLink(root, href, text, isCurrent) {
  return `<li><a href="${root}${href}"${isCurrent ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a></li>`;
}
