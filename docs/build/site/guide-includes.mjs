import { escapeHtml } from './escape-html.mjs';

/**
 * Blocks a guide can pull in with `<!-- generated:<name> -->`, tabulated from the operation
 * models (generated/<api>.operations.json) at build time so the guides never restate (and
 * never drift from) the spec.
 */
const INCLUDES = {
  'vendor-errors': vendorErrorsTable,
  'paging-dialects': pagingDialectsTable,
};

/**
 * Replaces every `<!-- generated:<name> -->` marker in a guide with its block.
 * @param {string} markdown
 * @param {{ apis: Array<{ api: string, short: string, model: import('@hwcloud-directory/protocol').ApiModel }>,
 *   operationLinks: Map<string, string> }} context
 * @returns {string}
 */
export function expandGuideIncludes(markdown, context) {
  return markdown.replace(/<!-- generated:([a-z-]+) -->/g, (_, name) => {
    const include = INCLUDES[name];
    if (!include) throw new Error(`docs: unknown guide include "${name}" (known: ${Object.keys(INCLUDES).join(', ')})`);
    return `\n${include(context)}\n`;
  });
}

/**
 * One table of vendor error codes per API: the model's error codes (its `x-error-codes`, joined
 * with the operations whose response examples return each code and the body field that carries it).
 */
function vendorErrorsTable({ apis, operationLinks }) {
  return apis
    .map(({ api, short, model }) => {
      const errors = model.errorCodes;
      if (!errors.length) throw new Error(`docs: the ${short} description documents no vendor error codes`);
      const rows = errors
        .map((error) => `<tr><td><code>${escapeHtml(error.code)}</code></td><td>${escapeHtml(error.status)}</td>` +
          `<td>${escapeHtml(error.meaning)}</td><td>${escapeHtml(SOURCES[error.source] ?? error.source)}</td>` +
          `<td>${error.fields.map((field) => `<code>${escapeHtml(field)}</code>`).join(', ') || '—'}</td>` +
          `<td>${error.operations.map((id) => operationLink(operationLinks, api, id)).join(', ') || '—'}</td></tr>`)
        .join('\n');
      return `<table class="data-table" id="errors-${escapeHtml(api)}">
<caption>${escapeHtml(short)} API: vendor error codes</caption>
<thead><tr><th scope="col">Code</th><th scope="col">HTTP status</th><th scope="col">Meaning</th><th scope="col">Source</th><th scope="col">Body field</th><th scope="col">Shown in the examples of</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
    })
    .join('\n');
}

/** How the guide words the `source` of a code. */
const SOURCES = {
  published: 'published by the vendor',
  inferred: 'inferred (the vendor publishes no code for this case; the live service may send another)',
  example: 'only in an example',
};

/**
 * One row per paged operation of the models: its dialect, parameters, page-size bounds, where
 * items and totals are, and the past-the-end rule.
 */
function pagingDialectsTable({ apis, operationLinks }) {
  const rows = apis.flatMap(({ api, short, model }) =>
    model.operations.filter((operation) => operation.paging).map(({ operationId, method, path, paging }) => {
      const { limit } = paging;
      const range = [limit.minimum ?? '—', limit.maximum ?? 'no documented maximum'].join(' .. ');
      return `<tr><td>${escapeHtml(short)}</td><td>${operationLink(operationLinks, api, operationId)}<br><code>${escapeHtml(`${method} ${path}`)}</code></td>` +
        `<td>${escapeHtml(paging.style)} (in ${escapeHtml(paging.in)})</td>` +
        `<td><code>${escapeHtml(paging.offsetParam)}</code> / <code>${escapeHtml(paging.limitParam)}</code></td>` +
        `<td>${escapeHtml(range)}${limit.default === undefined ? '' : `, default ${escapeHtml(limit.default)}`}</td>` +
        `<td><code>${escapeHtml(paging.itemsPath)}</code></td><td><code>${escapeHtml(paging.totalPath)}</code></td>` +
        `<td>${escapeHtml(paging.pastEnd)}</td></tr>`;
    }),
  );
  if (!rows.length) throw new Error('docs: no operation carries x-paging');
  return `<table class="data-table" id="paging-dialects">
<caption>Paged operations, from their <code>x-paging</code> extension</caption>
<thead><tr><th scope="col">API</th><th scope="col">Operation</th><th scope="col">Style</th><th scope="col">Position / size</th><th scope="col">Page size</th><th scope="col">Items at</th><th scope="col">Total at</th><th scope="col">Past the end</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** A link to an operation in the reference, relative to a guide page. */
function operationLink(operationLinks, api, operationId) {
  const url = operationLinks.get(`${api}/${operationId}`);
  if (!url) throw new Error(`docs: no reference anchor for ${api}/${operationId}`);
  return `<a href="${escapeHtml(url)}"><code>${escapeHtml(operationId)}</code></a>`;
}
