// examples/react-vite as a consumer gets it: copied out of the repository, installed from the
// packed tarballs and its own pinned dependencies, tested, built, and run in Chromium.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../docs/build/site/static-server.mjs';
import { chromiumMissing, launchChromium } from '../support/chromium.js';
import { createConsumerProject, npmInstall, removeConsumerProject, reportDuration } from './support/consumer-project.js';
import { packedByName, packedPackages, repoRoot } from './support/packed-packages.js';
import { readmeExamples } from './support/readme-snippets.js';
import { runCommand } from './support/run-command.js';

let app: string;

beforeAll(async () => {
  const started = performance.now();
  const packed = await packedPackages();
  app = await createConsumerProject('react-vite', join(repoRoot, 'examples/react-vite'));
  const tarballs = ['@hwcloud-directory/client', '@hwcloud-directory/mocks'].map((name) => packedByName(packed, name).tarball);
  const installMs = await npmInstall(app, tarballs);
  reportDuration('react-vite example: npm install (tarballs + the example pins)', installMs);
  // The mocks README's example is a Vitest test: it runs with the example's own tests.
  const [readmeTest] = await readmeExamples(app, '@hwcloud-directory/mocks', ['ts', 'typescript']);
  await writeFile(join(app, 'src/readme-mocks-example.test.ts'), readmeTest!);
  reportDuration('react-vite example: setup in all (packing reused when cached)', performance.now() - started);
}, 420_000);

afterAll(() => removeConsumerProject(app));

// The example's test run, its type-check and its build for the browser are independent of one
// another: both suites and their tests run side by side (each test asserts with its own `expect`).
describe.concurrent('the React + Vite example with Vitest and Testing Library', () => {
  const node = (args: string[]) => runCommand(process.execPath, args, { cwd: app, timeoutMs: 180_000 });

  it('passes its own tests against the mocks handlers (list, paging, empty, vendor error, network failure) and the mocks README example', async ({ expect }) => {
    const run = await node(['node_modules/vitest/vitest.mjs', 'run', '--reporter=json', '--outputFile=vitest-report.json']);
    reportDuration('react-vite example: vitest run', run.ms);
    const report = JSON.parse(await readFile(join(app, 'vitest-report.json'), 'utf8')) as {
      numFailedTests: number;
      numPendingTests: number;
      testResults: Array<{ assertionResults: Array<{ title: string; status: string }> }>;
    };
    const passed = report.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status === 'passed').map((test) => test.title);
    expect(passed).toEqual(
      expect.arrayContaining([
        'shows the first page of the directory users and how many there are',
        'pages forward to the last page and back again',
        'says so when the directory has no users',
        'shows the vendor error code, then the users once a retry succeeds',
        'lists administrators, then shows the error state',
      ]),
    );
    expect({ failed: report.numFailedTests, skipped: report.numPendingTests }).toEqual({ failed: 0, skipped: 0 });
  }, 180_000);

  it('type-checks', async ({ expect }) => {
    const run = await node(['node_modules/typescript/bin/tsc', '--noEmit']);
    reportDuration('react-vite example: tsc --noEmit', run.ms);
    expect(run.stdout).toBe('');
  }, 180_000);
});

const inCi = !['', '0', 'false'].includes(process.env.CI ?? '');
const browserTitle = 'the built example in Chromium with the service-worker mocks';
if (chromiumMissing && !inCi) console.warn(`[consumers] skipping "${browserTitle}": ${chromiumMissing}; under CI=true this fails instead.`);

describe.skipIf(chromiumMissing !== undefined && !inCi).concurrent(chromiumMissing ? `${browserTitle} (skipped: ${chromiumMissing})` : browserTitle, () => {
  let site: StaticServer | undefined;
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('renders the user list and pages through it, every API call answered by the service worker', async ({ expect }) => {
    if (chromiumMissing) throw new Error(`CI=true and ${chromiumMissing}: the browser test cannot be skipped in CI.`);
    const build = await runCommand(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', 'mock'], { cwd: app, timeoutMs: 180_000 });
    reportDuration('react-vite example: vite build --mode mock', build.ms);
    // What `npx msw init` does: the worker script of the installed msw, next to the app.
    await copyFile(join(app, 'node_modules/msw/lib/mockServiceWorker.js'), join(app, 'dist/mockServiceWorker.js'));

    const started = performance.now();
    site = await startStaticServer({ root: join(app, 'dist') });
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    const apiCalls: Array<{ url: string; status: number; fromServiceWorker: boolean }> = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => {
      if (!response.url().startsWith(site!.url)) apiCalls.push({ url: response.url(), status: response.status(), fromServiceWorker: response.fromServiceWorker() });
    });

    await page.goto(site.url);
    const users = page.getByRole('list', { name: 'Users' }).getByRole('listitem');
    await users.first().waitFor({ timeout: 20_000 });
    expect(await users.count()).toBe(10);
    const total = Number.parseInt((await page.getByText(/^\d+ users$/).textContent()) ?? '', 10);
    const pageCount = Math.ceil(total / 10);
    expect(pageCount).toBeGreaterThan(1);
    await page.getByText(`Page 1 of ${pageCount}`).waitFor();
    const first = await users.allTextContents();

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`Page 2 of ${pageCount}`).waitFor();
    // The second page: ten users, none of them from the first.
    await expect
      .poll(async () => {
        const second = await users.allTextContents();
        return second.length === 10 && second.every((user) => !first.includes(user));
      }, { timeout: 10_000 })
      .toBe(true);

    reportDuration('react-vite example: Chromium load, render and paging', performance.now() - started);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(apiCalls.length).toBeGreaterThanOrEqual(2);
    for (const call of apiCalls) {
      expect(call.url).toMatch(/^https:\/\/api\.meeting\.huaweicloud\.com\/rest\/usg\/datacenter\/v1\/corp\/member\/search/);
      expect(call).toMatchObject({ status: 200, fromServiceWorker: true });
    }
  }, 240_000);
});
