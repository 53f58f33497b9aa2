// Full-text search on the built docs site, in Debian's Chromium: the site is built once into a
// temporary folder and served on 127.0.0.1 under a sub-path; every query is typed into the
// search box of a guide page, the way a developer pasting an error code or an identifier would.
// The results are read on one guide page, the box cleared with Escape between queries; each
// landing starts from a newly opened page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redocOperationAnchor } from '../../docs/build/reference/redoc-anchor.mjs';
import type { StaticServer } from '../../docs/build/site/static-server.mjs';
import { buildDocsSite, guardedContext, type BuiltDocsSite } from '../support/built-docs-site.js';
import { chromiumMissing, chromiumPath, launchChromium } from '../support/chromium.js';
import { apiNames, deref, loadBundle, loadModel, type OpenApiDocument } from '../support/openapi-document.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SUB_PATH = '/hwcloud-directory/docs/';

/** What developers search for: error codes, client and mock exports, fields, a Chinese name from an example. */
const QUERIES = ['USG.000000001', 'HwcloudError', 'testCredentials', 'setupServer', 'pageIndex', 'sub_customer_infos', '王芳'];

if (chromiumMissing && process.env.CI === 'true') {
  throw new Error(`docs-search browser test: ${chromiumPath} is missing. CI must install Debian's chromium package (apt-get install -y chromium).`);
}
const title = chromiumMissing
  ? `docs site search in Chromium (SKIPPED: ${chromiumPath} is not installed; apt-get install -y chromium, or run with CI=true to fail instead)`
  : 'docs site search in Chromium';

describe.skipIf(chromiumMissing)(title, () => {
  let built: BuiltDocsSite;
  let site: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let leftSite: string[] = [];
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    built = await buildDocsSite('docs-search-test-', SUB_PATH);
    site = built.server;
    browser = await launchChromium();
    ({ context, leftSite, consoleErrors } = await guardedContext(browser, site, undefined, { keepCache: true }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await built?.close();
  });

  /** Types a query into the search box of a page, once Escape has cleared what the box held, and waits until results show. */
  async function search(page: Page, query: string): Promise<void> {
    const box = page.locator('#site-search');
    await box.press('Escape');
    await expect.poll(() => page.locator('#site-search-results li').count()).toBe(0);
    await box.fill(query);
    await page.locator('#site-search-results li').first().waitFor();
  }

  /** Opens a guide page, types a query into its search box and returns the page once results show. */
  async function searchFrom(relative: string, query: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(site.url + relative, { waitUntil: 'load' });
    await search(page, query);
    return page;
  }

  describe('results', () => {
    let page: Page;
    beforeAll(async () => {
      page = await context.newPage();
      await page.goto(`${site.url}guides/getting-started.html`, { waitUntil: 'load' });
    });
    afterAll(() => page?.close());

    it.each(QUERIES)('shows a result for %s with a visible passage containing it', async (query) => {
      await search(page, query);
      const first = page.locator('#site-search-results li').first();
      expect(await first.innerText(), `the first entry for ${query}`).not.toMatch(/^No results/);
      const passage = first.locator('.search-passage');
      expect(await passage.isVisible(), `the passage of the first result for ${query} is visible`).toBe(true);
      expect((await passage.innerText()).toLowerCase()).toContain(query.toLowerCase());
      expect(await passage.locator('mark').count(), `the hit is marked in the passage for ${query}`).toBeGreaterThan(0);
    });

    it('still says so when nothing matches', async () => {
      await search(page, 'zzqxnotaword');
      expect(await page.locator('#site-search-results li').first().innerText()).toBe('No results for "zzqxnotaword"');
    });
  });

  describe('landing', () => {
    it.each(QUERIES)('follows the first result for %s to the guide section or reference operation that holds it', async (query) => {
      const page = await searchFrom('guides/errors.html', query);
      const link = page.locator('#site-search-results li a').first();
      const href = (await link.getAttribute('href'))!;
      expect(href, 'result links are relative').toMatch(/^\.\.\/(guides|reference)\//);
      await link.click();
      await page.waitForURL((url) => url.hash.length > 1);
      const url = new URL(page.url());
      const hash = decodeURIComponent(url.hash.slice(1));
      if (url.pathname.includes('/reference/')) {
        // A reference operation: the hash is its Redoc route, Redoc shows it, and the operation
        // (its description, schemas, examples or code samples) does contain the query.
        const api = url.pathname.match(/reference\/(\w+)\.html$/)![1] as (typeof apiNames)[number];
        const operation = loadModel(api).operations.find((candidate) => redocOperationAnchor(candidate) === url.hash);
        expect(operation, `${url.hash} is the anchor of a ${api} operation`).toBeDefined();
        await page.locator(`[id="${hash.slice(1)}"]`).waitFor({ state: 'visible', timeout: 10_000 });
        expect(operationText(api, operation!).toLowerCase()).toContain(query.toLowerCase());
      } else {
        // A guide section: the hash names a heading, scrolled into view, whose section holds the query.
        await page.waitForLoadState('load');
        const section = () => page.evaluate((id) => {
          const heading = document.getElementById(id);
          if (!heading) return undefined;
          const texts = [heading.textContent ?? ''];
          for (let node = heading.nextElementSibling; node && !/^H[1-6]$/.test(node.tagName); node = node.nextElementSibling) texts.push(node.textContent ?? '');
          const top = heading.getBoundingClientRect().top;
          return { tag: heading.tagName, text: texts.join('\n'), inView: top > -2 && top < window.innerHeight };
        }, hash);
        const landed = await section();
        expect(landed, `guide ${url.pathname} has an element with id ${hash}`).toBeDefined();
        expect(landed!.tag).toMatch(/^H[1-6]$/);
        await expect.poll(async () => (await section())?.inView, { message: `heading #${hash} is scrolled into view`, timeout: 5_000 }).toBe(true);
        expect(landed!.text.toLowerCase(), `section #${hash} holds ${query}`).toContain(query.toLowerCase());
      }
      await page.close();
    });
  });

  describe('self-containment', () => {
    it('made no request outside 127.0.0.1 and logged no console error while searching', () => {
      expect(leftSite).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});

/** All that the reference shows of an operation: its Operation Object with every `$ref` expanded, and its code samples. */
function operationText(api: (typeof apiNames)[number], operation: { operationId: string; method: string; path: string }): string {
  const bundle = loadBundle(api);
  const expand = (value: OpenApiDocument, seen: Set<unknown>): unknown => {
    const node = value && typeof value === 'object' ? deref(bundle, value) : value;
    if (!node || typeof node !== 'object' || seen.has(node)) return node;
    const inner = new Set(seen).add(node);
    return Array.isArray(node) ? node.map((item) => expand(item, inner)) : Object.fromEntries(Object.entries(node).map(([key, item]) => [key, expand(item, inner)]));
  };
  const samples = ['curl.sh', 'client.ts', 'msw.ts'].map((suffix) => readFileSync(join(repoRoot, 'generated/code-samples', api, `${operation.operationId}.${suffix}`), 'utf8'));
  return [JSON.stringify(expand(bundle.paths[operation.path][operation.method.toLowerCase()], new Set())), ...samples].join('\n');
}
