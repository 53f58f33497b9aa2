// Request ids in the vendor's style, echoed or generated.

import { toHex } from '@hwcloud-directory/protocol';

const prefix = toHex(crypto.getRandomValues(new Uint8Array(8)));
let counter = 0;

/**
 * A new request id: 32 lower-case hex characters, unique per process (a random prefix and a
 * counter; cheaper than a UUID per request, and ids need not be secret).
 */
export function newRequestId(): string {
  counter = (counter + 1) % 0x1_0000_0000_0000;
  return prefix + counter.toString(16).padStart(16, '0');
}

/**
 * The request id to answer with: the caller's `X-Request-Id` when it is usable (1..64 visible
 * ASCII characters, safe to echo in a header and a body), otherwise a new one.
 */
export function requestIdOf(request: { headers: { get(name: string): string | null } }): string {
  const sent = request.headers.get('x-request-id');
  return sent !== null && /^[\x21-\x7e]{1,64}$/.test(sent) ? sent : newRequestId();
}
