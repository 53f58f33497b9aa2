// Turning failed responses and thrown failures into HwcloudError.

import { HwcloudError, redactSecrets, type HwcloudErrorKind } from './hwcloud-error.js';
import type { RequestContext } from './request-context.js';
import { readVendorError } from './vendor-error-body.js';

/** What the caller can do, by kind of failure. */
const ADVICE: Record<HwcloudErrorKind, string> = {
  http: 'check the request parameters',
  vendor: 'check the request parameters and credentials',
  network: 'check the network and baseUrl; retry later',
  timeout: 'raise timeoutMs or retry later',
  aborted: 'the caller aborted it',
  'unparsable-body': 'a server or proxy sent a truncated or non-JSON body; retry later',
};

function create(
  kind: HwcloudErrorKind,
  context: RequestContext,
  what: string,
  secrets: Iterable<string | undefined>,
  extra: { status?: number | undefined; code?: string | undefined; requestId?: string | undefined; cause?: unknown } = {},
): HwcloudError {
  const requestId = extra.requestId ?? context.requestId;
  const status = extra.status ?? 0;
  const advice =
    status === 429 || status >= 500
      ? 'retry later'
      : status === 401 || status === 403
        ? 'check the credentials and their permissions'
        : ADVICE[kind];
  const message = `${context.operation} failed: ${what} (${advice})${requestId ? ` [request id ${requestId}]` : ''}`;
  return new HwcloudError({
    kind,
    operation: context.operation,
    status: extra.status ?? context.status,
    code: extra.code,
    requestId,
    message: redactSecrets(message, secrets),
    cause: extra.cause,
  });
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
  const { code, message, requestId } = readVendorError(body);
  const detail =
    message ?? (body === undefined ? `a ${response.headers.get('Content-Type') ?? 'non-JSON'} body` : 'no error message');
  return create(response.ok ? 'vendor' : 'http', context, `HTTP ${response.status}${code ? ` ${code}` : ''} ${detail}`, secrets, {
    status: response.status,
    code,
    requestId: requestId ?? response.headers.get('X-Request-Id') ?? undefined,
  });
}

/**
 * Converts whatever a call threw into a HwcloudError: network failures, timeouts, caller
 * aborts and unparsable bodies. A HwcloudError passes through unchanged.
 */
export function toHwcloudError(error: unknown, context: RequestContext, secrets: Iterable<string | undefined>): HwcloudError {
  if (error instanceof HwcloudError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const kind: HwcloudErrorKind =
    error instanceof SyntaxError
      ? 'unparsable-body'
      : context.signal?.aborted || name === 'AbortError'
        ? 'aborted'
        : name === 'TimeoutError'
          ? 'timeout'
          : 'network';
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail = typeof cause?.code === 'string' ? cause.code : cause?.message;
  const what =
    kind === 'unparsable-body'
      ? `HTTP ${context.status} body is not valid JSON`
      : `${(error as Error)?.message ?? String(error)}${detail ? `: ${detail}` : ''}`;
  return create(kind, context, what, secrets, { cause: error });
}
