// Turning failed responses and thrown failures into HwcloudError, with every field redacted.

import { readVendorError } from '@hwcloud-directory/protocol';
import { HwcloudError, type HwcloudErrorInit, type HwcloudErrorKind } from './hwcloud-error.js';
import { scrubbed, type Redact } from './redaction.js';
import type { RequestContext } from './request-context.js';

/** What the caller can do about a failure of `kind` with HTTP `status`. */
function advice(kind: HwcloudErrorKind, status = 0): string {
  return kind === 'timeout'
    ? 'raise timeoutMs or retry later'
    : kind === 'aborted'
      ? 'aborted by the caller'
      : kind === 'invalid-response'
        ? 'report it to the vendor'
        : kind === 'network' || kind === 'unparsable-body' || status === 429 || status >= 500
          ? 'retry later'
          : status === 401 || status === 403
            ? 'check the credentials'
            : 'check the request parameters';
}

/**
 * The error for `context`'s call: its kind, operation, status and request id (from `context`),
 * vendor `code` and `cause`; its message is `<operation> failed: <what> (<advice>) [request id
 * <id>]`. Every string field (message, code, request id) goes through `redact`; a cause must be
 * safe already (see {@link scrubbed}).
 *
 * @example
 * throw create('invalid-argument', { operation: 'searchCorpAdmins' }, 'pageSize must be >= 1, got 0');
 */
export function create(kind: HwcloudErrorKind, context: RequestContext, what: string, redact: Redact = String, code?: string, cause?: unknown): HwcloudError {
  const { operation, status, requestId } = context;
  const init: Record<string, unknown> = {
    kind,
    operation,
    status,
    code,
    requestId,
    cause,
    message: `${operation} failed: ${what} (${advice(kind, status)})${requestId ? ` [request id ${requestId}]` : ''}`,
  };
  for (const key in init) if (typeof init[key] === 'string') init[key] = redact(init[key]);
  return new HwcloudError(init as unknown as HwcloudErrorInit);
}

/**
 * The error for a response that failed: an HTTP error status, or HTTP 200 with a legacy
 * envelope reporting failure. `body` is the parsed body, or `undefined` when not JSON. With
 * `problem`, the response succeeded but broke the operation's contract (`invalid-response`).
 * The vendor's request id, else the response's `X-Request-Id`, becomes `context`'s.
 */
export function errorFromResponse(response: Response, body: unknown, context: RequestContext, redact: Redact, problem?: string): HwcloudError {
  const { status, headers } = response;
  const { code, message, requestId } = readVendorError(body);
  const detail = problem ?? message ?? (body === undefined ? `a ${headers.get('Content-Type') ?? 'non-JSON'} body` : 'no error message');
  context.requestId = requestId ?? headers.get('X-Request-Id') ?? context.requestId;
  return create(problem ? 'invalid-response' : response.ok ? 'vendor' : 'http', context, `HTTP ${status}${code ? ` ${code}` : ''} ${detail}`, redact, code);
}

/**
 * Converts whatever a call threw into a HwcloudError: network failures, timeouts, caller
 * aborts and unparsable bodies. A HwcloudError passes through unchanged. The cause of an
 * unparsable body is a SyntaxError of our own: JSON.parse's quotes the body, which may hold a
 * secret the client does not know yet (the token of a login response).
 */
export function toHwcloudError(error: unknown, context: RequestContext, redact: Redact = String): HwcloudError {
  if (error instanceof HwcloudError) return error;
  if (error instanceof SyntaxError) {
    const what = `HTTP ${context.status} body is not valid JSON`;
    return create('unparsable-body', context, what, redact, undefined, new SyntaxError(what));
  }
  const { name, message = String(error), cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: unknown; message?: unknown } };
  // The platform's fetch names the reason in its cause: ECONNRESET, ENOTFOUND, ...
  const detail = cause?.code ?? cause?.message;
  return create(
    context.signal?.aborted || name === 'AbortError' ? 'aborted' : name === 'TimeoutError' ? 'timeout' : 'network',
    context,
    detail ? `${message}: ${detail}` : message,
    redact,
    undefined,
    scrubbed(error, redact),
  );
}
