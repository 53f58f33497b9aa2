import { siteDocument } from '../site/page-layout.mjs';
import { siteNav } from '../site/site-header.mjs';

/**
 * One API reference page: the site's document with its header, navigation and search
 * ({@link siteDocument}, as every page of the site), then Redoc's prerendered markup (the
 * API overview and the operation menu), which `assets/reference.js` hydrates with the Redoc
 * bundle every reference page shares (`bundleHref`) and the page's definition, options and
 * markup styles (`dataHref`, see {@link referenceData}); both are fetched when the reader
 * first turns to the page or arrives at an operation, and both are named by content hash, so
 * browsers keep them. Redoc's styles come from one shared stylesheet (`cssHref`). The CSP
 * allows, besides the site's own files, only the inline scripts of Redoc's markup (by hash)
 * and the empty `<style>` that styled-components fills through the CSSOM.
 * @param {{ api: string, title: string, summary: string, markup: string, bundleHref: string, cssHref: string,
 *   dataHref: string }} page the markup without `style` attributes (style-attributes.mjs); hrefs
 *   relative to the site root
 * @returns {string} a complete HTML document
 */
export function referencePage({ api, title, summary, markup, bundleHref, cssHref, dataHref }) {
  const root = '../';
  const inlineScripts = [...markup.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return siteDocument({
    title,
    description: summary,
    root,
    bodyClass: 'reference-page',
    stylesheets: [cssHref, 'assets/site.css'],
    modules: ['assets/reference.js'],
    inline: { scripts: inlineScripts, styles: [''] },
    nav: siteNav({ root, current: `reference/${api}` }),
    content: `<div id="content" tabindex="-1" data-redoc-bundle="${root}${bundleHref}" data-redoc-data="${root}${dataHref}">
${markup}
  </div>`,
  });
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
