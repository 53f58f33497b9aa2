// Per-call facts: what the client knows about a call while it runs, for its errors.

/** What a call has learned so far. */
export interface RequestContext {
  /** `METHOD /path-template`, as errors name the operation. */
  operation: string;
  requestId?: string | undefined;
  status?: number | undefined;
  /** The caller's AbortSignal, when the call was given one. */
  signal?: AbortSignal | undefined;
}
