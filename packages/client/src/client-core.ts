// The machinery both API clients share: building the request, request id, auth, the
// transport (timeout, retries), reading the response into data or a HwcloudError, and paging.
// Built in two steps so that the login dependency is explicit: `createRequestCore` sends
// calls (a login sends them without authorization), then `createApiClient` puts an API's
// authorizer (which may log in through the core) in front of them.

import { isLegacyFailure, readPath, readVendorError } from '@hwcloud-directory/protocol';
import type { Authorizer, OutgoingRequest } from './authorizer.js';
import { itemsOf, paginate, type PagingOptions } from './pagination.js';
import { redactor, type LiveSecrets } from './redaction.js';
import type { RequestContext } from './request-context.js';
import { requestUrl } from './request-url.js';
import { create, errorFromResponse, toHwcloudError } from './response-errors.js';
import { resolveRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { createTransport, type FetchLike } from './transport.js';
import type { HwcloudClient, OperationInfo, OperationTable } from './typed-client.js';

/** Options both clients take. */
export interface CommonClientOptions {
  /** Overrides the region's base URL (a proxy, a mock server). */
  baseUrl?: string;
  /**
   * The fetch to send requests with, called as `fetch(url, init)`; `globalThis.fetch`
   * (looked up at call time) by default. Wrap it to log or instrument requests.
   */
  fetch?: FetchLike;
  /** `Accept-Language` of every request, for example `zh-CN` or `en-US`. */
  language?: string;
  /** Retry policy for safe operations; `false` turns retries off. */
  retry?: RetryPolicy | false;
  /** Timeout of each attempt in milliseconds (default 30000; 0 for none). */
  timeoutMs?: number;
}

/** What a call takes: openapi-fetch's init (params, body, headers, signal). */
export interface CallInit {
  params?: { query?: Record<string, unknown>; path?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  headers?: HeadersInit | Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal | null;
}

/** Sends one untyped call, authorized by `auth` when given, throwing HwcloudError on failure. */
export type CallFunction = (method: string, path: string, init?: CallInit, auth?: Authorizer) => Promise<{ data: unknown; response: Response }>;

/** What {@link createRequestCore} needs from an API-specific factory. */
export interface RequestCoreConfig {
  baseUrl: string;
  operations: OperationTable;
  options: CommonClientOptions;
  /** The live secrets, redacted from every error (see `redaction.ts`). */
  secrets: LiveSecrets;
}

/**
 * The base URL a client sends to: `override` (the `baseUrl` option), else the URL of `region`
 * among the spec's `servers`.
 */
export function regionBaseUrl(api: string, servers: Readonly<Record<string, string>>, region: string, override?: string): string {
  const baseUrl = override ?? servers[region];
  if (!baseUrl) throw new RangeError(`unknown ${api} region ${region}; use one of ${Object.keys(servers).join(', ')}`);
  return baseUrl;
}

/** Page size used when the caller gives none, capped by the operation's maximum. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * The call function of one API: builds the request from the operations table, authorizes it
 * with `auth` (none for the logins, which carry their own credentials), sends it through the
 * retry and timeout transport, and reads the answer into data or a HwcloudError. A rejected
 * credential is renewed once through `auth` and the request sent again.
 */
export function createRequestCore(config: RequestCoreConfig): CallFunction {
  const { operations, options, secrets } = config;
  const baseUrl = config.baseUrl.replace(/\/$/, '');
  const send = createTransport({
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    retry: resolveRetryPolicy(options.retry),
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  const language = options.language;
  // Built only when an error is: the live secrets, and the token the failed request carried.
  const redactFor = (request?: OutgoingRequest) => redactor([...secrets.values(), request?.credential]);

  function buildRequest(method: string, path: string, init: CallInit, info: OutgoingRequest['info']): OutgoingRequest {
    const { params = {}, body } = init;
    const headers: Record<string, string> = {};
    if (language) headers['accept-language'] = language;
    if (body !== undefined) headers['content-type'] = 'application/json';
    addHeaders(headers, init.headers);
    addHeaders(headers, params.header);
    headers['x-request-id'] ??= crypto.randomUUID();
    return {
      method,
      url: requestUrl(baseUrl, path, params),
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      info,
    };
  }

  return async function call(method, path, init = {}, auth) {
    const info = operations[path]?.[method];
    const signal = init.signal ?? undefined;
    const context: RequestContext = { operation: info?.operationId ?? `${method} ${path}`, signal };
    let request: OutgoingRequest | undefined;
    try {
      request = buildRequest(method, path, init, info);
      context.requestId = request.headers['x-request-id'];
      // Safe to send twice: reads, and the list operations (the legacy search is a read-only POST).
      const safe = method === 'GET' || !!info?.paging;
      const authorized = auth?.authorize(request);
      if (authorized) await authorized;
      for (let renewed = false; ; renewed = true) {
        const { response, text } = await send(request.url, { method, headers: request.headers, body: request.body, signal }, safe);
        context.status = response.status;
        let data: unknown;
        try {
          data = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          if (response.ok) throw error;
        }
        if (response.ok && !(info?.envelope && isLegacyFailure(data))) {
          const problem = info && contractBreach(data, text, info);
          if (!problem) return { data, response };
          throw errorFromResponse(response, data, context, redactFor(request), problem);
        }
        if (!renewed && (await auth?.renew?.(request, readVendorError(data).code))) continue;
        throw errorFromResponse(response, data, context, redactFor(request));
      }
    } catch (error) {
      // The token this request carried is redacted even when a renewal has replaced it since.
      throw toHwcloudError(error, context, redactFor(request));
    }
  };
}

/**
 * What is wrong with the success body `data` (read from `text`) of operation `info`, if
 * anything: every operation of the specs answers a JSON object, and a list operation its
 * items as an array. The message never quotes the body.
 */
function contractBreach(data: unknown, text: string, { paging }: OperationInfo): string | undefined {
  if (typeof data !== 'object' || !data) return `body is ${text ? (data === null ? 'null' : typeof data) : 'empty'}, not a JSON object`;
  if (paging && !Array.isArray(readPath(data, paging.itemsPath))) return `body has no ${paging.itemsPath} array`;
  return undefined;
}

/**
 * The typed client of one API: every call goes through `call`, authorized by `auth`; `pages`
 * and `items` take the paged operation of a path from the operations table.
 */
export function createApiClient<Paths extends Record<string, any>, Ops>(call: CallFunction, operations: OperationTable, auth: Authorizer): HwcloudClient<Paths, Ops> {
  function pages(path: string, init: Record<string, any> = {}, pagingOptions: PagingOptions = {}) {
    const [method, info] = Object.entries(operations[path] ?? {}).find(([, entry]) => entry?.paging) ?? [];
    const paging = info?.paging;
    if (!method || !paging) {
      throw create('invalid-argument', { operation: path }, 'not a list operation; use GET or POST');
    }
    const { in: where, offsetParam, limitParam, maximum } = paging;
    const { operationId: operation } = info;
    const source: Record<string, unknown> = (where === 'query' ? init.params?.query : init.body) ?? {};
    const pageSize = pagingOptions.pageSize ?? (source[limitParam] as number | undefined) ?? Math.min(DEFAULT_PAGE_SIZE, maximum ?? DEFAULT_PAGE_SIZE);
    if (pageSize > maximum!) {
      throw create('invalid-argument', { operation }, `pageSize ${pageSize} is above the maximum ${limitParam} of ${operation} (${maximum})`);
    }
    const signal = pagingOptions.signal ?? init.signal;
    const fetchPage = async (position: number, size: number) => {
      const patch = { [offsetParam]: position, [limitParam]: size };
      const next =
        where === 'query'
          ? { ...init, signal, params: { ...init.params, query: { ...init.params?.query, ...patch } } }
          : { ...init, signal, body: { ...init.body, ...patch } };
      return (await call(method, path, next, auth)).data;
    };
    return paginate(paging, fetchPage, { ...pagingOptions, pageSize, start: source[offsetParam] as number | undefined, operation });
  }

  const method = (name: string) => (path: string, init?: CallInit) => call(name, path, init, auth);
  return {
    GET: method('GET'),
    POST: method('POST'),
    pages,
    items: (path: string, init?: Record<string, unknown>, pagingOptions?: PagingOptions) => itemsOf(pages(path, init, pagingOptions)),
  } as unknown as HwcloudClient<Paths, Ops>;
}

/** Copies headers into `target` under lower-case names, skipping null and undefined values. */
function addHeaders(target: Record<string, string>, source: CallInit['headers'] | Record<string, unknown> | undefined): void {
  if (!source) return;
  const entries = source instanceof Headers || Array.isArray(source) ? source : Object.entries(source);
  for (const [name, value] of entries as Iterable<[string, unknown]>) {
    if (value != null) target[name.toLowerCase()] = String(value);
  }
}
