import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCredentials } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { specFetch } from './support/spec-checked-fetch.js';

const headers = { 'X-Access-Token': testCredentials.accessToken };

describe('startMockServer over real HTTP', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ seed: 42, size: 20 });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 and serves both APIs', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await specFetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers })).status).toBe(200);
    const bss = await specFetch(`${server.url}/v2/enterprises/multi-accounts/sub-customers`, { headers: { 'X-Auth-Token': testCredentials.iamToken } });
    expect(bss.body.total_count).toBe(server.directory.subCustomers.size);
  });

  it('accepts an AK/SK signature that signs the real Host header', async () => {
    const { canonicalRequest, sdkSignature } = await import('@hwcloud-directory/mocks');
    const url = `${server.url}/v2/enterprises/multi-accounts/sub-customers?limit=2&offset=1`;
    const date = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const headers = new Headers({ host: new URL(url).host, 'x-sdk-date': date });
    const signature = await sdkSignature(testCredentials.accessKey.sk, date, await canonicalRequest('GET', new URL(url), ['host', 'x-sdk-date'], (name) => headers.get(name), ''));
    const res = await specFetch(url, { headers: { 'X-Sdk-Date': date, Authorization: `SDK-HMAC-SHA256 Access=${testCredentials.accessKey.ak}, SignedHeaders=host;x-sdk-date, Signature=${signature}` } });
    expect(res.status).toBe(200);
  });

  it('answers CORS preflights and exposes X-Request-Id to local frontends', async () => {
    const preflight = await fetch(`${server.url}/v1/usg/dcs/corp/admin`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Headers': 'x-access-token' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-access-token');
    const res = await specFetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers: { ...headers, Origin: 'http://localhost:5173' } });
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });

  it('serves legacy POST bodies and scenarios added with use()', async () => {
    const legacy = await specFetch(`${server.url}/rest/usg/datacenter/v1/corp/member/search`, { method: 'POST', headers: { Authorization: `Basic ${btoa(testCredentials.accessToken)}` }, body: '{"pageSize":2}' });
    expect(legacy.body.data.data).toHaveLength(2);
    server.use(server.scenarios.searchCorpAdmins.error({ status: 500 }));
    expect((await specFetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers })).status).toBe(500);
    server.resetHandlers();
    expect((await specFetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers })).status).toBe(200);
  });

  it('delays and then answers as usual under a latency scenario', async () => {
    server.use(server.scenarios.searchCorpAdmins.latency(120));
    const started = performance.now();
    const res = await specFetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers });
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    server.resetHandlers();
  });

  it('drops the connection for a network-error scenario', async () => {
    server.use(server.scenarios.searchCorpAdmins.networkError());
    await expect(fetch(`${server.url}/v1/usg/dcs/corp/admin`, { headers })).rejects.toThrow();
    server.resetHandlers();
  });

  it('answers an unknown path with 404', async () => {
    expect((await fetch(`${server.url}/v9/nothing`)).status).toBe(404);
  });
});

describe('the hwcloud-directory-mock command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hwcloud-mock-cli-'));
  const cli = join(dir, 'cli.mjs');
  beforeAll(async () => {
    await build({
      entryPoints: [fileURLToPath(new URL('../src/adapters/cli.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: cli,
      logLevel: 'warning',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function start(args: string[]) {
    const child = spawn(process.execPath, [cli, ...args], { cwd: fileURLToPath(new URL('../../../', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /listening on (http:\/\/\S+)/.exec(output);
        if (m) resolve(m[1] as string);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    listening.catch(() => {}); // awaited only by the tests that expect the server to start
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, listening, exited, output: () => output };
  }

  it.each(['SIGINT', 'SIGTERM'] as const)('serves the seeded directory and shuts down cleanly on %s', async (signal) => {
    const run = start(['--port', '0', '--seed', '7', '--size', '5']);
    const url = await run.listening;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await specFetch(`${url}/v1/usg/dcs/corp/member/admin`, { headers });
    expect(res.status).toBe(200);
    run.child.kill(signal);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain(`${signal}, shutting down`);
  });

  it('rejects a malformed option with exit code 2', async () => {
    const run = start(['--port', 'abc']);
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('--port must be a non-negative integer');
  });

  it.each([
    [['--prot', '4010'], "Unknown option '--prot'"],
    [['--token-lifetime', '0'], '--token-lifetime must be a positive integer, got "0"'],
    [['--port', '70000'], '--port must be a non-negative integer up to 65535, got "70000"'],
  ])('rejects %j with one clear line, no stack trace, and exit code 2', async (args, message) => {
    const run = start(args);
    expect(await run.exited).toBe(2);
    expect(run.output().split('\n')[0]).toBe(`hwcloud-directory-mock: ${message}`);
    expect(run.output()).not.toMatch(/^\s+at /m);
  });

  it('reports a busy port in one line and exits with code 1', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const run = start(['--port', String(port)]);
      expect(await run.exited).toBe(1);
      expect(run.output().trim()).toBe(`hwcloud-directory-mock: port ${port} on 127.0.0.1 is already in use; stop what listens there or pick another with --port (0 picks a free one)`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
