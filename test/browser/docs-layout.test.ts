// The docs site's layout and code blocks in Debian's Chromium, as a reader meets them at a
// phone's width (390 px), a tablet's (768 px) and two desktop widths (1280, 1440 px): no page,
// guide or reference, scrolls sideways, the site navigation folds away on a phone, every code
// block says its language and copies its exact text, nothing is clipped, and the dark theme
// follows the system setting with readable contrast. Screenshots of the landing page, a guide
// and a reference operation at each width go to .artifacts/ (kept by CI). Each page is opened
// once for the whole file, at the width of the first check (the narrowest), and shared by the
// checks, which resize it as a reader widening the window would and switch its colour scheme
// (Redoc takes seconds of CPU to hydrate a reference page).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redocOperationAnchor } from '../../docs/build/reference/redoc-anchor.mjs';
import { GUIDES } from '../../docs/build/site/site-map.mjs';
import type { StaticServer } from '../../docs/build/site/static-server.mjs';
import { buildDocsSite, hydrateReference, plantedCopy, type BuiltDocsSite } from '../support/built-docs-site.js';
import { chromiumMissing, chromiumPath, launchChromium } from '../support/chromium.js';
import { apiNames, loadModel } from '../support/openapi-document.js';
import { loadAxe, seriousViolations } from '../support/axe.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = join(repoRoot, '.artifacts');
const WIDTHS = [390, 768, 1280, 1440];
/** The widths as test names say them: `390, 768, 1280 and 1440`. */
const EVERY_WIDTH = `${WIDTHS.slice(0, -1).join(', ')} and ${WIDTHS.at(-1)}`;
const guides = GUIDES.map((guide) => guide.slug);
const sitePages = ['index.html', ...guides.map((slug) => `guides/${slug}.html`)];
const SCREENSHOTS = { landing: 'index.html', guide: 'guides/paging.html', reference: `reference/meeting.html${redocOperationAnchor(loadModel('meeting').operations.find((operation) => operation.paging) ?? loadModel('meeting').operations[0]!)}` };
/** Each reference's overview and first operation (its samples panel and tables are the widest part), and the photographed one. */
const referencePages = [...new Set([...apiNames.flatMap((api) => [`reference/${api}.html`, `reference/${api}.html${redocOperationAnchor(loadModel(api).operations[0]!)}`]), SCREENSHOTS.reference])];
const allPages = [...sitePages, ...referencePages];

if (chromiumMissing && process.env.CI === 'true') {
  throw new Error(`docs-layout browser test: ${chromiumPath} is missing. CI must install Debian's chromium package (apt-get install -y chromium).`);
}
const title = chromiumMissing ? `docs layout in Chromium (SKIPPED: ${chromiumPath} is not installed)` : 'docs layout in Chromium';

/** The fenced code blocks of a guide's Markdown, exactly as written. */
function fencedBlocks(slug: string): string[] {
  const markdown = readFileSync(join(repoRoot, 'docs/guides', `${slug}.md`), 'utf8');
  return [...markdown.matchAll(/^```[a-z]*\n([\s\S]*?)\n^```$/gm)].map((match) => match[1]!);
}

describe.skipIf(chromiumMissing)(title, () => {
  let built: BuiltDocsSite;
  let site: StaticServer;
  let browser: Browser;
  /** One context for the file, so that pages share the HTTP cache (Redoc's bundle is 2.3 MB). */
  let context: BrowserContext;

  beforeAll(async () => {
    built = await buildDocsSite('docs-layout-test-', '/docs/');
    site = built.server;
    browser = await launchChromium();
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    mkdirSync(artifacts, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await built?.close();
  });

  /** Opens a page `width` px wide (a reference page: until Redoc has hydrated it, at the operation its address names). */
  async function open(relative: string, width: number, { on = site } = {}): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const response = await page.goto(on.url + relative, { waitUntil: 'load' });
    expect(response?.status(), `${relative} answers 200`).toBe(200);
    if (relative.startsWith('reference/')) {
      await hydrateReference(page);
      const route = new URL(page.url()).hash.slice(2);
      if (route) await page.locator(`[id="${decodeURIComponent(route)}"]`).waitFor({ state: 'visible', timeout: 15_000 });
    }
    return page;
  }

  /** Resizes a page's viewport and waits two frames, for what the page does on resizing to show. */
  async function resize(page: Page, width: number): Promise<void> {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }

  const opened = new Map<string, Promise<Page>>();
  /** A page of the site opened once for the file (see {@link open}), brought to the front at `width` px. */
  async function shared(relative: string, width: number): Promise<Page> {
    if (!opened.has(relative)) opened.set(relative, open(relative, width));
    const page = await opened.get(relative)!;
    // A page behind another one gets animation frames and idle time only now and then.
    await page.bringToFront();
    await resize(page, width);
    return page;
  }

  /** How a page fails the reader at its width: wider than the viewport, or a header narrower than the page. */
  async function widthProblems(page: Page, relative: string): Promise<string[]> {
    const { scrollWidth, innerWidth, header } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      header: document.querySelector('.site-header')?.getBoundingClientRect().width,
    }));
    const problems: string[] = [];
    if (scrollWidth > innerWidth) problems.push(`${relative}: ${scrollWidth} px wide at ${innerWidth}`);
    if (header === undefined) problems.push(`${relative}: no site header`);
    else if (header < scrollWidth) problems.push(`${relative}: header ${header} px of ${scrollWidth}`);
    return problems;
  }

  describe('page width', () => {
    it.each(allPages)(`%s is no wider than the viewport at ${EVERY_WIDTH} px, and the header spans the page`, async (relative) => {
      const page = await shared(relative, WIDTHS[0]!);
      const tooWide: string[] = [];
      for (const width of WIDTHS) {
        await resize(page, width);
        tooWide.push(...(await widthProblems(page, relative)));
        const shot = Object.entries(SCREENSHOTS).find(([, target]) => target === relative);
        if (shot) await page.screenshot({ path: join(artifacts, `docs-${shot[0]}-${width}.png`) });
      }
      expect(tooWide).toEqual([]);
    });

    it('reports a page wider than the viewport (planted: an image 2000 px wide in a guide)', async () => {
      const planted = await plantedCopy(built, '/docs/', (outDir) => {
        const file = join(outDir, 'guides/paging.html');
        writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<img src="../assets/logo.svg" alt="" width="2000" height="20"></main>'));
      });
      try {
        const page = await open('guides/paging.html', 390, { on: planted.server });
        expect(await widthProblems(page, 'guides/paging.html')).toContainEqual(expect.stringMatching(/^guides\/paging\.html: \d+ px wide at 390$/));
        await page.close();
      } finally {
        await planted.close();
      }
    });

    it('keeps a wide table inside its own scrolling box, clear of the table of contents', async () => {
      const page = await shared('guides/paging.html', 1440);
      const { table, main } = await page.evaluate(() => {
        const box = (element: Element | null) => element!.getBoundingClientRect();
        return { table: box(document.querySelector('main .table-scroll')).right, main: box(document.querySelector('main')).right };
      });
      expect(table).toBeLessThanOrEqual(main + 0.5);
    });
  });

  describe('navigation', () => {
    it.each(['index.html', 'guides/errors.html', 'reference/meeting.html', 'reference/bss.html'])(
      `on %s at ${EVERY_WIDTH} px the site navigation shows on guides beside the text on a desktop, and folds away behind the Menu button on a phone and on reference pages`,
      async (relative) => {
        const page = await shared(relative, WIDTHS[0]!);
        const nav = page.locator('nav#site-nav');
        const menu = page.getByRole('button', { name: 'Menu', exact: true });
        const wrong: string[] = [];
        for (const width of WIDTHS) {
          await resize(page, width);
          const folds = width < 960 || relative.startsWith('reference/');
          if ((await nav.isVisible()) === folds) wrong.push(`${relative}: navigation ${folds ? 'shows' : 'is hidden'} at ${width} px`);
          if ((await menu.isVisible()) !== folds) wrong.push(`${relative}: Menu button ${folds ? 'missing' : 'shows'} at ${width} px`);
          if (folds && (await menu.isVisible())) {
            await menu.click();
            if (!(await nav.getByRole('link', { name: 'Errors' }).isVisible())) wrong.push(`${relative}: Menu does not open the navigation at ${width} px`);
            const box = await nav.boundingBox();
            const right = box ? box.x + box.width : Infinity;
            if (right > width) wrong.push(`${relative}: the open navigation reaches ${right} px at ${width} px`);
            // Folded again for the next width.
            await page.keyboard.press('Escape');
            if (await nav.isVisible()) wrong.push(`${relative}: Escape does not fold the navigation at ${width} px`);
          }
          // Redoc's own operation menu folds away on a phone too.
          if (relative.startsWith('reference/') && width < 768 && (await page.locator('#redoc .menu-content').isVisible())) wrong.push(`${relative}: Redoc's menu shows at ${width} px`);
        }
        expect(wrong).toEqual([]);
      },
    );
  });

  describe('code blocks', () => {
    it.each(sitePages)('every code block of %s shows its language and copies its exact text', async (relative) => {
      const page = await shared(relative, 1280);
      const blocks = page.locator('main .code-block');
      const count = await blocks.count();
      const expected = relative.startsWith('guides/') ? fencedBlocks(relative.slice('guides/'.length, -'.html'.length)) : undefined;
      expect(count, `${relative}: one rendered block per code block`).toBe(expected?.length ?? 2);
      const copied: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const block = blocks.nth(index);
        expect(await block.locator('.code-lang').innerText()).toMatch(/^(TypeScript|JavaScript|Shell|JSON|YAML)$/);
        const button = block.getByRole('button', { name: 'Copy' });
        await expect.poll(() => button.isVisible()).toBe(true);
        // Every other block is copied with the keyboard, to prove the button works without a mouse.
        if (index % 2) {
          await button.focus();
          await page.keyboard.press('Enter');
        } else {
          await button.click();
        }
        await expect.poll(() => block.getByRole('status').innerText()).toBe('Copied');
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        expect(clipboard).toBe(await block.locator('pre code').textContent());
        copied.push(clipboard);
      }
      if (expected) expect(copied).toEqual(expected);
    });

    it('no code block clips or hides text at 390 or 1440 px', async () => {
      const clipped: string[] = [];
      for (const relative of sitePages) {
        const page = await shared(relative, 390);
        for (const width of [390, 1440]) {
          await resize(page, width);
          clipped.push(...(await page.evaluate((where) => [...document.querySelectorAll('main .code-block')].flatMap((block, index) => {
            const problems: string[] = [];
            for (const element of [block, ...block.querySelectorAll('*')]) {
              if (getComputedStyle(element).textOverflow === 'ellipsis') problems.push(`${where} block ${index + 1}: <${element.tagName.toLowerCase()}> has text-overflow: ellipsis`);
            }
            const pre = block.querySelector('pre')!;
            if (pre.scrollWidth > pre.clientWidth) problems.push(`${where} block ${index + 1}: ${pre.scrollWidth - pre.clientWidth} px of code out of view`);
            return problems;
          }), `${relative} at ${width} px`)));
        }
      }
      expect(clipped).toEqual([]);
    }, 60_000);

    it('shows the Mocking guide\'s whole static token at a phone\'s width', async () => {
      const page = await shared('guides/mocking.html', 390);
      const block = page.locator('main .code-block', { hasText: "X-Access-Token: mock-static-admin-token-7f3c2a9e4b1d'" }).first();
      const token = block.getByText('mock-static-admin-token-7f3c2a9e4b1d', { exact: false }).first();
      const [tokenBox, preBox] = [await token.boundingBox(), await block.locator('pre').boundingBox()];
      expect(tokenBox!.x + tokenBox!.width).toBeLessThanOrEqual(preBox!.x + preBox!.width);
    });
  });

  describe('colour scheme', () => {
    it.each(sitePages)('%s follows a light and a dark system setting, and axe finds no serious violation under either', async (relative) => {
      const page = await shared(relative, 1280);
      await loadAxe(page);
      const failures: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { background, codeBackground } = await page.evaluate(() => {
          const luminance = (colour: string) => {
            const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
            return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
          };
          const pre = document.querySelector('main .code-block pre');
          return {
            background: luminance(getComputedStyle(document.documentElement).backgroundColor),
            codeBackground: pre ? luminance(getComputedStyle(pre).backgroundColor) : undefined,
          };
        });
        const dark = colorScheme === 'dark';
        if (dark !== background < 0.5) failures.push(`${relative}: page background luminance ${background.toFixed(2)} under ${colorScheme}`);
        if (codeBackground !== undefined && dark !== codeBackground < 0.5) failures.push(`${relative}: code background luminance ${codeBackground.toFixed(2)} under ${colorScheme}`);
        failures.push(...(await seriousViolations(page)).map((violation) => `${relative} under ${colorScheme}: ${violation}`));
      }
      await page.emulateMedia({ colorScheme: null });
      expect(failures).toEqual([]);
    });
  });
});
