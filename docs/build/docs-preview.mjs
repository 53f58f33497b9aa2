// Serves the built docs site on 127.0.0.1 for a local look (compressed, with ETags and cache
// headers, as the browser tests and docs:lighthouse see it), as a program:
// `npm run docs:preview [-- --port 4000] [--dir docs/site] [--base /sub/path/]` starts it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './site/static-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    dir: { type: 'string', default: fileURLToPath(new URL('../site/', import.meta.url)) },
    base: { type: 'string', default: '/' },
  },
});
if (!existsSync(`${values.dir}/index.html`)) {
  console.error(`docs:preview: no site in ${values.dir}; run \`npm run docs:build\` first`);
  process.exit(1);
}
const site = await startStaticServer({ root: values.dir, basePath: values.base, port: Number(values.port) });
console.log(`docs:preview: serving ${values.dir} at ${site.url} (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await site.close();
    process.exit(0);
  });
}
