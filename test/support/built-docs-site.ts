// The built docs site for browser tests: built once per test file into a temporary folder,
// served on 127.0.0.1 under a sub-path, and a browser context that blocks (and records) every
// request leaving the site and records console errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../docs/build/site/static-server.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A site built by `docs/build/docs-build.mjs` and the server that serves it. */
export interface BuiltDocsSite {
  outDir: string;
  server: StaticServer;
  /** Stops the server and deletes the build. */
  close(): Promise<void>;
}

/** Builds the docs site into a new temporary folder and serves it under `basePath`. */
export async function buildDocsSite(prefix: string, basePath: string): Promise<BuiltDocsSite> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  const build = spawnSync(process.execPath, [join(repoRoot, 'docs/build/docs-build.mjs'), outDir], { encoding: 'utf8' });
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`docs:build failed:\n${build.stderr}${build.stdout}`);
  }
  const server = await startStaticServer({ root: outDir, basePath });
  return {
    outDir,
    server,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A browser context confined to the site: what it tried to fetch elsewhere, and what it logged as errors. */
export interface GuardedContext {
  context: BrowserContext;
  leftSite: string[];
  consoleErrors: string[];
}

/** A context on `browser` that aborts every request outside the site's origin (data: and blob: allowed). */
export async function guardedContext(browser: Browser, site: StaticServer, viewport = { width: 1280, height: 800 }): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport });
  const leftSite: string[] = [];
  const consoleErrors: string[] = [];
  const origin = new URL(site.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    leftSite.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  });
  return { context, leftSite, consoleErrors };
}
