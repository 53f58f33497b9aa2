// Per-call facts shared by the client's middleware and its error handling.
//
// openapi-fetch copies every unknown key of a call's init onto its Request object, so the
// context travels with the request through the middleware without a global map.

import type { OperationInfo } from './typed-client.js';

/** What a call has learned so far. */
export interface RequestContext {
  /** operationId, or `METHOD /path` when the spec does not know the call. */
  operation: string;
  /** The operation's entry in the generated table, when the spec knows the call. */
  info?: OperationInfo | undefined;
  requestId?: string | undefined;
  status?: number | undefined;
  /** The caller's AbortSignal, when the call was given one. */
  signal?: AbortSignal | undefined;
  /** The access token the auth middleware sent, and how (for the renew-and-resend on 401). */
  sent?: { token: string; scheme: string; replay: Request | undefined } | undefined;
}

/** The init key under which the context rides along. */
export const CONTEXT_KEY = 'hwcloudContext';

/** The context of a request, if the client created it. */
export function contextOf(request: Request): RequestContext | undefined {
  return (request as unknown as Record<string, RequestContext | undefined>)[CONTEXT_KEY];
}
