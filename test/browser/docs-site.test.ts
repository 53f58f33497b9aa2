// The built docs site in Debian's Chromium: built once into a temporary folder, served on
// 127.0.0.1 under a sub-path (so any absolute link would break), and checked the way a reader
// would notice: every operation reachable and showing its parameters, every link resolving,
// no console error, no request leaving 127.0.0.1, no serious accessibility violation.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../docs/build/site/static-server.mjs';
import { buildDocsSite, guardedContext, type BuiltDocsSite } from '../support/built-docs-site.js';
import { chromiumMissing, chromiumPath, launchChromium } from '../support/chromium.js';
import { apiNames, loadModel } from '../support/openapi-document.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = join(repoRoot, '.artifacts');
const SUB_PATH = '/hwcloud-directory/docs/';

if (chromiumMissing && process.env.CI === 'true') {
  throw new Error(`docs-site browser test: ${chromiumPath} is missing. CI must install Debian's chromium package (apt-get install -y chromium).`);
}
const title = chromiumMissing
  ? `docs site in Chromium (SKIPPED: ${chromiumPath} is not installed; apt-get install -y chromium, or run with CI=true to fail instead)`
  : 'docs site in Chromium';
if (chromiumMissing) console.warn(title);

interface OperationFacts {
  api: string;
  operationId: string;
  method: string;
  path: string;
  /** Names of its query, path and header parameters and of its JSON body's top-level fields. */
  fields: string[];
}
const operations = allOperations();

describe.skipIf(chromiumMissing)(title, () => {
  let built: BuiltDocsSite;
  let site: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let leftSite: string[] = [];
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    built = await buildDocsSite('docs-site-test-', SUB_PATH);
    site = built.server;
    browser = await launchChromium();
    ({ context, leftSite, consoleErrors } = await guardedContext(browser, site));
    mkdirSync(artifacts, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await built?.close();
  });

  /** Opens a site page (relative to the site root) and waits until it has rendered. */
  async function open(relative: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(site.url + relative, { waitUntil: 'load' });
    expect(response?.status(), `${relative} answers 200`).toBe(200);
    if (relative.startsWith('reference/')) await page.locator('#api-content').waitFor();
    return page;
  }

  describe('landing page', () => {
    it('links every guide, both API references and every operation', async () => {
      const page = await open('index.html');
      const hrefs = await page.$$eval('main a[href]', (links) => links.map((link) => link.getAttribute('href')));
      const guides = readdirSync(join(repoRoot, 'docs/guides')).filter((file) => file.endsWith('.md'));
      expect(guides.length).toBeGreaterThanOrEqual(7);
      for (const guide of guides) expect(hrefs).toContain(`guides/${guide.replace(/\.md$/, '.html')}`);
      for (const api of apiNames) expect(hrefs).toContain(`reference/${api}.html`);
      for (const operation of operations) {
        const links = page.locator('main table a', { hasText: new RegExp(`^${operation.operationId}$`) });
        expect(await links.count(), `${operation.operationId} is in the operation index`).toBe(1);
      }
      await page.screenshot({ path: join(artifacts, 'docs-landing.png'), fullPage: true });
      await page.close();
    });
  });

  describe('API reference', () => {
    it('gives every operation of both APIs a working anchor that shows its path and parameters', async () => {
      const landing = await open('index.html');
      for (const api of apiNames) {
        const page = await open(`reference/${api}.html`);
        for (const operation of operations.filter((candidate) => candidate.api === api)) {
          const href = await landing
            .locator('main table a', { hasText: new RegExp(`^${operation.operationId}$`) })
            .getAttribute('href');
          expect(href, `${operation.operationId} is linked from the landing page`).toMatch(new RegExp(`^reference/${api}\\.html#/`));
          const route = decodeURIComponent(href!.slice(href!.indexOf('#/') + 2));
          await page.goto(site.url + href!);
          const section = page.locator(`[id="${route}"]`);
          await section.waitFor({ state: 'visible', timeout: 10_000 });
          const text = await section.innerText();
          expect(text, `${operation.operationId} shows its path`).toContain(operation.path);
          for (const field of operation.fields) expect(text, `${operation.operationId} shows ${field}`).toContain(field);
          if (api === 'meeting' && operation.operationId === 'searchCorpAdmins') {
            await page.screenshot({ path: join(artifacts, 'docs-reference-searchCorpAdmins.png') });
          }
        }
        await page.close();
      }
      await landing.close();
    });

    it('shows curl, TypeScript client and MSW samples for every operation', async () => {
      for (const api of apiNames) {
        const html = readFileSync(join(built.outDir, 'reference', `${api}.html`), 'utf8');
        const definition = html.slice(html.indexOf('const __redoc_definition'));
        for (const operation of operations.filter((candidate) => candidate.api === api)) {
          const sample = (suffix: string) => readFileSync(join(repoRoot, 'generated/code-samples', api, `${operation.operationId}.${suffix}`), 'utf8');
          for (const suffix of ['curl.sh', 'client.ts', 'msw.ts']) {
            const body = sample(suffix).split('\n').slice(1).join('\n').trim();
            expect(definition, `${operation.operationId} ${suffix} is in the reference`).toContain(JSON.stringify(body).slice(1, 80));
          }
        }
      }
    });
  });

  describe('links', () => {
    it('resolves every link between pages, from the landing page outwards', async () => {
      const origin = new URL(site.url).origin;
      const queue = ['index.html'];
      const idsByPage = new Map<string, Set<string>>();
      const broken: string[] = [];
      const fragments: Array<{ from: string; page: string; hash: string }> = [];
      while (queue.length) {
        const relative = queue.shift()!;
        if (idsByPage.has(relative)) continue;
        const page = await open(relative);
        const { links, ids } = await page.evaluate(() => ({
          links: [...document.querySelectorAll('a[href]')].map((anchor) => ({ raw: anchor.getAttribute('href') ?? '', resolved: (anchor as HTMLAnchorElement).href })),
          ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
        }));
        idsByPage.set(relative, new Set(ids));
        await page.close();
        for (const { raw, resolved } of links) {
          const url = new URL(resolved);
          if (url.origin !== origin) {
            expect(raw, `${relative}: an off-site link must be absolute http(s)`).toMatch(/^(https?:|mailto:)/);
            continue;
          }
          expect(raw, `${relative}: internal link ${raw} must be relative`).not.toMatch(/^\//);
          if (!url.pathname.startsWith(SUB_PATH)) {
            broken.push(`${relative} -> ${raw} (outside the site)`);
            continue;
          }
          const target = url.pathname.slice(SUB_PATH.length) || 'index.html';
          if (url.hash) fragments.push({ from: relative, page: target, hash: decodeURIComponent(url.hash.slice(1)) });
          if (target.endsWith('.html')) {
            if (!idsByPage.has(target)) queue.push(target);
          } else {
            const status = (await context.request.get(`${origin}${url.pathname}`)).status();
            if (status !== 200) broken.push(`${relative} -> ${raw} (${status})`);
          }
        }
      }
      expect(idsByPage.size).toBeGreaterThanOrEqual(10);
      // Plain fragments must name an element of the target page; Redoc routes (`#/...`) are
      // rendered on demand, so each is visited: the hydrated page shows an element whose id is
      // the route (`#/` is the API overview, with the API's title as its heading).
      const routesByPage = new Map<string, Set<string>>();
      for (const { from, page, hash } of fragments) {
        if (hash.startsWith('/')) routesByPage.set(page, (routesByPage.get(page) ?? new Set()).add(hash));
        else if (!idsByPage.get(page)?.has(hash)) broken.push(`${from} -> ${page}#${hash} (no element with that id)`);
      }
      for (const [target, routes] of routesByPage) {
        const page = await open(target);
        for (const route of routes) {
          await page.evaluate((hash) => { window.location.hash = hash; }, route);
          const selector = route === '/' ? '#api-content h1' : `[id="${route.slice(1)}"]`;
          const found = await page.locator(selector).first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
          if (!found) broken.push(`${target}#${route} (no Redoc route)`);
        }
        await page.close();
      }
      expect(broken).toEqual([]);
    }, 90_000);
  });

  describe('search', () => {
    it('finds guides and operations from any page and links to them', async () => {
      const page = await open('guides/paging.html');
      await page.fill('#site-search', 'searchCorpAdmins');
      const operationResult = page.locator('#site-search-results a', { hasText: 'searchCorpAdmins' }).first();
      await operationResult.waitFor();
      expect(await operationResult.getAttribute('href')).toMatch(/^\.\.\/reference\/meeting\.html#\//);
      await page.fill('#site-search', 'legacy migrating');
      const guideResult = page.locator('#site-search-results a', { hasText: 'Migrating' }).first();
      await guideResult.waitFor();
      await guideResult.click();
      await page.waitForURL(/guides\/migrating-legacy-search\.html/);
      expect(await page.locator('h1').innerText()).toMatch(/^Migrating/);
      await page.close();
    });
  });

  describe('accessibility', () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    it.each(['index.html', 'guides/errors.html', 'guides/authentication.html', 'reference/meeting.html', 'reference/bss.html'])(
      'axe-core finds no serious or critical violation on %s',
      async (relative) => {
        const page = await open(relative);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(', ')})`);
        });
        expect(violations).toEqual([]);
        await page.close();
      },
    );
  });

  describe('self-containment', () => {
    it('made no request outside 127.0.0.1 and logged no console error on any page above', () => {
      expect(leftSite).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});

/** Every operation of the operation models, with the fields its reference entry must show. */
function allOperations(): OperationFacts[] {
  return apiNames.flatMap((api) =>
    loadModel(api).operations.map(({ operationId, method, path, parameters, body }) => ({
      api,
      operationId,
      method: method.toLowerCase(),
      path,
      fields: [...parameters.map((parameter) => parameter.name), ...Object.keys(body?.fields ?? {})],
    })),
  );
}
