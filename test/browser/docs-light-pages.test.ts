// How light the docs site's pages are, measured the way a reader's browser pays for them: the
// site built once, served by the preview server (docs/build/site/static-server.mjs) on
// 127.0.0.1 under a sub-path, visited in Debian's Chromium with an empty cache and again with
// the cache of the first visit. A reference page is measured with Redoc running (the reader
// has moved the pointer over it). The figures go to .artifacts/docs-page-weights.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES } from '../../docs/build/site/site-map.mjs';
import type { StaticServer } from '../../docs/build/site/static-server.mjs';
import { buildDocsSite, guardedContext, hydrateReference, type BuiltDocsSite } from '../support/built-docs-site.js';
import { chromiumMissing, chromiumPath, launchChromium } from '../support/chromium.js';
import { apiNames } from '../support/openapi-document.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = join(repoRoot, '.artifacts');
const SUB_PATH = '/hwcloud-directory/docs/';
const KB = 1024;
/** Issue 13's targets. */
const REPEAT_VISIT_LIMIT = 150 * KB;
const FIRST_REFERENCE_VISIT_GZIP_LIMIT = 800 * KB;
const pages = ['index.html', ...GUIDES.map((guide) => `guides/${guide.slug}.html`), ...apiNames.map((api) => `reference/${api}.html`)];

if (chromiumMissing && process.env.CI === 'true') {
  throw new Error(`docs-light-pages browser test: ${chromiumPath} is missing. CI must install Debian's chromium package (apt-get install -y chromium).`);
}
const title = chromiumMissing ? `docs page weight in Chromium (SKIPPED: ${chromiumPath} is not installed)` : 'docs page weight in Chromium';

interface Visit {
  /** Bytes on the wire (headers and compressed bodies), as Chromium's Resource Timing reports them. */
  transferred: number;
  /** Every same-site URL the visit loaded. */
  urls: string[];
}

describe.skipIf(chromiumMissing)(title, () => {
  let built: BuiltDocsSite;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    built = await buildDocsSite('docs-light-test-', SUB_PATH);
    site = built.server;
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await built?.close();
  });

  /** Loads a page as a reader would (a reference page until Redoc has hydrated it) and sums what it transferred. */
  async function visit(page: Page, relative: string): Promise<Visit> {
    await page.goto(site.url + relative, { waitUntil: 'load' });
    if (relative.startsWith('reference/')) await hydrateReference(page);
    await page.waitForLoadState('networkidle');
    return page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      return { transferred: entries.reduce((sum, entry) => sum + entry.transferSize, 0), urls: entries.map((entry) => entry.name) };
    });
  }

  /** What the same URLs weigh compressed with gzip: the Content-Length of the preview server's answers to `Accept-Encoding: gzip`. */
  async function gzipWeight(urls: string[]): Promise<number> {
    let total = 0;
    for (const url of new Set(urls.map((address) => address.replace(/#.*$/, '')))) {
      const response = await fetch(url, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
      total += Number(response.headers.get('content-length'));
    }
    return total;
  }

  describe('serving', () => {
    it('compresses text with Brotli or gzip as the browser accepts, and answers a known ETag with 304', async () => {
      const page = `${site.url}reference/meeting.html`;
      const br = await fetch(page, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      const gzip = await fetch(page, { headers: { 'accept-encoding': 'gzip' } });
      const plain = await fetch(page, { headers: { 'accept-encoding': 'identity' } });
      expect([br.headers.get('content-encoding'), gzip.headers.get('content-encoding'), plain.headers.get('content-encoding')]).toEqual(['br', 'gzip', null]);
      expect(br.headers.get('vary')).toBe('accept-encoding');
      const size = (await plain.arrayBuffer()).byteLength;
      expect(Number(br.headers.get('content-length'))).toBeLessThan(size / 3);
      const etag = gzip.headers.get('etag')!;
      const again = await fetch(page, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.headers.get('cache-control')).toBe('no-cache');
    });

    it('caches the files named by their content hash for a year and revalidates the rest', async () => {
      const hashed = [
        ...readdirSync(join(built.outDir, 'assets/redoc')).map((name) => `assets/redoc/${name}`),
        ...readdirSync(join(built.outDir, 'reference')).filter((name) => name.endsWith('.json')).map((name) => `reference/${name}`),
      ];
      expect(hashed.length).toBeGreaterThanOrEqual(2 + apiNames.length);
      for (const file of hashed) {
        expect(file).toMatch(/\.[0-9a-f]{10}\.(js|css|json)$/);
        expect((await fetch(site.url + file, { method: 'HEAD' })).headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
      }
      for (const file of ['index.html', 'reference/meeting.html', 'assets/site.css', 'assets/reference.js']) {
        expect((await fetch(site.url + file, { method: 'HEAD' })).headers.get('cache-control'), file).toBe('no-cache');
      }
    });
  });

  describe('weight', () => {
    it(`stays under ${REPEAT_VISIT_LIMIT / KB} KB on a repeat visit to every page, and under ${FIRST_REFERENCE_VISIT_GZIP_LIMIT / KB} KB gzipped on a first visit to a reference page with Redoc running`, async () => {
      const rows: Array<{ page: string; firstVisit: number; firstVisitGzip: number; repeatVisit: number; requests: number }> = [];
      for (const relative of pages) {
        const { context, leftSite, consoleErrors } = await guardedContext(browser, site, undefined, { keepCache: true });
        const first = await visit(await context.newPage(), relative);
        const repeat = await visit(await context.newPage(), relative);
        rows.push({ page: relative, firstVisit: first.transferred, firstVisitGzip: await gzipWeight(first.urls), repeatVisit: repeat.transferred, requests: first.urls.length });
        await context.close();
        expect(leftSite).toEqual([]);
        expect(consoleErrors).toEqual([]);
      }
      writeFileSync(join(artifacts, 'docs-page-weights.json'), `${JSON.stringify({ measured: new Date().toISOString(), unit: 'bytes', rows }, null, 2)}\n`);
      console.log(rows.map((row) => `${row.page.padEnd(40)} first ${(row.firstVisit / KB).toFixed(1)} KB (gzip ${(row.firstVisitGzip / KB).toFixed(1)} KB, ${row.requests} requests), repeat ${(row.repeatVisit / KB).toFixed(1)} KB`).join('\n'));
      for (const row of rows) expect(row.repeatVisit, `${row.page} on a repeat visit`).toBeLessThan(REPEAT_VISIT_LIMIT);
      for (const row of rows.filter(({ page }) => page.startsWith('reference/'))) {
        expect(row.firstVisitGzip, `${row.page} on a first visit, gzipped`).toBeLessThan(FIRST_REFERENCE_VISIT_GZIP_LIMIT);
        // Redoc did run: its bundle is among what the visit loaded.
        expect(row.firstVisit).toBeGreaterThan(400 * KB);
      }
    }, 180_000);

    it('loads Redoc\'s bundle once for both references: the second reference page takes it from the cache', async () => {
      const { context } = await guardedContext(browser, site, undefined, { keepCache: true });
      await visit(await context.newPage(), 'reference/meeting.html');
      const page = await context.newPage();
      await visit(page, 'reference/bss.html');
      const bundle = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => /\/assets\/redoc\/redoc-[\d.]+\.[0-9a-f]{10}\.js$/.test(entry.name)));
      await context.close();
      expect(bundle, 'the Redoc bundle was requested').toBeDefined();
      expect(bundle!.transferSize).toBe(0);
    });
  });

  describe('content security policy', () => {
    it.each(pages)('%s allows scripts and styles from the site and inline ones by hash only, and nothing from elsewhere', async (relative) => {
      const html = readFileSync(join(built.outDir, relative), 'utf8');
      const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
      expect(policy).toBeDefined();
      const directives = new Map(policy!.split(/\s*;\s*/).map((directive) => { const [name, ...sources] = directive.split(/\s+/); return [name!, sources]; }));
      expect(directives.get('default-src')).toEqual(["'none'"]);
      for (const [name, sources] of directives) {
        for (const source of sources) {
          expect(source, `${name} in ${relative}`).toMatch(/^('self'|'none'|'sha256-[A-Za-z0-9+/]+=*'|data:|blob:)$/);
        }
      }
    });
  });
});
