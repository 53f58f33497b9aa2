// Turning failed responses and thrown failures into HwcloudError.

import { HwcloudError, redactSecrets, type HwcloudErrorKind } from './hwcloud-error.js';
import type { RequestContext } from './request-context.js';
import { readVendorError } from './vendor-error-body.js';

/** Known vendor codes and what the caller can do about them. */
const HINTS: Record<string, string> = {
  'USG.000000004': 'the access token is invalid or expired; check the credentials the client logs in with',
  'USG.201040000': 'the user does not exist',
  'CBC.0100': 'a parameter is invalid; check the query against the operation reference',
  'CBC.0151': 'access denied; only an enterprise master account may call this operation',
};

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
  const vendor = readVendorError(body);
  const requestId = vendor.requestId ?? response.headers.get('X-Request-Id') ?? context.requestId;
  const kind: HwcloudErrorKind = response.ok ? 'vendor' : 'http';
  const parts = [`${context.operation} failed: HTTP ${response.status}`];
  if (vendor.code) parts.push(vendor.code);
  let message = parts.join(' ');
  if (vendor.message) message += ` ${vendor.message}`;
  else if (body === undefined) message += ` with a ${response.headers.get('Content-Type') ?? 'non-JSON'} body`;
  const hint = vendor.code ? HINTS[vendor.code] : undefined;
  if (hint) message += ` (${hint})`;
  if (requestId) message += ` [request id ${requestId}]`;
  return new HwcloudError({
    kind,
    operation: context.operation,
    status: response.status,
    code: vendor.code,
    requestId,
    message: redactSecrets(message, secrets),
  });
}

/** The error for a body that should be JSON and is not (truncated JSON, HTML error page). */
export function unparsableBodyError(context: RequestContext, cause: unknown): HwcloudError {
  const status = context.status === undefined ? '' : ` (HTTP ${context.status})`;
  const id = context.requestId ? ` [request id ${context.requestId}]` : '';
  return new HwcloudError({
    kind: 'unparsable-body',
    operation: context.operation,
    status: context.status,
    requestId: context.requestId,
    message: `${context.operation} failed: the response body${status} is not valid JSON; the server or a proxy sent a truncated or non-JSON answer${id}`,
    cause,
  });
}

/**
 * Converts whatever a call threw into a HwcloudError: network failures, timeouts, caller
 * aborts and JSON parse errors. A HwcloudError passes through unchanged.
 */
export function toHwcloudError(
  error: unknown,
  context: RequestContext,
  callerSignal: AbortSignal | undefined,
  secrets: Iterable<string | undefined>,
): HwcloudError {
  if (error instanceof HwcloudError) return error;
  if (error instanceof SyntaxError) return unparsableBodyError(context, error);
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const id = context.requestId ? ` [request id ${context.requestId}]` : '';
  if (callerSignal?.aborted || name === 'AbortError') {
    return new HwcloudError({ kind: 'aborted', operation: context.operation, requestId: context.requestId, message: `${context.operation} was aborted by the caller${id}`, cause: error });
  }
  if (name === 'TimeoutError') {
    return new HwcloudError({ kind: 'timeout', operation: context.operation, requestId: context.requestId, message: `${context.operation} failed: ${redactSecrets(describe(error), secrets)}; raise timeoutMs or retry later${id}`, cause: error });
  }
  return new HwcloudError({
    kind: 'network',
    operation: context.operation,
    requestId: context.requestId,
    message: `${context.operation} failed: no response (${redactSecrets(describe(error), secrets)}); check the network and baseUrl${id}`,
    cause: error,
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return String(error);
  const cause = (error as Error).cause;
  const detail = cause instanceof Error ? (('code' in cause && typeof cause.code === 'string' ? cause.code : cause.message)) : undefined;
  return detail ? `${error.message}: ${detail}` : error.message;
}
