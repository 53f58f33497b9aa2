import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
};

/**
 * Serves a built site folder over HTTP on 127.0.0.1, the way a plain static host would:
 * files as they are, `index.html` for a folder, 404 for anything else. `basePath` mounts
 * the site under a sub-path (for example `/docs/`) to prove that every link is relative.
 * @param {{ root: string, basePath?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>} `url` ends with the base path
 * @example const site = await startStaticServer({ root: 'docs/site', basePath: '/docs/' })
 */
export async function startStaticServer({ root, basePath = '/', port = 0, host = '127.0.0.1' }) {
  const siteRoot = resolve(root);
  const mount = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    // A request the server cannot answer (a bug, a file gone mid-read) answers 500 and
    // never takes the whole server down: the preview and the browser tests share it.
    serve(request, response).catch((error) => {
      console.error(`static-server: ${request.method} ${request.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (response.headersSent) response.destroy();
      else send(response, 500, 'internal error');
    });
  });

  /** Answers one request: a file, a folder's index.html, a redirect to the mount, or an error. */
  async function serve(request, response) {
    const pathname = decodedPath(request.url ?? '/');
    if (pathname === undefined) return send(response, 400, `bad request: ${JSON.stringify(request.url)} is not a valid percent-encoded path`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'method not allowed');
    if (pathname === mount.slice(0, -1)) {
      response.writeHead(301, { location: mount });
      return response.end();
    }
    if (!pathname.startsWith(mount)) return send(response, 404, `not found: ${pathname} is outside ${mount}`);
    const file = resolve(join(siteRoot, normalize(pathname.slice(mount.length))));
    if (file !== siteRoot && !file.startsWith(siteRoot + sep)) return send(response, 404, 'not found');
    const found = await findFile(file);
    if (!found) return send(response, 404, `not found: ${pathname}`);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(found)] ?? 'application/octet-stream',
      'content-length': (await stat(found)).size,
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(found)
      .on('error', () => response.destroy())
      .pipe(response);
  }
  await new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, ready);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${mount}`,
    port: actualPort,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/**
 * The decoded path of a request target, or undefined when it cannot be decoded (`/%zz`, a lone
 * surrogate such as `/%ED%A0%80`, or a target no URL parser accepts).
 * @example decodedPath('/docs/a%20b.html') // '/docs/a b.html'
 * @example decodedPath('/%zz') // undefined
 */
function decodedPath(target) {
  try {
    return decodeURIComponent(new URL(target, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

/** Returns the file to serve for a path: the file itself, or a folder's index.html. */
async function findFile(path) {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}

/** Ends a response with a short plain-text body. */
function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
