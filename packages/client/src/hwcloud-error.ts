// The one error type every failure of the client is thrown as.

/**
 * What went wrong:
 * - `http`: the server answered with an error status (4xx/5xx);
 * - `vendor`: HTTP 200 but the legacy envelope's `returnCode` is not `"000000000"`;
 * - `network`: no response (connection refused or reset, DNS failure, ...);
 * - `timeout`: no response within the configured timeout;
 * - `aborted`: the caller's AbortSignal fired;
 * - `unparsable-body`: a response body that should be JSON is not (HTML error page, truncated
 *   JSON); its `cause` is a SyntaxError that quotes none of the body;
 * - `invalid-response`: a success response that breaks the operation's contract: an empty body,
 *   `null` or not a JSON object, a list whose items are not an array, or paging that makes no
 *   progress (a page identical to the one before it, although the total is not reached);
 * - `invalid-argument`: the call was refused before anything was sent (a page size out of range,
 *   paging over an operation that is not a list).
 */
export type HwcloudErrorKind =
  | 'http'
  | 'vendor'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unparsable-body'
  | 'invalid-response'
  | 'invalid-argument';

/** Fields of a {@link HwcloudError}. */
export interface HwcloudErrorInit {
  kind: HwcloudErrorKind;
  /** operationId from the spec (for example `searchCorpExternalDir`), or `METHOD /path` when unknown. */
  operation: string;
  message: string;
  status?: number | undefined;
  /** Vendor error code: `USG.*` (Meeting), `CBC.*` (BSS) or the legacy `returnCode`. */
  code?: string | undefined;
  /** The vendor's request id, else the `X-Request-Id` the client sent. */
  requestId?: string | undefined;
  cause?: unknown;
}

/**
 * A failed call. Its message names the operation, the status and vendor code, the vendor's
 * message and the request id to quote to support. The client redacts every live secret (token,
 * password, app key, secret key; raw, base64 or URL-encoded) from its message, its every
 * string field, its stack and its `cause` chain (see `redaction.ts`).
 *
 * @example
 * try { await meeting.GET('/v1/usg/dcs/corp/member/{account}', { params: { path: { account } } }) }
 * catch (error) { if (error instanceof HwcloudError && error.code === 'USG.201040000') notFound() }
 */
export class HwcloudError extends Error {
  override readonly name = 'HwcloudError';
  // Declared in this order so that they enumerate (and serialize) in it; set from the init.
  readonly kind!: HwcloudErrorKind;
  readonly operation!: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly requestId: string | undefined;

  constructor({ message, cause, ...fields }: HwcloudErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, fields);
  }

  /** True for failures worth retrying later: network, timeout, 429 and 5xx. */
  get transient(): boolean {
    const status = this.status ?? 0;
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (status === 429 || status >= 500));
  }

  /** Plain-object form for structured logs: the fields and the message (no cause, no secrets). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message };
  }
}
