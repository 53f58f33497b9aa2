import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readApi } from './data/read-api.mjs';
import { readCodeSamples } from './data/read-code-samples.mjs';
import { prerenderReference } from './reference/prerender-reference.mjs';
import { redocOperationAnchor } from './reference/redoc-anchor.mjs';
import { redocBundle, redocTokenCss } from './reference/redoc-bundle.mjs';
import { redocOptions } from './reference/redoc-options.mjs';
import { referencedOperation, referenceDocument } from './reference/reference-document.mjs';
import { referenceData, referencePage } from './reference/reference-page.mjs';
import { styleAttributeCss, styleAttributes } from './reference/style-attributes.mjs';
import { writeSearchIndex } from './search/write-search-index.mjs';
import { codeThemeCss } from './site/code-block.mjs';
import { contentHash } from './site/content-hash.mjs';
import { expandGuideIncludes } from './site/guide-includes.mjs';
import { landingPage } from './site/landing-page.mjs';
import { pageLayout } from './site/page-layout.mjs';
import { renderMarkdown } from './site/render-markdown.mjs';
import { APIS, GUIDES } from './site/site-map.mjs';

/**
 * Builds the static docs site into `outDir` (emptied first), from what the pipeline wrote
 * into `generatedDir`: the operation models (every operation list and table), the bundles
 * (rendered by Redoc, offered for download) and the code samples (through their index).
 *   index.html                     landing page and operation index
 *   guides/<slug>.html             guides rendered from docs/guides/*.md
 *   reference/<api>.html           Redoc reference with the generated code samples, prerendered
 *   openapi/<api>.openapi.{yaml,json}  the bundled descriptions, for download
 *   assets/                        styles, scripts, images (all local); code-theme.css is generated
 *   assets/redoc/                  the Redoc bundle and stylesheet every reference page shares,
 *                                  named by content hash so that browsers may keep them
 *   pagefind/                      the full-text search index the search box queries (Pagefind)
 * @param {{ outDir: string, repoRoot: string, generatedDir?: string }} options
 * @returns {Promise<{ pages: string[], search: Awaited<ReturnType<typeof writeSearchIndex>> }>} the HTML pages written,
 *   relative to outDir, and what the search index holds
 */
export async function buildSite({ outDir, repoRoot, generatedDir = join(repoRoot, 'generated') }) {
  const codeSamples = readCodeSamples(join(generatedDir, 'code-samples'));
  const docsDir = join(repoRoot, 'docs');
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of ['guides', 'reference', 'openapi', 'assets']) mkdirSync(join(outDir, folder), { recursive: true });

  const apis = APIS.map((api) => {
    const { model, document } = readApi(generatedDir, api.api);
    const links = [
      { text: 'Docs home', href: '../index.html' },
      ...GUIDES.map((guide) => ({ text: guide.title, href: `../guides/${guide.slug}.html` })),
      ...APIS.filter((other) => other.api !== api.api).map((other) => ({ text: other.title, href: `${other.api}.html` })),
    ];
    const reference = referenceDocument(document, { model, codeSamples, links, decisionsDir: join(docsDir, 'decisions') });
    const operations = model.operations.map((operation) => ({
      ...operation,
      anchor: redocOperationAnchor(operation),
      // What the reference page says about the operation, for the search index.
      description: referencedOperation(reference, operation).description ?? '',
    }));
    // The version of the description the reference renders and the downloads offer.
    return { ...api, model, reference, operations, version: document.info?.version ?? '' };
  });
  const operationLinks = new Map(
    apis.flatMap(({ api, operations }) => operations.map((operation) => [`${api}/${operation.operationId}`, `../reference/${api}.html${operation.anchor}`])),
  );
  const pages = [];

  cpSync(join(docsDir, 'assets'), join(outDir, 'assets'), { recursive: true });
  writeFileSync(join(outDir, 'assets', 'code-theme.css'), codeThemeCss());
  for (const api of apis) {
    for (const extension of ['yaml', 'json']) {
      copyFileSync(join(generatedDir, `${api.api}.openapi.${extension}`), join(outDir, 'openapi', `${api.api}.openapi.${extension}`));
    }
  }
  pages.push(...writeReferences(outDir, apis));

  const guides = GUIDES.map((guide) => {
    const source = readFileSync(join(docsDir, 'guides', `${guide.slug}.md`), 'utf8');
    const { html, title, toc } = renderMarkdown(expandGuideIncludes(source, { apis, operationLinks }), { operationLinks });
    writeFileSync(
      join(outDir, 'guides', `${guide.slug}.html`),
      pageLayout({ title, description: guide.summary, root: '../', current: guide.slug, body: html, toc }),
    );
    pages.push(`guides/${guide.slug}.html`);
    return { ...guide, title, toc };
  });

  writeFileSync(join(outDir, 'index.html'), landingPage({ apis }));
  pages.unshift('index.html');
  const search = await writeSearchIndex({ outDir, guides, apis });
  return { pages, search };
}

/**
 * Prerenders every API reference and writes the pages (`reference/<api>.html`) and what each
 * hydrates with (`reference/<api>.<hash>.json`), with what they share written once under
 * assets/redoc/: Redoc's bundle (localized, see redoc-bundle.mjs) and one stylesheet (Redoc's
 * prerendered styles, its code-token colours, the markup's style attributes); every file but
 * the pages is named by its content hash.
 * @returns {string[]} the pages written, relative to outDir
 */
function writeReferences(outDir, apis) {
  const rendered = apis.map((api) => {
    const prerendered = prerenderReference(api.reference, { options: redocOptions(api.reference) });
    return { api, ...prerendered, ...styleAttributes(prerendered.markup) };
  });
  const bundle = redocBundle();
  const css = [
    ...new Set(rendered.map(({ css: prerenderedCss }) => prerenderedCss)),
    redocTokenCss(bundle.source),
    styleAttributeCss(Object.assign({}, ...rendered.map(({ styles }) => styles))),
  ].join('\n');
  mkdirSync(join(outDir, 'assets', 'redoc'), { recursive: true });
  const bundleHref = `assets/redoc/redoc-${bundle.version}.${contentHash(bundle.source)}.js`;
  const cssHref = `assets/redoc/redoc.${contentHash(css)}.css`;
  writeFileSync(join(outDir, bundleHref), bundle.source);
  writeFileSync(join(outDir, cssHref), css);
  return rendered.map(({ api, markup, definition, options, styles }) => {
    const data = referenceData({ definition, options, styles });
    const dataHref = `reference/${api.api}.${contentHash(data)}.json`;
    writeFileSync(join(outDir, dataHref), data);
    const page = `reference/${api.api}.html`;
    writeFileSync(join(outDir, page), referencePage({ api: api.api, title: api.title, summary: api.summary, markup, bundleHref, cssHref, dataHref }));
    return page;
  });
}
