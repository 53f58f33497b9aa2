import { codeBlock } from './code-block.mjs';
import { escapeHtml } from './escape-html.mjs';
import { pageLayout } from './page-layout.mjs';
import { scrollableTables } from './scrollable-tables.mjs';
import { GUIDES } from './site-map.mjs';

/**
 * The site's front page: what the toolkit is, the two commands, every guide, and an index
 * of every operation of both APIs linking into the reference.
 * @param {{ apis: Array<{ api: string, title: string, short: string, summary: string, version: string,
 *   operations: Array<{ operationId: string, method: string, path: string, summary: string, deprecated: boolean,
 *   anchor: string }> }> }} site operations are records of the operation model (method in upper case)
 * @returns {string}
 */
export function landingPage({ apis }) {
  const guides = GUIDES.map((guide) => `<li><a href="guides/${guide.slug}.html">${escapeHtml(guide.title)}</a> — ${escapeHtml(guide.summary)}</li>`).join('\n');
  const references = apis.map((api) => {
    const rows = api.operations.map((operation) => `<tr>
  <td><span class="method method-${operation.method.toLowerCase()}">${operation.method}</span></td>
  <td><a href="reference/${api.api}.html${operation.anchor}"><code>${escapeHtml(operation.operationId)}</code></a>${operation.deprecated ? ' <span class="badge">deprecated</span>' : ''}</td>
  <td><code>${escapeHtml(operation.path)}</code></td>
  <td>${escapeHtml(operation.summary)}</td>
</tr>`).join('\n');
    return `<section aria-labelledby="ref-${api.api}">
  <h3 id="ref-${api.api}"><a href="reference/${api.api}.html">${escapeHtml(api.title)}</a> <span class="version">v${escapeHtml(api.version)}</span></h3>
  <p>${escapeHtml(api.summary)} Download the bundled description: <a href="openapi/${api.api}.openapi.yaml">YAML</a>, <a href="openapi/${api.api}.openapi.json">JSON</a>.</p>
  <table class="data-table operations">
    <caption>${escapeHtml(api.short)} operations</caption>
    <thead><tr><th scope="col">Method</th><th scope="col">Operation</th><th scope="col">Path</th><th scope="col">Summary</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
</section>`;
  }).join('\n');
  const body = `<h1>hwcloud-directory documentation</h1>
<p class="lead">Trustworthy OpenAPI 3.1 descriptions of Huawei Cloud's enterprise directory APIs (Meeting and BSS), a typed
client that is right about the vendor's quirks, and MSW mocks that page, search and fail the way the service does.</p>
${codeBlock('npm install @hwcloud-directory/client\nnpm install --save-dev @hwcloud-directory/mocks msw', 'sh')}
<p>Not on the registry yet: until the first release, build the tarballs from a checkout of the repository
(<code>npm ci &amp;&amp; npm run build &amp;&amp; npm run pack:packages</code>) and install them by path:</p>
${codeBlock('npm install <checkout>/.artifacts/packages/hwcloud-directory-client.tgz\nnpm install --save-dev <checkout>/.artifacts/packages/hwcloud-directory-mocks.tgz msw', 'sh')}
<h2 id="guides">Guides</h2>
<ul class="guide-list">
${guides}
</ul>
<h2 id="reference">API reference</h2>
${references}
`;
  return pageLayout({
    title: 'Documentation',
    description: 'Guides and API reference for the Huawei Cloud Meeting and BSS enterprise directory APIs.',
    root: '',
    current: 'home',
    body: scrollableTables(body),
    toc: [
      { id: 'guides', text: 'Guides' },
      { id: 'reference', text: 'API reference' },
      ...apis.map((api) => ({ id: `ref-${api.api}`, text: api.title })),
    ],
  });
}
