import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { folderSize } from '../folder-size.mjs';
import { operationSearchRecords } from './operation-search-records.mjs';

/**
 * Writes the site's full-text search index into `<outDir>/pagefind/` with Pagefind (its
 * binary comes in the `@pagefind/<platform>` npm package; nothing is downloaded). Indexed:
 * - every built guide page, its `<main>` only: Pagefind splits it at headings with an id, so
 *   a result lands on the guide section (`guides/errors.html#every-vendor-code`);
 * - one record per API operation (see operation-search-records.mjs), landing on the
 *   operation's anchor in the Redoc reference.
 * Everything is indexed as one language (`en`), so one index answers every page; Chinese
 * words (names in examples, vendor terms) are indexed as they are written.
 * @param {{ outDir: string, guides: Array<{ slug: string }>, apis: Array<Parameters<typeof operationSearchRecords>[0]> }} site
 * @returns {Promise<{ pages: number, records: number, files: number, bytes: number, seconds: number }>}
 */
export async function writeSearchIndex({ outDir, guides, apis }) {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`docs: Pagefind could not start an index: ${errors.join('; ')}`);
    for (const guide of guides) {
      const url = `guides/${guide.slug}.html`;
      check(url, await index.addHTMLFile({ url, content: readFileSync(join(outDir, url), 'utf8') }));
    }
    const records = apis.flatMap(operationSearchRecords);
    for (const record of records) check(record.url, await index.addCustomRecord(record));
    const outputPath = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`docs: Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
    return { pages: guides.length, records: records.length, ...folderSize(outputPath), seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/**
 * What Pagefind writes that the site does not load: its ready-made UIs (docs/assets/search.js
 * drives the search box with Pagefind's JS API) and the wasm for pages of no language.
 */
const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'wasm.unknown.pagefind',
];

/** Fails the build when Pagefind refused a page or record, or found no word in it. */
function check(url, { errors, file }) {
  if (errors.length) throw new Error(`docs: Pagefind could not index ${url}: ${errors.join('; ')}`);
  if (!file?.uniqueWords) throw new Error(`docs: Pagefind found no text to index in ${url}`);
}
