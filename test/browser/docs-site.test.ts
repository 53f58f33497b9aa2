// The built docs site in Debian's Chromium: built once into a temporary folder, served on
// 127.0.0.1 under a sub-path (so any absolute link would break), and checked the way a reader
// would notice: one header, navigation and search on guides and references alike; every
// operation reachable and showing its parameters, its vendor behaviour and its three code
// samples (each visible after choosing it in the language switcher); every link resolving; no
// console error, no request leaving 127.0.0.1, no serious accessibility violation on the
// references (docs-layout.test.ts runs axe on the landing page and the guides). Redoc takes
// seconds of CPU to hydrate a page and half a second to render a route, so the checks that only
// read a reference share one hydrated page per API, turned from route to route inside the page
// (test/support/redoc-routes.ts), and each route is rendered once for all of them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../docs/build/site/static-server.mjs';
import { redocOperationAnchor } from '../../docs/build/reference/redoc-anchor.mjs';
import { GUIDES } from '../../docs/build/site/site-map.mjs';
import { buildDocsSite, guardedContext, hydrateReference, plantedCopy, type BuiltDocsSite } from '../support/built-docs-site.js';
import { chromiumMissing, chromiumPath, launchChromium } from '../support/chromium.js';
import { apiNames, loadBundle, loadModel, type ApiName } from '../support/openapi-document.js';
import { renderRoutes, type RenderedRoute, type RouteVisit } from '../support/redoc-routes.js';
import { loadAxe, seriousViolations } from '../support/axe.js';
import type { OperationModel } from '@hwcloud-directory/protocol';

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
  api: ApiName;
  operationId: string;
  method: string;
  path: string;
  /** Its Redoc route, e.g. `#/administrators/searchcorpadmins`. */
  anchor: string;
  /** Names of its query, path and header parameters and of its JSON body's top-level fields. */
  fields: string[];
  /** The operation model's record. */
  model: OperationModel;
}
const operations = allOperations();
const samplesDir = join(repoRoot, 'generated/code-samples');
const sampleIndex = JSON.parse(readFileSync(join(samplesDir, 'index.json'), 'utf8')) as {
  headerLines: number;
  samples: Record<string, Record<string, Array<{ label: string; file: string }>>>;
};
/** The code samples the reference must show for an operation: label and text (without the generated-file header). */
function expectedSamples(api: string, operationId: string): Array<{ label: string; source: string }> {
  return (sampleIndex.samples[api]?.[operationId] ?? []).map(({ label, file }) => ({
    label,
    source: readFileSync(join(samplesDir, file), 'utf8').split('\n').slice(sampleIndex.headerLines).join('\n').trim(),
  }));
}

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
    ({ context, leftSite, consoleErrors } = await guardedContext(browser, site, undefined, { keepCache: true }));
    mkdirSync(artifacts, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await built?.close();
  });

  /** Opens a site page (relative to the site root) and waits until it has rendered (a reference page: until Redoc has hydrated it). */
  async function open(relative: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(site.url + relative, { waitUntil: 'load' });
    expect(response?.status(), `${relative} answers 200`).toBe(200);
    if (relative.startsWith('reference/')) await hydrateReference(page);
    return page;
  }

  const hydrated = new Map<ApiName, Promise<Page>>();
  /** An API's reference page, hydrated once for the whole file and shared by the checks that only read it or turn it to a route. */
  function reference(api: ApiName): Promise<Page> {
    if (!hydrated.has(api)) hydrated.set(api, open(`reference/${api}.html`));
    return hydrated.get(api)!;
  }

  const seen = new Map<string, { labels: string[]; rendered: RenderedRoute }>();
  /**
   * What routes show on an API's shared reference page. Redoc renders one route at a time and
   * takes a good half second of CPU for each, so a route is rendered once in this file (with the
   * samples asked for chosen in turn) and what it showed serves every later check.
   */
  async function showRoutes(api: ApiName, visits: RouteVisit[]): Promise<RenderedRoute[]> {
    const key = (route: string) => `${api}#${route}`;
    const unseen = visits.filter(({ route, labels = [] }) => {
      const entry = seen.get(key(route));
      return !entry || !labels.every((label) => entry.labels.includes(label));
    });
    const rendered = await renderRoutes(await reference(api), unseen);
    unseen.forEach(({ route, labels = [] }, index) => seen.set(key(route), { labels, rendered: rendered[index]! }));
    return visits.map(({ route }) => seen.get(key(route))!.rendered);
  }

  /** The samples each operation should show: their labels, to choose in the language switcher. */
  const sampleVisit = (operation: OperationFacts): RouteVisit => ({ route: operation.anchor.slice(1), labels: expectedSamples(operation.api, operation.operationId).map(({ label }) => label) });

  /**
   * What a reader would miss of an operation's code samples, from what its route showed: each
   * expected sample's label must be in the panel's language switcher and, once chosen, the panel
   * must show exactly its text.
   */
  function sampleProblems(operation: OperationFacts, rendered: RenderedRoute): string[] {
    const where = `${operation.api}/${operation.operationId}`;
    const expected = expectedSamples(operation.api, operation.operationId);
    if (!expected.length) return [`${where}: no sample in generated/code-samples/index.json`];
    return rendered.samples.flatMap(({ label, shown, problem }) => {
      if (problem) return [`${where}: ${problem}`];
      return shown === expected.find((sample) => sample.label === label)!.source ? [] : [`${where}: the ${label} sample shows other text than generated/code-samples`];
    });
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
    // Every operation is turned to once: its text read as it first shows, then each of its
    // samples chosen in turn; the checks below read what showed.
    const shown = new Map<OperationFacts, RenderedRoute>();
    beforeAll(async () => {
      for (const api of apiNames) {
        const ofApi = operations.filter((operation) => operation.api === api);
        (await showRoutes(api, ofApi.map(sampleVisit))).forEach((rendered, index) => shown.set(ofApi[index]!, rendered));
      }
    }, 300_000);

    it('gives every operation of both APIs a working anchor that shows its path and parameters', async () => {
      const landing = await open('index.html');
      const hrefs = new Map(await landing.$$eval('main table a[href]', (links) => links.map((link) => [link.textContent?.trim() ?? '', link.getAttribute('href') ?? ''] as const)));
      await landing.close();
      for (const operation of operations) {
        expect(hrefs.get(operation.operationId), `${operation.operationId} is linked from the landing page to its anchor`).toBe(`reference/${operation.api}.html${operation.anchor}`);
        const { text } = shown.get(operation)!;
        expect(text, `${operation.operationId} shows at its anchor`).toBeDefined();
        expect(text, `${operation.operationId} shows its path`).toContain(operation.path);
        for (const field of operation.fields) expect(text, `${operation.operationId} shows ${field}`).toContain(field);
      }
      const photographed = operations.find(({ api, operationId }) => api === 'meeting' && operationId === 'searchCorpAdmins')!;
      const page = await reference('meeting');
      await renderRoutes(page, [{ route: photographed.anchor.slice(1) }]);
      await page.screenshot({ path: join(artifacts, 'docs-reference-searchCorpAdmins.png') });
    });

    it('shows every operation\'s curl, TypeScript client and MSW samples, each visible after choosing it in the language switcher', async () => {
      expect(operations.length).toBeGreaterThanOrEqual(apiNames.length);
      expect(operations.flatMap((operation) => sampleProblems(operation, shown.get(operation)!))).toEqual([]);
      await (await reference('bss')).screenshot({ path: join(artifacts, 'docs-reference-samples.png') });
    });

    it('reports a sample missing from the rendered page (planted: one operation\'s MSW scenario left out of the page\'s data)', async () => {
      const victim = operations[0]!;
      const planted = await plantedCopy(built, SUB_PATH, (outDir) => {
        const folder = join(outDir, 'reference');
        const file = readdirSync(folder).find((name) => name.startsWith(`${victim.api}.`) && name.endsWith('.json'))!;
        const data = JSON.parse(readFileSync(join(folder, file), 'utf8'));
        const target = data.definition.paths[victim.path][victim.method];
        target['x-codeSamples'] = target['x-codeSamples'].filter((sample: { label: string }) => sample.label !== 'MSW scenario');
        writeFileSync(join(folder, file), JSON.stringify(data));
      });
      const guarded = await guardedContext(browser, planted.server);
      try {
        const page = await guarded.context.newPage();
        await page.goto(`${planted.server.url}reference/${victim.api}.html${victim.anchor}`);
        await hydrateReference(page);
        const [rendered] = await renderRoutes(page, [sampleVisit(victim)]);
        expect(sampleProblems(victim, rendered!)).toEqual([`${victim.api}/${victim.operationId}: MSW scenario is not in the language switcher`]);
        expect(guarded.leftSite).toEqual([]);
      } finally {
        await guarded.context.close();
        await planted.close();
      }
    }, 60_000);

    it('shows each operation\'s vendor behaviour: paging and the past-the-end rule, search fields, filters and error codes', () => {
      const missing: string[] = [];
      for (const operation of operations) {
        const { api, operationId, model } = operation;
        const text = shown.get(operation)!.text ?? '';
        const expectations: string[] = [];
        if (model.paging) {
          const { offsetParam, limitParam, totalPath, pastEnd } = model.paging;
          expectations.push('(x-paging)', offsetParam, limitParam, totalPath, pastEnd === 'lastPage' ? 'returns the last page again' : 'returns an empty list');
        }
        if (model.search) expectations.push('(x-search)', model.search.param, ...model.search.fields);
        if (model.filters.length) expectations.push('(x-filters)', ...model.filters.flatMap((filter) => [filter.param, filter.field].filter((name): name is string => !!name)));
        for (const code of model.errorCodes) expectations.push(code);
        if (model.errorCodes.length) expectations.push('(x-error-codes)');
        missing.push(...expectations.filter((expected) => !text.includes(expected)).map((expected) => `${api}/${operationId}: ${expected}`));
        // Every vendor extension the operation's text names is one the page shows, under its name.
        for (const [name] of text.matchAll(/\bx-[a-z]+(?:-[a-z]+)*\b/g)) {
          if (!text.includes(`(${name}):`) && !text.includes(`(${name}) `)) missing.push(`${api}/${operationId}: names ${name} but does not show it`);
        }
      }
      expect([...new Set(missing)]).toEqual([]);
    });
  });

  describe('one site', () => {
    const guides = GUIDES.map((guide) => `guides/${guide.slug}.html`);

    it.each(['index.html', 'guides/paging.html', ...apiNames.map((api) => `reference/${api}.html`)])(
      '%s has the site header, the navigation to every guide and reference, the search box and the site stylesheet',
      async (relative) => {
        const api = apiNames.find((name) => relative === `reference/${name}.html`);
        const page = api ? await reference(api) : await open(relative);
        expect(await page.locator('header.site-header .brand').count()).toBe(1);
        expect(await page.locator('header.site-header input#site-search[type="search"]').isVisible()).toBe(true);
        const nav = await page.$$eval('nav#site-nav a[href]', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        for (const target of [...guides, ...apiNames.map((api) => `reference/${api}.html`), 'index.html']) expect(nav).toContain(`${SUB_PATH}${target}`);
        expect(await page.locator('link[rel="stylesheet"][href$="assets/site.css"]').count()).toBe(1);
        if (!api) await page.close();
      },
    );

    it.each(apiNames)('the %s reference links back into every guide and across to the other APIs, on the page itself', async (api) => {
      const page = await open(`reference/${api}.html`);
      const hrefs = await page.$$eval('#redoc a[href]', (links) => links.filter((link) => (link as HTMLElement).offsetParent !== null).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      for (const guide of guides) expect(hrefs, `${api} links ${guide}`).toContain(`${SUB_PATH}${guide}`);
      for (const other of apiNames.filter((name) => name !== api)) expect(hrefs).toContain(`${SUB_PATH}reference/${other}.html`);
      await page.close();
    });

    it('opens the site navigation from the Menu button on a reference page and folds it with Escape', async () => {
      const page = await open('reference/bss.html');
      const nav = page.locator('nav#site-nav');
      const menu = page.getByRole('button', { name: 'Menu', exact: true });
      expect(await nav.isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await nav.getByRole('link', { name: 'Paging' }).waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      expect(await nav.isVisible()).toBe(false);
      await menu.click();
      await nav.getByRole('link', { name: 'Meeting API reference' }).click();
      await page.waitForURL(/reference\/meeting\.html$/);
      await page.close();
    });

    it('searches guides and operations from a reference page and lands on the operation in the other reference', async () => {
      const page = await open('reference/bss.html');
      await page.fill('#site-search', 'searchCorpAdmins');
      const result = page.locator('#site-search-results a', { hasText: 'searchCorpAdmins' }).first();
      await result.click();
      await page.waitForURL(/reference\/meeting\.html#\//);
      await page.locator(`[id="${redocOperationAnchor(operations.find((operation) => operation.operationId === 'searchCorpAdmins')!.model).slice(2)}"]`).waitFor({ state: 'visible', timeout: 20_000 });
      await page.close();
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
        const api = apiNames.find((name) => target === `reference/${name}.html`);
        if (!api) {
          broken.push(...[...routes].map((route) => `${target}#${route} (a Redoc route on a page without Redoc)`));
          continue;
        }
        const rendered = await showRoutes(api, [...routes].filter((route) => route !== '/').map((route) => ({ route })));
        broken.push(...rendered.filter(({ text }) => text === undefined).map(({ route }) => `${target}#${route} (no Redoc route)`));
        if (routes.has('/')) {
          // The overview's heading (the API's title) stays in the page at every route: `#/` must
          // bring it into view from an operation further down, where it is out of view.
          const page = await reference(api);
          const title = loadBundle(api).info.title as string;
          const titleInView = (wanted: boolean) =>
            page
              .waitForFunction(
                ([text, inView]) => {
                  const heading = [...document.querySelectorAll('#api-content h1')].find((h1) => h1.textContent?.includes(text));
                  const box = heading?.getBoundingClientRect();
                  return (box !== undefined && box.bottom > 0 && box.top < window.innerHeight) === inView;
                },
                [title, wanted] as const,
                { timeout: 5_000 },
              )
              .then(() => true, () => false);
          await renderRoutes(page, [{ route: operations.find((operation) => operation.api === api)!.anchor.slice(1) }]);
          expect(await titleInView(false), `${api}: the title is out of view at an operation`).toBe(true);
          await page.evaluate(() => { window.location.hash = '/'; });
          if (!(await titleInView(true))) broken.push(`${target}#/ (no Redoc route)`);
        }
      }
      expect(broken).toEqual([]);
    }, 180_000);
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
    // The landing page and every guide are checked, in both colour schemes, by docs-layout.test.ts.
    // Showing an operation opens its group of the side menu, with a badge per operation: one
    // operation of each HTTP method brings every badge colour on screen.
    it.each(apiNames)('axe-core finds no serious or critical violation on the %s reference, on its overview and at an operation of each HTTP method, under a light and a dark system setting', async (api) => {
      const page = await open(`reference/${api}.html`);
      await loadAxe(page);
      const found: Record<string, string[]> = {};
      const check = async (where: string) => {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          found[`${where} (${colorScheme})`] = await seriousViolations(page);
        }
      };
      await check('overview');
      const byMethod = new Map(operations.filter((operation) => operation.api === api).map((operation) => [operation.method, operation.anchor]));
      for (const anchor of byMethod.values()) {
        const [shown] = await renderRoutes(page, [{ route: anchor.slice(1) }]);
        expect(shown!.text, `${anchor} shows`).toBeDefined();
        await check(anchor);
      }
      await page.close();
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((where) => [where, []])));
    }, 120_000);
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
    loadModel(api).operations.map((model) => ({
      api,
      operationId: model.operationId,
      method: model.method.toLowerCase(),
      path: model.path,
      anchor: redocOperationAnchor(model),
      fields: [...model.parameters.map((parameter) => parameter.name), ...Object.keys(model.body?.fields ?? {})],
      model,
    })),
  );
}
