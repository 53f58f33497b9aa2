import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readApi } from './data/read-api.mjs';
import { readCodeSamples } from './data/read-code-samples.mjs';
import { redocOperationAnchor } from './reference/redoc-anchor.mjs';
import { referencedOperation, referenceDocument } from './reference/reference-document.mjs';
import { renderReference } from './reference/render-reference.mjs';
import { writeSearchIndex } from './search/write-search-index.mjs';
import { codeThemeCss } from './site/code-block.mjs';
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
 *   reference/<api>.html           Redoc reference with the generated code samples
 *   openapi/<api>.openapi.{yaml,json}  the bundled descriptions, for download
 *   assets/                        styles, scripts, images (all local); code-theme.css is generated
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
    const reference = referenceDocument(document, { model, codeSamples });
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
    renderReference(api.reference, {
      title: `${api.title} · hwcloud-directory`,
      outputFile: join(outDir, 'reference', `${api.api}.html`),
    });
    pages.push(`reference/${api.api}.html`);
  }

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
