// The machinery both API clients share: openapi-fetch with the transport (timeout, retries),
// the response middleware (request id, typed errors), an auth middleware, and paging.

import createClient, { type Middleware } from 'openapi-fetch';
import { itemsOf, paginate, type PagingOptions } from './pagination.js';
import { CONTEXT_KEY, contextOf, type RequestContext } from './request-context.js';
import { toHwcloudError } from './response-errors.js';
import { responseMiddleware } from './response-middleware.js';
import { resolveRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { createTransport, type FetchLike } from './transport.js';
import type { HwcloudClient, OperationTable } from './typed-client.js';

/** Options both clients take. */
export interface CommonClientOptions {
  /** Overrides the region's base URL (a proxy, a mock server). */
  baseUrl?: string;
  /** The fetch to send requests with; `globalThis.fetch` (looked up at call time) by default. */
  fetch?: FetchLike;
  /** `Accept-Language` of every request, for example `zh-CN` or `en-US`. */
  language?: string;
  /** Retry policy for safe operations; `false` turns retries off. */
  retry?: RetryPolicy | false;
  /** Timeout of each attempt in milliseconds (default 30000; 0 for none). */
  timeoutMs?: number;
}

/** Sends one typed-less call through the client, throwing HwcloudError on failure. */
export type CallFunction = (method: string, path: string, init?: Record<string, unknown>) => Promise<{ data: unknown; response: Response }>;

/** What {@link createApiClient} needs from an API-specific factory. */
export interface ApiClientConfig {
  baseUrl: string;
  operations: OperationTable;
  options: CommonClientOptions;
  /** Strings that must never appear in an error message (passwords, keys, tokens). */
  secrets: Set<string>;
  /** Builds the auth middleware; `call` lets it log in through the same client. */
  auth: (call: CallFunction) => Middleware;
}

/** Page size used when the caller gives none, capped by the operation's maximum. */
export const DEFAULT_PAGE_SIZE = 100;

/** Builds a client over one API from its generated operations table. */
export function createApiClient<Paths extends Record<string, any>, Ops>(
  config: ApiClientConfig,
): HwcloudClient<Paths, Ops> {
  const { operations, options, secrets } = config;
  const userFetch = options.fetch;
  const transport = createTransport({
    fetch: userFetch ?? ((input, init) => globalThis.fetch(input, init)),
    retry: resolveRetryPolicy(options.retry),
    timeoutMs: options.timeoutMs ?? 30_000,
    // Safe to send twice: reads, and the list operations (the legacy search is a read-only POST).
    isSafe: (request) => request.method === 'GET' || request.method === 'HEAD' || !!contextOf(request)?.info?.paging,
  });
  const core = createClient<Paths>({
    baseUrl: config.baseUrl,
    fetch: transport,
    headers: options.language ? { 'Accept-Language': options.language } : undefined,
  });

  async function call(method: string, path: string, init?: Record<string, unknown>) {
    const key = `${method} ${path}`;
    const info = operations[key];
    const context: RequestContext = { operation: info?.operationId ?? key, info, signal: init?.signal as AbortSignal | undefined };
    try {
      return (await core.request(method as 'get', path as never, { ...init, [CONTEXT_KEY]: context } as never)) as {
        data: unknown;
        response: Response;
      };
    } catch (error) {
      throw toHwcloudError(error, context, secrets);
    }
  }

  core.use(combine(responseMiddleware(secrets), config.auth(call)));

  function pages(path: string, init: Record<string, any> = {}, pagingOptions: PagingOptions = {}) {
    const key = Object.keys(operations).find((k) => k.endsWith(` ${path}`) && operations[k]!.paging);
    const { operationId, paging } = operations[key!] ?? {};
    if (!paging) throw new TypeError(`${path} is not a list operation (no x-paging in the spec)`);
    const { in: where, offsetParam, limitParam, maximum } = paging;
    const source: Record<string, unknown> = (where === 'query' ? init.params?.query : init.body) ?? {};
    const pageSize = pagingOptions.pageSize ?? (source[limitParam] as number | undefined) ?? Math.min(DEFAULT_PAGE_SIZE, maximum ?? DEFAULT_PAGE_SIZE);
    if (pageSize > maximum!) throw new RangeError(`pageSize ${pageSize} is above the maximum ${limitParam} of ${operationId} (${maximum})`);
    const { signal } = pagingOptions;
    const fetchPage = async (position: number, size: number) => {
      const patch = { [offsetParam]: position, [limitParam]: size };
      const next: Record<string, unknown> =
        where === 'query'
          ? { ...init, params: { ...init.params, query: { ...init.params?.query, ...patch } } }
          : { ...init, body: { ...init.body, ...patch } };
      if (signal) next.signal = signal;
      return (await call(key!.slice(0, key!.indexOf(' ')), path, next)).data;
    };
    return paginate(paging, fetchPage, { ...pagingOptions, pageSize, start: source[offsetParam] as number | undefined });
  }

  const method = (name: string) => (path: string, init?: Record<string, unknown>) => call(name, path, init);
  return {
    GET: method('GET'),
    POST: method('POST'),
    PUT: method('PUT'),
    DELETE: method('DELETE'),
    PATCH: method('PATCH'),
    pages,
    items: (path: string, init?: Record<string, unknown>, pagingOptions?: PagingOptions) => itemsOf(pages(path, init, pagingOptions)),
    use: (...middleware: Middleware[]) => core.use(...middleware),
    eject: (...middleware: Middleware[]) => core.eject(...middleware),
  } as unknown as HwcloudClient<Paths, Ops>;
}

/** The `METHOD /path` key of the operation secured by `scheme`, from the operations table. */
export function operationWithScheme(operations: OperationTable, scheme: string): { method: string; path: string } {
  const key = Object.keys(operations).find((k) => operations[k]!.security.includes(scheme))!;
  const space = key.indexOf(' ');
  return { method: key.slice(0, space), path: key.slice(space + 1) };
}

type OnRequest = NonNullable<Middleware['onRequest']>;
type OnResponse = NonNullable<Middleware['onResponse']>;

/**
 * One middleware that runs `outer` around `inner` (requests: outer then inner; responses:
 * inner then outer), as two `use()` entries would, but without openapi-fetch awaiting each
 * hook separately: a hook that answers synchronously costs no extra tick.
 */
export function combine(outer: Middleware, inner: Middleware): Middleware {
  const outerRequest = outer.onRequest as OnRequest | undefined;
  const innerRequest = inner.onRequest as OnRequest | undefined;
  const outerResponse = outer.onResponse as OnResponse | undefined;
  const innerResponse = inner.onResponse as OnResponse | undefined;
  return {
    onRequest(params) {
      const first = outerRequest?.(params);
      if (first instanceof Promise) return first.then(() => innerRequest?.(params));
      return innerRequest?.(params);
    },
    onResponse(params) {
      const replaced = innerResponse?.(params);
      const after = (response: Response | undefined | void) => {
        const next = outerResponse?.(response ? { ...params, response } : params);
        return next instanceof Promise ? next.then((r) => r ?? response) : (next ?? response);
      };
      return replaced instanceof Promise ? replaced.then(after) : after(replaced);
    },
  } as Middleware;
}
