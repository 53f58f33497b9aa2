/** Request ids in the vendor's style: 32 lower-case hex characters. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * The request id to answer with: the caller's `X-Request-Id` when it is usable (1..64
 * characters), otherwise a new one.
 */
export function requestIdOf(request: { headers: { get(name: string): string | null } }): string {
  const sent = request.headers.get('x-request-id');
  return sent !== null && sent.length > 0 && sent.length <= 64 ? sent : newRequestId();
}
