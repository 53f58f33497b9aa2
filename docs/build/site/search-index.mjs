/**
 * Builds the search index the site's search box loads (`search-index.json`): one entry per
 * guide, per guide section and per API operation, each with a URL relative to the site root.
 * @param {{ guides: Array<{ slug: string, title: string, summary: string, toc: Array<{ id: string, text: string }> }>,
 *   apis: Array<{ api: string, short: string, operations: Array<{ operationId: string, method: string, path: string,
 *   summary: string, description: string, deprecated: boolean, parameters: Array<{ name: string }>, anchor: string }> }> }} site
 *   operations are records of the operation model (method in upper case) with the reference's anchor and description
 * @returns {Array<{ title: string, section: string, url: string, text: string }>}
 */
export function buildSearchIndex({ guides, apis }) {
  const entries = [];
  for (const guide of guides) {
    entries.push({ title: guide.title, section: 'Guide', url: `guides/${guide.slug}.html`, text: guide.summary });
    for (const heading of guide.toc) {
      entries.push({ title: `${guide.title}: ${heading.text}`, section: 'Guide', url: `guides/${guide.slug}.html#${heading.id}`, text: '' });
    }
  }
  for (const { api, short, operations } of apis) {
    for (const operation of operations) {
      entries.push({
        title: `${operation.operationId}${operation.summary ? ` — ${operation.summary}` : ''}`,
        section: `${short} API${operation.deprecated ? ' (deprecated)' : ''}`,
        url: `reference/${api}.html${operation.anchor}`,
        text: [
          `${operation.method} ${operation.path}`,
          operation.parameters.map((parameter) => parameter.name).join(' '),
          operation.description.replace(/\s+/g, ' ').slice(0, 300),
        ].join(' '),
      });
    }
  }
  return entries;
}
