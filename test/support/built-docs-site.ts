// The built docs site for browser tests: built once per test file into a temporary folder,
// served on 127.0.0.1 under a sub-path, and a browser context that blocks (and records) every
// request leaving the site and records console errors. A copy of a built site with a planted
// defect proves that a check fails when it should.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** Copies a built site into a new temporary folder, lets `plant` break it, and serves the copy under `basePath`. */
export async function plantedCopy(site: BuiltDocsSite, basePath: string, plant: (outDir: string) => void): Promise<BuiltDocsSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'docs-planted-'));
  cpSync(site.outDir, outDir, { recursive: true });
  plant(outDir);
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

/**
 * Brings a reference page's Redoc to life the way a reader does, by moving the pointer over
 * the page (a page opened at an operation's `#/…` address starts it by itself), and waits until
 * Redoc has taken the prerendered markup over.
 */
export async function hydrateReference(page: Page): Promise<void> {
  if (await page.evaluate(() => !document.documentElement.dataset.redoc)) {
    await page.mouse.move(120, 300);
    await page.mouse.move(140, 320);
  }
  const state = await page.waitForFunction(() => /^(hydrated|failed)$/.test(document.documentElement.dataset.redoc ?? '') && document.documentElement.dataset.redoc, undefined, { timeout: 30_000 });
  if ((await state.jsonValue()) !== 'hydrated') throw new Error(`Redoc did not load on ${page.url()}`);
  await page.locator('#api-content').waitFor();
}

/** A browser context confined to the site: what it tried to fetch elsewhere, and what it logged as errors. */
export interface GuardedContext {
  context: BrowserContext;
  leftSite: string[];
  consoleErrors: string[];
}

/**
 * A context on `browser` that aborts every request outside the site's origin (data: and blob:
 * allowed) and logs every Content-Security-Policy violation as a console error. Routing
 * requests turns Chromium's HTTP cache off; with `keepCache` the context only records such
 * requests instead (the launcher's host rules already make them fail), so that a second
 * visit can be served from the cache.
 */
export async function guardedContext(
  browser: Browser,
  site: StaticServer,
  viewport = { width: 1280, height: 800 },
  { keepCache = false } = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const leftSite: string[] = [];
  const consoleErrors: string[] = [];
  const origin = new URL(site.url).origin;
  const onSite = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
  if (keepCache) {
    context.on('request', (request) => {
      if (!onSite(request.url())) leftSite.push(request.url());
    });
  } else {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (onSite(url)) return route.continue();
      leftSite.push(url);
      return route.abort('blockedbyclient');
    });
  }
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  });
  return { context, leftSite, consoleErrors };
}
