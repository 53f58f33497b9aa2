// The node:http adapter: the standalone mock server. It answers the operations through the
// pipeline directly (no MSW handler and no Fetch Request per call); handlers added with
// `use()` (scenarios) are MSW handlers, asked first through msw's getResponse.

import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { unroutedAnswer } from '../answers/negotiate.js';
import { createDirectory, type Directory } from '../directory/create-directory.js';
import { operationTable } from '../operations/operation-table.js';
import { createPipeline } from '../pipeline/create-pipeline.js';
import { handleRequest } from '../pipeline/handle-request.js';
import { RequestBodyRefused } from '../pipeline/mock-request.js';
import { createScenarios, type Scenarios } from '../scenarios/create-scenarios.js';
import { createRuntime, type HandlerOptions, type MockRuntime } from '../state/mock-runtime.js';
import { answerControl, CONTROL_PREFIX, MAX_DIRECTORY_BYTES } from './control-routes.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { mswHandlers, type MockHandlers } from './msw-handlers.js';
import { nodeRequestBody, requestUrl, sendAnswer, sendFetchResponse, toFetchRequest, toMockRequest } from './node-http-adapter.js';

/**
 * Largest request body the server reads: 1 MiB. The vendors document no limit; their request
 * bodies are a few hundred bytes (a login, a search), so this only stops runaway uploads.
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Seed and size of the directory to create (ignored when `directory` is given). */
  seed?: number;
  size?: number;
  /** A directory to serve instead of a new one. */
  directory?: Directory;
  /** Options of the handlers (credentials, token lifetime, response validation, ...). */
  handlerOptions?: Omit<HandlerOptions, 'meetingBaseUrl' | 'bssBaseUrl'>;
  /** Largest request body read, in bytes (default {@link DEFAULT_MAX_BODY_BYTES}); a larger one is answered 413 and the connection closed. */
  maxBodyBytes?: number;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. http://127.0.0.1:4010 (both APIs answer on it). */
  readonly url: string;
  readonly port: number;
  readonly directory: Directory;
  /** The server's state and settings (issued tokens, failed logins, clock, credentials). */
  readonly runtime: MockRuntime;
  /** MSW handlers over this server's runtime (built on first access; the server itself does not use them). */
  readonly handlers: MockHandlers;
  /** Scenario controls bound to this server's runtime; pass them to {@link MockServer.use}. */
  readonly scenarios: Scenarios;
  /** Prepends handlers (scenarios) in front of the default ones, like MSW's `server.use`. */
  use(...handlers: RequestHandler[]): void;
  /** Drops the handlers added with `use`. */
  resetHandlers(): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Serves the mocks over real HTTP (node:http), for consumers that are not JavaScript tests:
 * both APIs on one origin, CORS for local frontends, and the mock's own control routes under
 * `/__mock/` (`POST /__mock/reset`, `GET` and `PUT /__mock/directory`).
 * @example
 * const server = await startMockServer({ port: 4010, seed: 42 });
 * console.log(server.url); // http://127.0.0.1:4010
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const directory = options.directory ?? createDirectory({ ...(options.seed !== undefined ? { seed: options.seed } : {}), ...(options.size !== undefined ? { size: options.size } : {}) });
  const runtime = createRuntime(directory, options.handlerOptions ?? {});
  const pipeline = createPipeline(runtime, operationTable);
  let overrides: RequestHandler[] = [];
  let handlers: MockHandlers | undefined;
  const host = options.host ?? '127.0.0.1';

  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let origin = '';

  /** Answers one request; `expectsContinue` when the client waits for `100 Continue` before its body. */
  const answer = async (req: IncomingMessage, res: ServerResponse, expectsContinue: boolean) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, preflightHeaders(req));
      res.end();
      return;
    }
    const url = requestUrl(req, origin);
    const path = pathOf(url);
    const control = path.startsWith(CONTROL_PREFIX);
    // The body is read only if an operation (or a control route) asks for it (never for an
    // unknown path, a wrong method or a refused token), under the size limit; 100 Continue is
    // sent only then.
    const body = nodeRequestBody(req, control ? MAX_DIRECTORY_BYTES : maxBodyBytes, expectsContinue ? () => res.writeContinue() : undefined);
    const headers = corsHeaders(req);
    // The mock's own control routes (/__mock/reset, ...), never a vendor path.
    if (control) {
      const answered = await answerControl(directory, { method: req.method ?? 'GET', path, body: body.read });
      if (body.state === 'refused' || (body.state === 'unread' && hasBody(req))) headers.connection = 'close';
      sendAnswer(answered, res, headers);
      return;
    }
    // Scenarios added with use() are MSW handlers: ask them first, with a Fetch Request.
    if (overrides.length > 0) {
      const bytes = await body.read().catch((error: unknown) => {
        if (error instanceof RequestBodyRefused) return undefined; // the pipeline answers it below
        throw error;
      });
      const response = bytes && (await getResponse(overrides, toFetchRequest(req, url, bytes)));
      if (response) {
        await sendFetchResponse(response, res, headers);
        return;
      }
    }
    // The pipeline, called directly: the same route matcher and orchestrator the MSW handlers
    // run, without building a Fetch Request and Response per call.
    const answered = await handleRequest(pipeline, toMockRequest(req, url, body.read));
    // A refused body, or one nobody read, is not pulled off the wire: the connection closes.
    if (body.state === 'refused' || (body.state === 'unread' && hasBody(req))) headers.connection = 'close';
    sendAnswer(answered ?? unroutedAnswer(req.method ?? 'GET', (req.url ?? '/').split('?')[0] as string), res, headers);
  };

  const onRequest = (expectsContinue: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    answer(req, res, expectsContinue).catch((error: unknown) => {
      // A client that went away is no failure of the server; anything else is one line, no stack.
      if (!res.destroyed && !req.socket.destroyed) {
        console.error(`[hwcloud-directory-mock] ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error_code: 'MOCK.500', error_msg: 'The mock server failed to answer.' }));
    });
  };
  const server: Server = createServer(onRequest(false));
  server.on('checkContinue', onRequest(true));
  server.on('clientError', answerClientError);
  // Node drops headers past its default 2000 without a word (an X-Access-Token among them would
  // read as missing); count no headers and let the 16 KiB header-size limit answer 431 instead.
  server.maxHeadersCount = 0;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  origin = `http://${urlHost}:${port}`;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    directory,
    runtime,
    get handlers() {
      return (handlers ??= mswHandlers(pipeline));
    },
    scenarios: createScenarios({ runtime }),
    use: (...extra) => {
      overrides = [...extra, ...overrides];
    },
    resetHandlers: () => {
      overrides = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The path of an absolute URL, without query and fragment. */
function pathOf(url: string): string {
  const path = url.slice(url.indexOf('/', url.indexOf('://') + 3));
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

/** Whether a request announces a body (a Content-Length above 0, or Transfer-Encoding). */
function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * Answers what Node's HTTP parser refused before any route could be known (a malformed
 * request line or header, headers over 16 KiB, a timeout) with a short JSON body, and closes
 * the connection; a connection the client already dropped is closed without a word.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  const midResponse = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (error.code === 'ECONNRESET' || !socket.writable || midResponse) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message =
    status === 431
      ? 'The request headers are larger than 16 KiB; send fewer or shorter headers.'
      : status === 408
        ? 'The request did not arrive in time.'
        : `The request is not valid HTTP/1.1 (${error.message.replace(/[^\x20-\x7e]/g, '?').slice(0, 120)}).`;
  const body = JSON.stringify({ error_code: `MOCK.${status}`, error_msg: message });
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
