// Per-call facts: what the client knows about a call while it runs, for its errors.

/** What a call has learned so far. */
export interface RequestContext {
  /** operationId, or `METHOD /path` when the spec does not know the call. */
  operation: string;
  requestId?: string | undefined;
  status?: number | undefined;
  /** The caller's AbortSignal, when the call was given one. */
  signal?: AbortSignal | undefined;
}
