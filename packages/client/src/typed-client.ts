// Types of the client surface: openapi-fetch's typed GET/POST/..., except that failures are
// thrown as HwcloudError, so a call resolves to the success body only.

import type { FetchResponse, HeadersOptions, ParamsOption, RequestBodyOption } from 'openapi-fetch';
import type { Page, PagingOptions, PagingSpec } from './pagination.js';

/** Lower-case HTTP methods, as openapi-typescript keys them. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type MediaType = `${string}/${string}`;
type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [Init?] : [Init];

/**
 * What a call of operation `Op` takes: openapi-fetch's typed `params` and `body`, extra
 * `headers`, and an AbortSignal.
 */
export type CallOptions<Op> = ParamsOption<Op> &
  RequestBodyOption<Op> & {
    /** Headers to add; the client's own (auth, request id) win over these. */
    headers?: HeadersOptions;
    /** Cancels the call, retries and waits included. */
    signal?: AbortSignal;
  };
/** The options of operation `M` of `PathItem`; optional when nothing in them is required. */
export type MaybeOptionalOptions<PathItem, M extends keyof PathItem> =
  RequiredKeysOf<CallOptions<PathItem[M]>> extends never ? CallOptions<PathItem[M]> | undefined : CallOptions<PathItem[M]>;

/** Paths of `Paths` that have operation `M`. */
export type PathsWithMethod<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: any } ? P : never;
}[keyof Paths];

/** The success branch of an openapi-fetch result: `data` is always there. */
export type Success<R> = R extends { data: infer D; response: Response } ? { data: D; response: Response } : never;

/** A typed call that resolves to the success body or throws a HwcloudError. */
export type HwcloudMethod<Paths extends Record<string, any>, M extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, M>,
  Init extends MaybeOptionalOptions<Paths[Path], M>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<Success<FetchResponse<Paths[Path][M], Init, MediaType>>>;

/** What the client must know at run time of an operation that differs from its API's defaults. */
export interface OperationInfo {
  /** The scheme the client authenticates the operation with, when not the API's `defaultScheme`; `''` for none. */
  readonly security?: string;
  /** True when the operation answers in the legacy `returnCode` envelope. */
  readonly envelope?: boolean;
  /** A list operation's paging rule, when not the API's `listDialect` (or when not a GET). */
  readonly paging?: PagingSpec;
  /** The largest page size a list operation's spec documents. */
  readonly maximum?: number;
}

/**
 * The generated operations table: path, then upper-case method, to what differs from the
 * API's defaults (see `scripts/steps/50-client-operations.mjs`). Most operations have no entry.
 */
export type OperationTable = Readonly<Record<string, Readonly<Partial<Record<string, OperationInfo>>>>>;

/** Paths of the list operations. */
export type PagedPath<Lists> = keyof Lists & string;
type MethodOf<Lists, P> = P extends keyof Lists ? (Lists[P] extends { method: infer M extends HttpMethod } ? M : never) : never;

type Get<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Get<NonNullable<T>[Head & keyof NonNullable<T>], Rest>
  : NonNullable<T>[P & keyof NonNullable<T>];

/** The JSON body of an operation's 200 response, from openapi-typescript's `responses`. */
type OkBody<Op> = Op extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : unknown
  : unknown;
/** Success body of the list operation at path `P`. */
export type PagedBody<Paths, Lists, P> = P extends keyof Paths ? OkBody<Paths[P][MethodOf<Lists, P> & keyof Paths[P]]> : never;
/** Item type of the list operation at path `P`, read through its `itemsPath`. */
export type PagedItem<Paths, Lists, P> = P extends keyof Lists
  ? Lists[P] extends { itemsPath: infer I extends string }
    ? NonNullable<Get<PagedBody<Paths, Lists, P>, I>> extends readonly (infer Item)[]
      ? Item
      : unknown
    : unknown
  : unknown;
type PagingKeys<Lists, P> = P extends keyof Lists ? (Lists[P] extends { offsetParam: infer O extends string; limitParam: infer L extends string } ? O | L : never) : never;
/** Makes the paging fields of a request body optional: the iterator sets them. */
type LoosenBody<Init, K extends PropertyKey> = Init extends { body: infer B } | { body?: infer B }
  ? Omit<Init, 'body'> & { body?: Omit<NonNullable<B>, K> & Partial<Pick<NonNullable<B>, K & keyof NonNullable<B>>> }
  : Init;
/** The init (params, body, headers) of the list operation at path `P`; paging fields are optional. */
export type PagedInit<Paths, Lists, P> = P extends keyof Paths
  ? LoosenBody<NonNullable<MaybeOptionalOptions<Paths[P], MethodOf<Lists, P> & keyof Paths[P]>>, PagingKeys<Lists, P>>
  : never;

/**
 * A typed client for one API: openapi-fetch's methods that throw instead of returning
 * `error`, plus async iterators over the list operations.
 */
export interface HwcloudClient<Paths extends Record<string, any>, Lists> {
  GET: HwcloudMethod<Paths, 'get'>;
  POST: HwcloudMethod<Paths, 'post'>;
  PUT: HwcloudMethod<Paths, 'put'>;
  DELETE: HwcloudMethod<Paths, 'delete'>;
  /**
   * Pages of a list operation, fetched one at a time as you iterate; the paging parameters
   * are set for you.
   */
  pages<P extends PagedPath<Lists>>(
    path: P,
    init?: PagedInit<Paths, Lists, P>,
    options?: PagingOptions,
  ): AsyncGenerator<Page<PagedItem<Paths, Lists, P>, PagedBody<Paths, Lists, P>>, void, undefined>;
  /** Items of a list operation, across pages. */
  items<P extends PagedPath<Lists>>(
    path: P,
    init?: PagedInit<Paths, Lists, P>,
    options?: PagingOptions,
  ): AsyncGenerator<PagedItem<Paths, Lists, P>, void, undefined>;
}
