import { contentSecurityPolicy } from '../site/content-security-policy.mjs';
import { escapeHtml } from '../site/escape-html.mjs';
import { siteHeader, siteNav } from '../site/site-header.mjs';

/**
 * One API reference page: the site's header, navigation and search (site-header.mjs), then
 * Redoc's prerendered markup (the API overview and the operation menu), which
 * `assets/reference.js` hydrates with the Redoc bundle every reference page shares
 * (`bundleHref`) and the page's definition, options and markup styles (`dataHref`, see
 * {@link referenceData}); both are fetched when the reader first turns to the page or arrives
 * at an operation, and both are named by content hash, so browsers keep them. Redoc's styles
 * come from one shared stylesheet (`cssHref`). The CSP allows, besides the site's own files,
 * only the inline scripts of Redoc's markup (by hash) and the empty `<style>` that
 * styled-components fills through the CSSOM.
 * @param {{ api: string, title: string, summary: string, markup: string, bundleHref: string, cssHref: string,
 *   dataHref: string }} page the markup without `style` attributes (style-attributes.mjs); hrefs
 *   relative to the site root
 * @returns {string} a complete HTML document
 */
export function referencePage({ api, title, summary, markup, bundleHref, cssHref, dataHref }) {
  const root = '../';
  const inlineScripts = [...markup.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const csp = contentSecurityPolicy({ scripts: inlineScripts, styles: [''] });
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <title>${escapeHtml(title)} · hwcloud-directory</title>
  <meta name="description" content="${escapeHtml(summary)}">
  <link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="${root}${cssHref}">
  <link rel="stylesheet" href="${root}assets/site.css">
  <noscript><link rel="stylesheet" href="${root}assets/no-script.css"></noscript>
  <script type="module" src="${root}assets/reference.js"></script>
  <script src="${root}assets/site-nav.js" defer></script>
  <script src="${root}assets/search.js" defer></script>
</head>
<body class="reference-page">
  ${siteHeader({ root, nav: siteNav({ root, current: `reference/${api}` }) })}
  <div id="content" tabindex="-1" data-redoc-bundle="${root}${bundleHref}" data-redoc-data="${root}${dataHref}">
${markup}
  </div>
</body>
</html>
`;
}

/**
 * What `assets/reference.js` hydrates a reference page with, as one JSON file: Redoc's
 * definition and options exactly as build-docs prerendered with them, and the declarations of
 * the markup's style attributes by id.
 * @param {{ definition: string, options: string, styles: Record<string, string> }} prerendered JSON texts and styles
 * @returns {string} JSON
 */
export function referenceData({ definition, options, styles }) {
  return `{"definition":${definition},"options":${options},"styles":${JSON.stringify(styles)}}`;
}
