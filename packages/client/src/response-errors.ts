// Turning failed responses and thrown failures into HwcloudError.

import { HwcloudError, redactSecrets, type HwcloudErrorKind } from './hwcloud-error.js';
import type { RequestContext } from './request-context.js';
import { readVendorError } from './vendor-error-body.js';

/** What the caller can do, by kind of failure (429, 5xx, 401 and 403 have their own). */
const ADVICE: Record<HwcloudErrorKind, string> = {
  http: 'check the request parameters',
  vendor: 'check the request parameters and credentials',
  network: 'check the network and baseUrl; retry later',
  timeout: 'raise timeoutMs or retry later',
  aborted: 'aborted by the caller',
  'unparsable-body': 'retry later',
};

/**
 * The error for `context`'s call: its message is `<operation> failed: <what> (<advice>)
 * [request id <id>]`, with every secret redacted.
 */
function create(
  kind: HwcloudErrorKind,
  context: RequestContext,
  what: string,
  secrets: Iterable<string | undefined>,
  status = context.status,
  code?: string,
  requestId = context.requestId,
  cause?: unknown,
): HwcloudError {
  const advice =
    kind !== 'http'
      ? ADVICE[kind]
      : status === 429 || status! >= 500
        ? 'retry later'
        : status === 401 || status === 403
          ? 'check the credentials and their permissions'
          : ADVICE.http;
  const message = `${context.operation} failed: ${what} (${advice})${requestId ? ` [request id ${requestId}]` : ''}`;
  const { operation } = context;
  return new HwcloudError({ kind, operation, status, code, requestId, message: redactSecrets(message, secrets), cause });
}

/**
 * The error for a response that failed: an HTTP error status, or HTTP 200 with a legacy
 * envelope reporting failure. `body` is the parsed body, or `undefined` when not JSON.
 */
export function errorFromResponse(
  response: Response,
  body: unknown,
  context: RequestContext,
  secrets: Iterable<string | undefined>,
): HwcloudError {
  const { status, headers } = response;
  const { code, message, requestId } = readVendorError(body);
  const detail = message ?? (body === undefined ? `a ${headers.get('Content-Type') ?? 'non-JSON'} body` : 'no error message');
  const what = `HTTP ${status}${code ? ` ${code}` : ''} ${detail}`;
  return create(response.ok ? 'vendor' : 'http', context, what, secrets, status, code, requestId ?? headers.get('X-Request-Id') ?? context.requestId);
}

/**
 * Converts whatever a call threw into a HwcloudError: network failures, timeouts, caller
 * aborts and unparsable bodies. A HwcloudError passes through unchanged.
 */
export function toHwcloudError(error: unknown, context: RequestContext, secrets: Iterable<string | undefined>): HwcloudError {
  if (error instanceof HwcloudError) return error;
  const { name, message, cause } = (error ?? {}) as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const kind: HwcloudErrorKind =
    error instanceof SyntaxError
      ? 'unparsable-body'
      : context.signal?.aborted || name === 'AbortError'
        ? 'aborted'
        : name === 'TimeoutError'
          ? 'timeout'
          : 'network';
  const detail = typeof cause?.code === 'string' ? cause.code : cause?.message;
  const what =
    kind === 'unparsable-body'
      ? `HTTP ${context.status} body is not valid JSON (truncated or an error page)`
      : `${message ?? String(error)}${detail ? `: ${detail}` : ''}`;
  return create(kind, context, what, secrets, undefined, undefined, undefined, error);
}
