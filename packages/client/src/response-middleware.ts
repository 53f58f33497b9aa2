// openapi-fetch middleware that stamps X-Request-Id on every request and throws a
// HwcloudError for every failed response, so callers never check `error`.

import type { Middleware } from 'openapi-fetch';
import { contextOf, type RequestContext } from './request-context.js';
import { errorFromResponse, toHwcloudError } from './response-errors.js';
import { isLegacyFailure } from './vendor-error-body.js';

/**
 * Builds the middleware. Responses of operations that answer in the legacy envelope are
 * read even on HTTP 200, since a `returnCode` other than `"000000000"` is a failure.
 */
export function responseMiddleware(secrets: Iterable<string | undefined>): Middleware {
  return {
    onRequest({ request }) {
      const { headers } = request;
      const id = headers.get('X-Request-Id') ?? crypto.randomUUID();
      headers.set('X-Request-Id', id);
      const context = contextOf(request);
      if (context) context.requestId = id;
      return undefined;
    },
    onResponse({ request, response, schemaPath }) {
      const context = contextOf(request) ?? { operation: `${request.method} ${schemaPath}` };
      context.status = response.status;
      return response.ok && !context.info?.envelope ? undefined : check(response, context);
    },
  };

  /** Reads a failed response, or an envelope response, and throws when it reports a failure. */
  async function check(response: Response, context: RequestContext): Promise<Response> {
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch (error) {
      if (response.ok) throw toHwcloudError(error, context, secrets);
    }
    if (!response.ok || isLegacyFailure(body)) throw errorFromResponse(response, body, context, secrets);
    return new Response(text, response);
  }
}
