// An independent validator: Stoplight Prism in proxy mode with --errors in front of the
// standalone mock server. Requests the spec allows go through a validating proxy (request and
// response checked); requests it forbids go through one that checks only responses. Any
// violation turns into a Prism error response or an sl-violations header: the suite needs none.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { scenarioSuite } from './support/scenario-suite.js';
import { expectResponseMatchesSpec, routeOf } from './support/spec-checked-fetch.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const prismCli = `${root}node_modules/@stoplight/prism-cli/dist/index.js`;
const specDir = mkdtempSync(join(tmpdir(), 'hwcloud-prism-'));

/**
 * The bundled spec as Prism reads it. One adjustment: Prism checks `http`/`basic` credentials
 * as RFC 7617 `user:password`, but the legacy scheme sends `Basic base64(accessToken)` (no
 * colon), so Prism would reject every legacy request before it reaches the mock. The copy
 * declares that scheme as what it is on the wire, an Authorization header (apiKey); nothing
 * else changes.
 */
function specFor(api: 'meeting' | 'bss'): string {
  const document = JSON.parse(readFileSync(`${root}generated/${api}.openapi.json`, 'utf8'));
  const legacy = document.components?.securitySchemes?.legacyBasicToken;
  if (legacy?.type === 'http') document.components.securitySchemes.legacyBasicToken = { type: 'apiKey', in: 'header', name: 'Authorization', description: legacy.description };
  const path = join(specDir, `${api}.openapi.json`);
  writeFileSync(path, JSON.stringify(document));
  return path;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startPrism(api: 'meeting' | 'bss', upstream: string, validateRequest: boolean): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const args = [prismCli, 'proxy', specFor(api), upstream, '--errors', '-p', String(port), '-h', '127.0.0.1', '--validate-request', String(validateRequest), '-v', 'error'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prism exited: ${log}`);
    try {
      await fetch(`${url}/__prism_ready_probe`);
      return { url, child };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill();
  throw new Error(`prism did not start within 60 s: ${log}`);
}

describe('Prism proxy (--errors) in front of the standalone server', () => {
  let server: MockServer;
  const proxies = new Map<string, { url: string; child: ChildProcess }>();

  beforeAll(async () => {
    server = await startMockServer({ seed: 42 });
    const started = await Promise.all(
      (['meeting', 'bss'] as const).flatMap((api) => [true, false].map(async (validate) => [`${api}:${validate}`, await startPrism(api, server.url, validate)] as const)),
    );
    for (const [key, proxy] of started) proxies.set(key, proxy);
  });

  afterEach(() => {
    server.resetHandlers();
    server.directory.reset();
  });

  afterAll(async () => {
    for (const { child } of proxies.values()) child.kill('SIGTERM');
    await server?.close();
    rmSync(specDir, { recursive: true, force: true });
  });

  it.each(scenarioSuite.map((c) => [c.name, c] as const))('%s: no violation', async (_name, suiteCase) => {
    suiteCase.setup?.(server);
    const probe = await suiteCase.build('http://127.0.0.1:1');
    const route = routeOf(probe.init.method ?? 'GET', probe.url);
    expect(route, probe.url).toBeDefined();
    const proxy = proxies.get(`${route!.api}:${suiteCase.request === 'valid'}`)!;
    const { url, init: signedInit } = await suiteCase.build(proxy.url);
    const response = await fetch(url, signedInit);
    const text = await response.text();
    expect(response.headers.get('sl-violations'), text).toBeNull();
    expect(text, 'Prism reported a violation').not.toMatch(/stoplight\.io\/prism\/errors/);
    expect(response.status, text).toBe(suiteCase.expectStatus);
    expectResponseMatchesSpec(signedInit.method ?? 'GET', url, new Headers(signedInit.headers).get('x-request-id'), response.status, response.headers, text === '' ? undefined : JSON.parse(text));
  });

  it('reports a response that breaks the spec (the harness can fail)', async () => {
    server.use(http.get('*/v1/usg/dcs/corp/admin', () => HttpResponse.json({ offset: 0, limit: 10, count: 'many', data: [] })));
    const response = await fetch(`${proxies.get('meeting:true')!.url}/v1/usg/dcs/corp/admin`, { headers: { 'X-Access-Token': testCredentials.accessToken, 'Accept-Language': 'en-US' } });
    const text = await response.text();
    expect(response.headers.get('sl-violations') !== null || /stoplight\.io\/prism\/errors/.test(text), text).toBe(true);
  });
});
