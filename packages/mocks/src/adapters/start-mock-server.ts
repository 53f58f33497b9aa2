// The node:http adapter: the standalone mock server. It answers the operations through the
// pipeline directly (no MSW handler and no Fetch Request per call); handlers added with
// `use()` (scenarios) are MSW handlers, asked first through msw's getResponse.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { unroutedAnswer } from '../answers/negotiate.js';
import { createDirectory, type Directory } from '../directory/create-directory.js';
import { operationTable } from '../operations/operation-table.js';
import { createPipeline } from '../pipeline/create-pipeline.js';
import { handleRequest } from '../pipeline/handle-request.js';
import { createScenarios, type Scenarios } from '../scenarios/create-scenarios.js';
import { createRuntime, type HandlerOptions, type MockRuntime } from '../state/mock-runtime.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { mswHandlers, type MockHandlers } from './msw-handlers.js';
import { readBody, sendAnswer, sendFetchResponse, toFetchRequest, toMockRequest } from './node-http-adapter.js';

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
 * both APIs on one origin, CORS for local frontends.
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

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, preflightHeaders(req));
        res.end();
        return;
      }
      const url = `http://${req.headers.host ?? `${host}:${(server.address() as AddressInfo).port}`}${req.url ?? '/'}`;
      const body = await readBody(req);
      // Scenarios added with use() are MSW handlers: ask them first, with a Fetch Request.
      if (overrides.length > 0) {
        const response = await getResponse(overrides, toFetchRequest(req, url, body));
        if (response) {
          await sendFetchResponse(response, res, corsHeaders(req));
          return;
        }
      }
      // The pipeline, called directly: the same route matcher and orchestrator the MSW handlers
      // run, without building a Fetch Request and Response per call.
      const answer = await handleRequest(pipeline, toMockRequest(req, url, body));
      sendAnswer(answer ?? unroutedAnswer(req.method ?? 'GET', (req.url ?? '/').split('?')[0] as string), res, corsHeaders(req));
    })().catch((error: unknown) => {
      console.error('[hwcloud-directory-mock] request failed:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error_code: 'MOCK.500', error_msg: 'The mock server failed to answer.' }));
    });
  });
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
