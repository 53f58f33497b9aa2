// The docs site's static server (docs:preview and the browser tests) over a real socket: a
// request target it cannot decode is a 400 for that request, never a crash of the server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
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
});
