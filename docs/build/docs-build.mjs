// The docs site build, as a program: `npm run docs:build [-- <output dir>] [--generated <dir>]`
// starts it. Output defaults to docs/site/. Reads the operation models, bundles and code
// samples from generated/ (run `npm run build` first; --generated points elsewhere) and the
// guides and assets from docs/; writes only the output folder.
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { buildSite } from './build-site.mjs';
import { folderSize } from './folder-size.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { generated: { type: 'string', default: join(repoRoot, 'generated') } },
});
const outDir = resolve(positionals[0] ?? join(repoRoot, 'docs', 'site'));
const started = performance.now();
const { pages, search } = await buildSite({ outDir, repoRoot, generatedDir: resolve(values.generated) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const { files, bytes } = folderSize(outDir);
console.log(`docs:build: ${pages.length} pages, ${files} files, ${(bytes / 1024 / 1024).toFixed(2)} MiB in ${relative(process.cwd(), outDir) || '.'} (${seconds} s)`);
console.log(`docs:build: search index (Pagefind) of ${search.pages} guides and ${search.records} operations: ${search.files} files, ${(search.bytes / 1024).toFixed(0)} KiB in pagefind/ (${(search.seconds).toFixed(1)} s)`);
