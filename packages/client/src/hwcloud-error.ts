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
 * - `invalid-response`: a success response that breaks the operation's contract: an empty body
 *   from a GET or a login, `null` or not a JSON object or array, a page whose items are not an
 *   array, or paging that makes no progress (a page identical to the one before it, although the
 *   total is not reached);
 * - `invalid-argument`: the call was refused before anything was sent (a page size that is not
 *   an integer >= 1 or is above the operation's documented maximum).
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
  /**
   * The operation: its method and path template, as the spec names the path (for example
   * `GET /v1/usg/abs/external-contacts`; operationIds are not shipped, to keep apps small).
   */
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
  // Set from the init, in its order: the client's errors enumerate (and serialize) in this one.
  declare readonly kind: HwcloudErrorKind;
  declare readonly operation: string;
  declare readonly status: number | undefined;
  declare readonly code: string | undefined;
  declare readonly requestId: string | undefined;

  constructor({ message, cause, ...fields }: HwcloudErrorInit) {
    super(message, { cause });
    Object.assign(this, fields);
  }

  /** True for failures worth retrying later: network, timeout, 429 and 5xx. */
  get transient(): boolean {
    const { kind, status = 0 } = this;
    return kind === 'network' || kind === 'timeout' || (kind === 'http' && (status === 429 || status >= 500));
  }

  /** Plain-object form for structured logs: the fields and the message (no cause, no secrets). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message };
  }
}
