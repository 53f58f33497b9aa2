import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

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
/** Types worth compressing (Pagefind's index files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.yaml']);
/** How a compressed body is made: Brotli at a quality fast enough to compress on first request, else gzip. */
const ENCODERS = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
};
/** A file name that carries its content hash (`redoc.0123abcd45.css`, Pagefind's `en_0123abc.pf_fragment`): its content never changes. */
const HASHED_NAME = /[._][0-9a-f]{7,}\.[\w]+$/;

/**
 * Serves a built site folder over HTTP on 127.0.0.1, the way a good static host would:
 * files as they are, `index.html` for a folder, 404 for anything else; text compressed with
 * Brotli or gzip as the browser accepts (compressed once per file version, kept in memory);
 * an ETag on every file, answered with 304 when the browser has it; files whose name carries
 * a content hash cached for a year (`immutable`), everything else revalidated (`no-cache`).
 * `basePath` mounts the site under a sub-path (for example `/docs/`) to prove that every
 * link is relative.
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
    const info = await stat(found);
    const type = extname(found);
    const encoding = COMPRESSIBLE.has(type) && info.size > 1024 ? preferredEncoding(request.headers['accept-encoding']) : undefined;
    const etag = `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
    const headers = {
      'cache-control': HASHED_NAME.test(found) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      ...(COMPRESSIBLE.has(type) ? { vary: 'accept-encoding' } : {}),
    };
    if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      response.writeHead(304, headers);
      return response.end();
    }
    headers['content-type'] = CONTENT_TYPES[type] ?? 'application/octet-stream';
    if (encoding) {
      const body = await compressed(found, info, encoding);
      response.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
      return response.end(request.method === 'HEAD' ? undefined : body);
    }
    response.writeHead(200, { ...headers, 'content-length': info.size });
    if (request.method === 'HEAD') return response.end();
    createReadStream(found)
      .on('error', () => response.destroy())
      .pipe(response);
  }

  /** A file's compressed body, made once per file version and encoding. */
  const bodies = new Map();
  function compressed(file, info, encoding) {
    const key = `${file}\0${info.size}\0${info.mtimeMs}\0${encoding}`;
    if (!bodies.has(key)) {
      const body = readFile(file).then(ENCODERS[encoding]);
      body.catch(() => bodies.delete(key));
      bodies.set(key, body);
    }
    return bodies.get(key);
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

/**
 * The encoding to answer with, from an Accept-Encoding header: Brotli, else gzip, else none.
 * @example preferredEncoding('gzip, deflate, br') // 'br'
 * @example preferredEncoding('br;q=0, gzip') // 'gzip'
 */
function preferredEncoding(header = '') {
  const accepted = new Set(String(header).split(',').map((entry) => entry.trim().split(/\s*;\s*/)).filter(([, q]) => !/^q=0(\.0*)?$/.test(q ?? '')).map(([name]) => name.toLowerCase()));
  return ['br', 'gzip'].find((name) => accepted.has(name));
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
