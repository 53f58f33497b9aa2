// The docs site's layout and code blocks in Debian's Chromium, as a reader meets them at a
// phone's width (390 px) and two desktop widths: no page scrolls sideways, every code block
// says its language and copies its exact text, nothing is clipped, and the dark theme follows
// the system setting with readable contrast.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../docs/build/site/static-server.mjs';
import { chromiumMissing, chromiumPath, launchChromium } from '../support/chromium.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const WIDTHS = [390, 1280, 1400];
const guides = readdirSync(join(repoRoot, 'docs/guides')).filter((file) => file.endsWith('.md')).map((file) => file.replace(/\.md$/, ''));
const sitePages = ['index.html', ...guides.map((slug) => `guides/${slug}.html`)];
const allPages = [...sitePages, 'reference/meeting.html', 'reference/bss.html'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
  let outDir: string;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'docs-layout-test-'));
    const build = spawnSync(process.execPath, [join(repoRoot, 'docs/build/docs-build.mjs'), outDir], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`docs:build failed:\n${build.stderr}${build.stdout}`);
    site = await startStaticServer({ root: outDir, basePath: '/docs/', port: 0 });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  async function open(context: BrowserContext, relative: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(site.url + relative, { waitUntil: 'load' });
    expect(response?.status(), `${relative} answers 200`).toBe(200);
    if (relative.startsWith('reference/')) await page.locator('#api-content').waitFor();
    return page;
  }

  describe('page width', () => {
    it.each(WIDTHS)('no page is wider than a %i px viewport, and the header spans the page', async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const tooWide: string[] = [];
      for (const relative of allPages) {
        const page = await open(context, relative);
        const { scrollWidth, innerWidth, header } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          header: document.querySelector('.site-header')?.getBoundingClientRect().width,
        }));
        if (scrollWidth > innerWidth) tooWide.push(`${relative}: ${scrollWidth} px wide at ${innerWidth}`);
        if (header !== undefined && header < scrollWidth) tooWide.push(`${relative}: header ${header} px of ${scrollWidth}`);
        await page.close();
      }
      await context.close();
      expect(tooWide).toEqual([]);
    }, 120_000);

    it('keeps a wide table inside its own scrolling box, clear of the table of contents', async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
      const page = await open(context, 'guides/paging.html');
      const { table, main } = await page.evaluate(() => {
        const box = (element: Element | null) => element!.getBoundingClientRect();
        return { table: box(document.querySelector('main .table-scroll')).right, main: box(document.querySelector('main')).right };
      });
      expect(table).toBeLessThanOrEqual(main + 0.5);
      await context.close();
    });
  });

  describe('code blocks', () => {
    it.each(sitePages)('every code block of %s shows its language and copies its exact text', async (relative) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
      const page = await open(context, relative);
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
      await context.close();
    });

    it.each([390, 1400])('no code block clips or hides text at %i px', async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const clipped: string[] = [];
      for (const relative of sitePages) {
        const page = await open(context, relative);
        clipped.push(...(await page.evaluate((where) => [...document.querySelectorAll('main .code-block')].flatMap((block, index) => {
          const problems: string[] = [];
          for (const element of [block, ...block.querySelectorAll('*')]) {
            if (getComputedStyle(element).textOverflow === 'ellipsis') problems.push(`${where} block ${index + 1}: <${element.tagName.toLowerCase()}> has text-overflow: ellipsis`);
          }
          const pre = block.querySelector('pre')!;
          if (pre.scrollWidth > pre.clientWidth) problems.push(`${where} block ${index + 1}: ${pre.scrollWidth - pre.clientWidth} px of code out of view`);
          return problems;
        }), relative)));
        await page.close();
      }
      await context.close();
      expect(clipped).toEqual([]);
    }, 60_000);

    it('shows the Mocking guide\'s whole static token at a phone\'s width', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
      const page = await open(context, 'guides/mocking.html');
      const block = page.locator('main .code-block', { hasText: "X-Access-Token: mock-static-admin-token-7f3c2a9e4b1d'" }).first();
      const token = block.getByText('mock-static-admin-token-7f3c2a9e4b1d', { exact: false }).first();
      const [tokenBox, preBox] = [await token.boundingBox(), await block.locator('pre').boundingBox()];
      expect(tokenBox!.x + tokenBox!.width).toBeLessThanOrEqual(preBox!.x + preBox!.width);
      await context.close();
    });
  });

  describe('colour scheme', () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`follows a ${colorScheme} system setting on the landing page and every guide, and axe finds no serious violation`, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
        const failures: string[] = [];
        for (const relative of sitePages) {
          const page = await open(context, relative);
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
          await page.evaluate(axeSource);
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations
              .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
              .map((violation) => `${violation.id} (${violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(', ')})`);
          });
          failures.push(...violations.map((violation) => `${relative}: ${violation}`));
          await page.close();
        }
        await context.close();
        expect(failures).toEqual([]);
      }, 120_000);
    }
  });
});
