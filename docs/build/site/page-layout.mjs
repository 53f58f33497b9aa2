import { contentSecurityPolicy } from './content-security-policy.mjs';
import { escapeHtml } from './escape-html.mjs';
import { siteHeader, siteNav } from './site-header.mjs';

/**
 * Wraps a page body in the site's shell: the header with search and the navigation to every
 * guide and reference (site-header.mjs, shared with the reference pages), the page's table of
 * contents, the footer. Every URL is relative to the page (`root` is the way back to the
 * site root, `''` on the landing page and `'../'` one folder down), so the site works
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
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
  <title>${escapeHtml(title)} · hwcloud-directory</title>
  <meta name="description" content="${escapeHtml(description)}">
  <link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="${root}assets/site.css">
  <link rel="stylesheet" href="${root}assets/code-theme.css">
  <noscript><link rel="stylesheet" href="${root}assets/no-script.css"></noscript>
  <script src="${root}assets/site-nav.js" defer></script>
  <script src="${root}assets/search.js" defer></script>
  <script src="${root}assets/code-copy.js" defer></script>
</head>
<body class="guide-page">
  ${siteHeader({ root })}
  <div class="layout">
    ${siteNav({ root, current })}
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
