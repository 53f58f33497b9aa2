// The docs site's static server (docs:preview and the browser tests) over a real socket: a
// request target it cannot decode is a 400 for that request, never a crash of the server; text
// is compressed as the client accepts, revalidated by ETag, and cached for good when its name
// carries its content hash.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../docs/build/site/static-server.mjs';

/** Sends raw bytes (as `curl --path-as-is` would, nothing normalized) and resolves the status line's code. */
function rawStatus(port: number, request: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let reply = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request)} within 5 s`)));
    socket.on('data', (chunk) => (reply += String(chunk)));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(reply);
      if (status) resolve(Number(status[1]));
      else reject(new Error(`no HTTP answer: ${JSON.stringify(reply)}`));
    });
  });
}

describe('the docs static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  let site: StaticServer;
  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'app.0123456789.js'), `${'console.log("hashed");\n'.repeat(200)}`);
    writeFileSync(join(root, 'assets', 'site.css'), `${'body { margin: 0; }\n'.repeat(200)}`);
    site = await startStaticServer({ root, basePath: '/docs/' });
  });
  afterAll(async () => {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/%zz', '/docs/%E0%A4%A', '/docs/%ED%A0%80'])('answers 400 to the malformed percent-encoding %s and keeps serving', async (target) => {
    expect(await rawStatus(site.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)).toBe(400);
    expect(await rawStatus(site.port, 'GET /docs/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toBe(200);
  });

  it('still serves files, folders and 404s as a static host does', async () => {
    expect((await fetch(`${site.url}index.html`)).status).toBe(200);
    expect((await fetch(`${site.url}missing.html`)).status).toBe(404);
    expect((await fetch(site.url, { method: 'POST' })).status).toBe(405);
  });

  it.each([
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip', 'gzip', gunzipSync],
  ] as const)('answers Accept-Encoding %s with %s, the same bytes once decoded', async (accept, encoding, decode) => {
    const answer = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(`${site.url}assets/site.css`, { headers: { 'accept-encoding': accept } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['vary']).toBe('accept-encoding');
    expect(decode(answer.body).toString()).toBe('body { margin: 0; }\n'.repeat(200));
  });

  it('answers a request for a file the client holds (its ETag) with 304 and no body', async () => {
    const first = await fetch(`${site.url}assets/site.css`);
    await first.arrayBuffer();
    const again = await fetch(`${site.url}assets/site.css`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it('caches a file named by its content hash for a year, and has the browser revalidate every other file', async () => {
    expect((await fetch(`${site.url}assets/app.0123456789.js`, { method: 'HEAD' })).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${site.url}assets/site.css`, { method: 'HEAD' })).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${site.url}index.html`, { method: 'HEAD' })).headers.get('cache-control')).toBe('no-cache');
  });
});
