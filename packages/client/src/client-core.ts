// The machinery both API clients share: building the request, request id, auth, the
// transport (timeout, retries), reading the response into data or a HwcloudError, and paging.
// Built in two steps so that the login dependency is explicit: `createRequestCore` sends
// calls (a login sends them without authorization), then `createApiClient` puts an API's
// authorizer (which may log in through the core) in front of them.

import { isLegacyFailure, readPath, readVendorError } from '@hwcloud-directory/protocol';
import type { Authorizer, OutgoingRequest } from './authorizer.js';
import { itemsOf, paginate, type PagingOptions, type PagingSpec } from './pagination.js';
import { redactor, type LiveSecrets } from './redaction.js';
import type { RequestContext } from './request-context.js';
import { requestUrl } from './request-url.js';
import { create, errorFromResponse, toHwcloudError } from './response-errors.js';
import type { RetryPolicy } from './retry-policy.js';
import { createTransport, type FetchLike } from './transport.js';
import type { HwcloudClient, OperationTable } from './typed-client.js';

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

/**
 * The base URL a client sends to: `override` (the `baseUrl` option), else the URL of `region`
 * among the spec's `servers`.
 */
export function regionBaseUrl(servers: Readonly<Record<string, string>>, region: string, override?: string): string {
  const baseUrl = override ?? servers[region];
  if (!baseUrl) throw new RangeError(`unknown region ${region}; use one of ${Object.keys(servers).join(', ')}`);
  return baseUrl;
}

/** Page size used when the caller gives none, capped by the operation's maximum. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * The call function of one API, sending to `baseUrl`: builds the request with what the
 * `operations` table says of it, authorizes it with `auth` (none for the logins, which carry
 * their own credentials), sends it through the retry and timeout transport, and reads the
 * answer into data or a HwcloudError whose every field is kept free of the live `secrets`. A
 * rejected credential is renewed once through `auth` and the request sent again.
 */
export function createRequestCore(
  root: string,
  operations: OperationTable,
  listDialect: PagingSpec | undefined,
  options: CommonClientOptions,
  secrets: LiveSecrets,
): CallFunction {
  const baseUrl = root.replace(/\/$/, '');
  const send = createTransport(options.fetch ?? ((input, init) => globalThis.fetch(input, init)), options.retry, options.timeoutMs ?? 30_000);
  const language = options.language;
  // Built only when an error is: the live secrets, and the token the failed request carried.
  const redactFor = (request?: OutgoingRequest) => redactor([...secrets, request?.credential]);

  return async function call(method, path, init = {}, auth) {
    const info = operations[path]?.[method];
    const signal = init.signal ?? undefined;
    const context: RequestContext = { operation: `${method} ${path}`, signal };
    let request: OutgoingRequest | undefined;
    try {
      const { params = {}, body } = init;
      const headers: Record<string, string> = {};
      if (language) headers['accept-language'] = language;
      if (body !== undefined) headers['content-type'] = 'application/json';
      addHeaders(headers, init.headers);
      addHeaders(headers, params.header);
      context.requestId = headers['x-request-id'] ??= crypto.randomUUID();
      // JSON.stringify(undefined) is undefined: no body.
      request = { method, url: requestUrl(baseUrl, path, params), headers, body: JSON.stringify(body), info };
      // Safe to send twice: GET and the idempotent PUT and DELETE; a POST only when it is a
      // list operation, which only reads (the legacy search).
      const safe = method !== 'POST' || !!info?.paging;
      await auth?.authorize(request);
      for (let renewed = false; ; renewed = true) {
        const { response, text } = await send(request.url, { method, headers, body: request.body, signal }, safe);
        context.status = response.status;
        let data: unknown;
        try {
          data = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          if (response.ok) throw error;
        }
        if (response.ok && !(info?.envelope && isLegacyFailure(data))) {
          const problem = contractBreach(method, data, text, info?.paging, listDialect);
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
 * What is wrong with the success body `data` (read from `text`) of a `method` call, if
 * anything: a GET and a list answer a JSON object or array; a write may answer nothing (empty,
 * or `null`: a logout, a delete). A list with its own paging rule answers its items as an
 * array, and so does any body with the field of the API's list `dialect`. The message never
 * quotes the body.
 */
function contractBreach(method: string, data: unknown, text: string, paging: PagingSpec | undefined, dialect: PagingSpec | undefined): string | undefined {
  if (data == null && method !== 'GET' && !paging) return undefined;
  if (typeof data !== 'object' || !data) return `body is ${text ? (data === null ? 'null' : typeof data) : 'empty'}, not a JSON object or array`;
  // Only the lists answer their dialect's items field (the generator checks it of the specs).
  const { itemsPath } = paging ?? dialect ?? {};
  const items = itemsPath && readPath(data, itemsPath);
  if (itemsPath && (paging || items !== undefined) && !Array.isArray(items)) return `body has no ${itemsPath} array`;
  return undefined;
}

/**
 * The typed client of one API: every call goes through `call`, authorized by `auth`; `pages`
 * and `items` page a path as its entry in the operations table says, else as a GET in the
 * API's `listDialect`.
 */
export function createApiClient<Paths extends Record<string, any>, Lists>(
  call: CallFunction,
  operations: OperationTable,
  listDialect: PagingSpec | undefined,
  auth: Authorizer,
): HwcloudClient<Paths, Lists> {
  function pages(path: string, init: Record<string, any> = {}, pagingOptions: PagingOptions = {}) {
    // A list with its own paging rule has an entry; any other path is paged as a GET in the
    // API's dialect (the types admit only the list operations).
    const methods = operations[path] ?? {};
    const method = methods.POST?.paging ? 'POST' : 'GET';
    const info = methods[method];
    const paging = info?.paging ?? listDialect;
    const operation = `${method} ${path}`;
    if (!paging) throw create('invalid-argument', { operation }, 'not a list operation');
    const { in: where, offsetParam, limitParam } = paging;
    const maximum = info?.maximum ?? Infinity;
    const source: Record<string, unknown> = (where === 'query' ? init.params?.query : init.body) ?? {};
    const pageSize = pagingOptions.pageSize ?? (source[limitParam] as number | undefined) ?? Math.min(DEFAULT_PAGE_SIZE, maximum);
    if (pageSize > maximum) {
      throw create('invalid-argument', { operation }, `pageSize ${pageSize} is above the maximum ${limitParam} (${maximum})`);
    }
    const signal = pagingOptions.signal ?? init.signal;
    const fetchPage = async (position: number, size: number) => {
      const fields = { ...source, [offsetParam]: position, [limitParam]: size };
      const next = where === 'query' ? { ...init, signal, params: { ...init.params, query: fields } } : { ...init, signal, body: fields };
      return (await call(method, path, next, auth)).data;
    };
    return paginate(paging, fetchPage, { ...pagingOptions, pageSize, start: source[offsetParam] as number | undefined, operation });
  }

  const method = (name: string) => (path: string, init?: CallInit) => call(name, path, init, auth);
  return {
    GET: method('GET'),
    POST: method('POST'),
    PUT: method('PUT'),
    DELETE: method('DELETE'),
    pages,
    items: (path: string, init?: Record<string, unknown>, pagingOptions?: PagingOptions) => itemsOf(pages(path, init, pagingOptions)),
  } as unknown as HwcloudClient<Paths, Lists>;
}

/** Copies headers into `target` under lower-case names, skipping null and undefined values. */
function addHeaders(target: Record<string, string>, source: CallInit['headers'] | Record<string, unknown> | undefined): void {
  if (!source) return;
  const entries = source instanceof Headers || Array.isArray(source) ? source : Object.entries(source);
  for (const [name, value] of entries as Iterable<[string, unknown]>) {
    if (value != null) target[name.toLowerCase()] = String(value);
  }
}
