// The size an app pays for the client: esbuild --bundle --minify (browser ESM, es2022), gzip -9.
// Optionally with the generated operations table of an API swapped for another one, to see
// how the size follows the table (see synthetic-operations.mjs).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The size budget of every bench app, min+gzip: 5 kB. */
export const BUDGET = 5 * 1024;

/**
 * Bundles `entry` as a browser app and measures it.
 * @param {string} entry path of the app
 * @param {{ alias?: Record<string, string>, tables?: Record<string, string> }} [options]
 *   `tables`: the source to use instead of `packages/client/src/generated/<api>-operations.ts`, by API
 * @returns {Promise<{ min: number, gzip: number }>} bytes
 * @example const { gzip } = await bundleSize('bench/client/apps/meeting-app.ts'); // bytes, min+gzip
 */
export async function bundleSize(entry, { alias = {}, tables = {} } = {}) {
  const swapTables = {
    name: 'swap-operations-tables',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]client[\\/]src[\\/]generated[\\/][a-z]+-operations\.ts$/ }, (args) => {
        const api = /([a-z]+)-operations\.ts$/.exec(args.path)[1];
        return tables[api] === undefined ? undefined : { contents: tables[api], loader: 'ts' };
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    alias: { '@hwcloud-directory/protocol': `${root}packages/protocol/src/index.ts`, ...alias },
    plugins: [swapTables],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
