import { contentSecurityPolicy } from './content-security-policy.mjs';
import { escapeHtml } from './escape-html.mjs';
import { siteHeader, siteNav } from './site-header.mjs';

/**
 * Wraps a page body in the site's shell: the header with search and the navigation to every
 * guide and reference ({@link siteDocument}, shared with the reference pages), the page's
 * table of contents, the footer. Every URL is relative to the page (`root` is the way back
 * to the site root, `''` on the landing page and `'../'` one folder down), so the site works
 * from any sub-path and from any static host.
 * @param {{ title: string, description: string, root: string, current: string, body: string, toc?: Array<{ id: string, text: string }> }} page
 * @returns {string} a complete HTML document
 */
export function pageLayout({ title, description, root, current, body, toc = [] }) {
  const onThisPage = toc.length
    ? `<nav class="toc" aria-label="On this page"><p class="toc-title">On this page</p><ul>${toc
        .map((entry) => `<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.text)}</a></li>`)
        .join('')}</ul></nav>`
    : '';
  return siteDocument({
    title,
    description,
    root,
    bodyClass: 'guide-page',
    stylesheets: ['assets/site.css', 'assets/code-theme.css'],
    scripts: ['assets/code-copy.js'],
    content: `<div class="layout">
    ${siteNav({ root, current })}
    <main id="content" tabindex="-1">
${body}
    </main>
    ${onThisPage}
  </div>
  <footer class="site-footer">
    <p>hwcloud-directory — OpenAPI descriptions, typed client and MSW mocks for Huawei Cloud's enterprise directory APIs. Apache-2.0.</p>
  </footer>`,
  });
}

/**
 * The HTML document of every page of the site, guides and references alike: the head (CSP,
 * title, description, icon, the page's stylesheets, the no-script stylesheet, the page's
 * module scripts, the header's scripts `assets/site-nav.js` and `assets/search.js`, then the
 * page's other deferred scripts) and the body, which starts with the site header
 * (site-header.mjs) and goes on with the page's content. Every href is relative to the site
 * root and gets `root` in front.
 * @param {{ title: string, description: string, root: string, bodyClass: string, stylesheets: string[],
 *   modules?: string[], scripts?: string[], inline?: Parameters<typeof contentSecurityPolicy>[0], nav?: string,
 *   content: string }} page `inline`, the inline scripts and styles the CSP allows; `nav`, the site
 *   navigation when it drops down from the header (see siteHeader)
 * @returns {string} a complete HTML document
 */
export function siteDocument({ title, description, root, bodyClass, stylesheets, modules = [], scripts = [], inline, nav, content }) {
  const head = [
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${root}${href}">`),
    `<noscript><link rel="stylesheet" href="${root}assets/no-script.css"></noscript>`,
    ...modules.map((src) => `<script type="module" src="${root}${src}"></script>`),
    ...['assets/site-nav.js', 'assets/search.js', ...scripts].map((src) => `<script src="${root}${src}" defer></script>`),
  ].join('\n  ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inline)}">
  <title>${escapeHtml(title)} · hwcloud-directory</title>
  <meta name="description" content="${escapeHtml(description)}">
  <link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">
  ${head}
</head>
<body class="${bodyClass}">
  ${siteHeader({ root, nav })}
  ${content}
</body>
</html>
`;
}
