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

/** One operation in the generated operations table. */
export interface OperationInfo {
  readonly operationId: string;
  /** The operation's security schemes; absent when they are the API's default (`defaultSecurity` of the table's module). */
  readonly security?: readonly string[];
  /** True when the operation answers in the legacy `returnCode` envelope. */
  readonly envelope?: boolean;
  /** The operation's paging rule, with the largest page size its spec allows. */
  readonly paging?: PagingSpec & { readonly maximum?: number };
}

/** The generated operations table: path, then upper-case method, to what the client needs at run time. */
export type OperationTable = Readonly<Record<string, Readonly<Partial<Record<string, OperationInfo>>>>>;

/** The method (upper case) of the paged operation at path `P`. */
type PagedMethod<Ops, P> = P extends keyof Ops ? { [M in keyof Ops[P]]: Ops[P][M] extends { paging: object } ? M : never }[keyof Ops[P]] : never;
/** Paths of the list operations (those with a paging rule). */
export type PagedPath<Ops> = { [P in keyof Ops]: [PagedMethod<Ops, P>] extends [never] ? never : P }[keyof Ops];
type MethodOfPath<Ops, P> = Lowercase<PagedMethod<Ops, P> & string> & HttpMethod;
/** The paging rule of the list operation at path `P`. */
type PagingOf<Ops, P> = P extends keyof Ops ? (Ops[P][PagedMethod<Ops, P> & keyof Ops[P]] extends { paging: infer R } ? R : never) : never;

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
export type PagedBody<Paths, Ops, P> = P extends keyof Paths
  ? OkBody<Paths[P][MethodOfPath<Ops, P> & keyof Paths[P]]>
  : never;
/** Item type of the list operation at path `P`, read through its `itemsPath`. */
export type PagedItem<Paths, Ops, P> =
  PagingOf<Ops, P> extends { itemsPath: infer I extends string }
    ? NonNullable<Get<PagedBody<Paths, Ops, P>, I>> extends readonly (infer Item)[]
      ? Item
      : unknown
    : unknown;
type PagingKeys<Ops, P> = PagingOf<Ops, P> extends { offsetParam: infer O extends string; limitParam: infer L extends string } ? O | L : never;
/** Makes the paging fields of a request body optional: the iterator sets them. */
type LoosenBody<Init, K extends PropertyKey> = Init extends { body: infer B } | { body?: infer B }
  ? Omit<Init, 'body'> & { body?: Omit<NonNullable<B>, K> & Partial<Pick<NonNullable<B>, K & keyof NonNullable<B>>> }
  : Init;
/** The init (params, body, headers) of the list operation at path `P`; paging fields are optional. */
export type PagedInit<Paths, Ops, P> = P extends keyof Paths
  ? LoosenBody<NonNullable<MaybeOptionalOptions<Paths[P], MethodOfPath<Ops, P> & keyof Paths[P]>>, PagingKeys<Ops, P>>
  : never;

/**
 * A typed client for one API: openapi-fetch's methods that throw instead of returning
 * `error`, plus async iterators over the list operations.
 */
export interface HwcloudClient<Paths extends Record<string, any>, Ops> {
  GET: HwcloudMethod<Paths, 'get'>;
  POST: HwcloudMethod<Paths, 'post'>;
  /**
   * Pages of a list operation, fetched one at a time as you iterate; the paging parameters
   * are set for you.
   */
  pages<P extends PagedPath<Ops>>(
    path: P,
    init?: PagedInit<Paths, Ops, P>,
    options?: PagingOptions,
  ): AsyncGenerator<Page<PagedItem<Paths, Ops, P>, PagedBody<Paths, Ops, P>>, void, undefined>;
  /** Items of a list operation, across pages. */
  items<P extends PagedPath<Ops>>(
    path: P,
    init?: PagedInit<Paths, Ops, P>,
    options?: PagingOptions,
  ): AsyncGenerator<PagedItem<Paths, Ops, P>, void, undefined>;
}
