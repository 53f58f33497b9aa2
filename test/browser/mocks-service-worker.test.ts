// The service-worker mocks in a real browser: Debian's Chromium (playwright-core) loads a page
// served on 127.0.0.1 under a strict Content-Security-Policy (no eval), starts
// setupMockWorker with msw's mockServiceWorker.js, and calls both APIs. Every response the
// page receives goes through the same spec check as the Node tests.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectResponseMatchesSpec } from '../../packages/mocks/test/support/spec-checked-fetch.js';
import { chromiumMissing, chromiumPath, launchChromium } from '../support/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// As the other browser tests: CI must have Debian's Chromium; elsewhere the test says loudly that it skipped.
if (chromiumMissing && process.env.CI === 'true') throw new Error(`mocks browser test: ${chromiumPath} is missing. CI must install Debian's chromium package (apt-get install -y chromium).`);
const title = chromiumMissing ? `setupMockWorker in Chromium (SKIPPED: ${chromiumPath} is not installed; apt-get install -y chromium, or run with CI=true to fail instead)` : 'setupMockWorker in Chromium';
if (chromiumMissing) console.warn(title);
const CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self' https://api.meeting.huaweicloud.com https://bss.myhuaweicloud.com";

const PAGE_SCRIPT = `
import { setupMockWorker, createDirectory, testCredentials, signRequest } from ${JSON.stringify(`${root}packages/mocks/src/browser.ts`)};
const { worker, scenarios, directory } = setupMockWorker(createDirectory({ seed: 42 }));
const ready = worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
async function call(url, init) {
  try {
    const response = await fetch(url, init);
    const headers = {};
    response.headers.forEach((v, k) => { headers[k] = v; });
    return { status: response.status, headers, body: await response.json() };
  } catch (error) {
    return { networkError: String(error) };
  }
}
let evalAllowed;
try { new Function('return 1'); evalAllowed = true; } catch { evalAllowed = false; }
window.__mocks = {
  evalAllowed,
  ready: ready.then(() => true),
  credentials: testCredentials,
  call,
  forceError: (status) => worker.use(scenarios.searchCorpAdmins.error({ status })),
  failNetwork: () => worker.use(scenarios.searchCorpExternalDir.networkError()),
  resetHandlers: () => worker.resetHandlers(),
  addContact: (name) => directory.externalContacts.add({ name, type: 'CORP' }).id,
  signBss: (url) => signRequest({ method: 'GET', url, body: '' }, { accessKey: testCredentials.accessKey.ak, secretKey: testCredentials.accessKey.sk }),
};
`;

type PageResult = { status: number; headers: Record<string, string>; body: any } | { networkError: string };

describe.skipIf(chromiumMissing)(title, () => {
  let dir: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hwcloud-mocks-browser-'));
    // What `npx msw init <dir>` does: put msw's worker script at the root of the served folder.
    copyFileSync(`${root}node_modules/msw/lib/mockServiceWorker.js`, join(dir, 'mockServiceWorker.js'));
    await build({ stdin: { contents: PAGE_SCRIPT, resolveDir: root, loader: 'js' }, bundle: true, format: 'esm', platform: 'browser', target: 'es2022', outfile: join(dir, 'app.js'), logLevel: 'warning' });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>mocks</title><script type="module" src="/app.js"></script></head><body>mocks</body></html>');
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
    server = createServer((req, res) => {
      const file = req.url === '/' ? 'index.html' : (req.url ?? '').slice(1).split('?')[0]!;
      if (file === 'favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      try {
        const body = readFileSync(join(dir, file));
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': 'no-store' });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${origin}/`);
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((window as any).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.waitForFunction(() => (window as any).__mocks !== undefined);
    await page.evaluate(() => (window as any).__mocks.ready);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function call(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Record<string, string>; body: any }> {
    const result: PageResult = await page.evaluate(([u, i]) => (window as any).__mocks.call(u, i), [url, init] as const);
    if ('networkError' in result) throw new Error(`network error in the page: ${result.networkError}`);
    expectResponseMatchesSpec(init.method ?? 'GET', url, new Headers(init.headers).get('x-request-id'), result.status, new Headers(result.headers), result.body);
    return result;
  }

  it('answers the Meeting operations from the service worker with spec-valid bodies', async () => {
    const token = { 'X-Access-Token': 'mock-static-admin-token-7f3c2a9e4b1d', 'X-Request-Id': 'browser-trace-1' };
    const admins = await call('https://api.meeting.huaweicloud.com/v1/usg/dcs/corp/admin?limit=2', { headers: token });
    expect(admins.status).toBe(200);
    expect(admins.body.data).toHaveLength(2);
    expect(admins.headers['x-request-id']).toBe('browser-trace-1');
    const past = await call('https://api.meeting.huaweicloud.com/v1/usg/abs/external-contacts?offset=100000&limit=5', { headers: token });
    expect(past.body.data.length).toBeGreaterThan(0);
    const legacy = await call('https://api.meeting.huaweicloud.com/rest/usg/datacenter/v1/corp/member/search', {
      method: 'POST',
      headers: { Authorization: `Basic ${btoa(token['X-Access-Token'])}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ condition: '张', pageSize: 50 }),
    });
    expect(legacy.body.returnCode).toBe('000000000');
    expect(legacy.body.data.data.every((u: { name: string; userAccount: string; email: string | null; phone: string | null }) => [u.name, u.userAccount, u.email, u.phone].some((f) => f?.includes('张')))).toBe(true);
  });

  it('keeps state in the page: a contact added in the browser is found by search', async () => {
    await page.evaluate(() => (window as any).__mocks.addContact('Zoë Browser'));
    const found = await call('https://api.meeting.huaweicloud.com/v1/usg/abs/external-contacts?searchKey=zo%C3%AB%20b', { headers: { 'X-Access-Token': 'mock-static-admin-token-7f3c2a9e4b1d' } });
    expect(found.body.data.map((c: { name: string }) => c.name)).toEqual(['Zoë Browser']);
  });

  it('issues tokens and rejects bad ones in the browser', async () => {
    const login = await call('https://api.meeting.huaweicloud.com/v1/usg/acs/auth/account', {
      method: 'POST',
      headers: { Authorization: `Basic ${btoa('admin:Admin-Passw0rd!')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ account: 'admin', clientType: 72 }),
    });
    expect(login.status).toBe(200);
    const detail = await call('https://api.meeting.huaweicloud.com/v1/usg/dcs/corp/member/admin', { headers: { 'X-Access-Token': login.body.accessToken } });
    expect(detail.body.userAccount).toBe('admin');
    const rejected = await call('https://api.meeting.huaweicloud.com/v1/usg/dcs/corp/admin', { headers: { 'X-Access-Token': 'nope' } });
    expect(rejected.status).toBe(401);
  });

  it('verifies AK/SK signatures with WebCrypto in the browser', async () => {
    const url = 'https://bss.myhuaweicloud.com/v2/enterprises/multi-accounts/sub-customers?limit=3';
    const headers = await page.evaluate((u) => (window as any).__mocks.signBss(u), url);
    const signed = await call(url, { headers });
    expect(signed.status).toBe(200);
    expect(signed.body.sub_customer_infos).toHaveLength(3);
  });

  it('applies scenarios with worker.use', async () => {
    await page.evaluate(() => (window as any).__mocks.forceError(500));
    const forced = await call('https://api.meeting.huaweicloud.com/v1/usg/dcs/corp/admin', { headers: { 'X-Access-Token': 'mock-static-admin-token-7f3c2a9e4b1d' } });
    expect(forced.status).toBe(500);
    expect(forced.body.error_code).toBe('USG.000000099');
    await page.evaluate(() => (window as any).__mocks.failNetwork());
    const failed: PageResult = await page.evaluate(() => (window as any).__mocks.call('https://api.meeting.huaweicloud.com/v1/usg/abs/external-contacts', { headers: { 'X-Access-Token': 'x' } }));
    expect('networkError' in failed).toBe(true);
    await page.evaluate(() => (window as any).__mocks.resetHandlers());
  });

  it('ran under the strict CSP without violations, page errors or console errors', async () => {
    const csp = await page.evaluate(() => (window as any).__csp ?? []);
    expect(csp).toEqual([]);
    // The browser logs each intended 401 and forced 500 as a failed resource, and the forced
    // network error as a failed fetch; nothing else may be logged.
    const intended = /status of (401|500) \(\)|Failed to fetch|net::ERR_FAILED/;
    expect(problems.filter((p) => !intended.test(p))).toEqual([]);
    // Checked by the page's own script: under this CSP, eval and new Function throw, so the
    // mocks (validators included) ran without them.
    expect(await page.evaluate(() => (window as any).__mocks.evalAllowed), 'the page must forbid eval').toBe(false);
  });
});
