// Turning failed responses and thrown failures into HwcloudError.

import { readVendorError } from '@hwcloud-directory/protocol';
import { HwcloudError, redactSecrets, type HwcloudErrorInit, type HwcloudErrorKind } from './hwcloud-error.js';
import type { RequestContext } from './request-context.js';

/** What the caller can do about a failure of `kind` with HTTP `status`. */
function advice(kind: HwcloudErrorKind, status: number | undefined): string {
  if (kind === 'network') return 'check the network and baseUrl; retry later';
  if (kind === 'timeout') return 'raise timeoutMs or retry later';
  if (kind === 'aborted') return 'aborted by the caller';
  if (kind === 'unparsable-body' || status === 429 || status! >= 500) return 'retry later';
  if (status === 401 || status === 403) return 'check the credentials and their permissions';
  return kind === 'vendor' ? 'check the request parameters and credentials' : 'check the request parameters';
}

/**
 * The error for `context`'s call: its message is `<operation> failed: <what> (<advice>)
 * [request id <id>]`, with every secret redacted.
 */
function create(
  fields: Omit<HwcloudErrorInit, 'operation' | 'message'>,
  context: RequestContext,
  what: string,
  secrets: Iterable<string | undefined>,
): HwcloudError {
  const { operation } = context;
  const { requestId } = fields;
  const message = `${operation} failed: ${what} (${advice(fields.kind, fields.status)})${requestId ? ` [request id ${requestId}]` : ''}`;
  return new HwcloudError({ ...fields, operation, message: redactSecrets(message, secrets) });
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
  const kind = response.ok ? 'vendor' : 'http';
  const id = requestId ?? headers.get('X-Request-Id') ?? context.requestId;
  return create({ kind, status, code, requestId: id }, context, `HTTP ${status}${code ? ` ${code}` : ''} ${detail}`, secrets);
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
  return create({ kind, status: context.status, requestId: context.requestId, cause: error }, context, what, secrets);
}
