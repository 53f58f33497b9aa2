// CORS for local frontends calling the standalone server.

import type { IncomingMessage } from 'node:http';

/** CORS headers for local frontends: any origin, the request headers they ask for, X-Request-Id and Preference-Applied exposed. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return {
    'access-control-allow-origin': typeof origin === 'string' ? origin : '*',
    'access-control-expose-headers': 'X-Request-Id, Preference-Applied',
    vary: 'Origin',
  };
}

/** Headers answering a CORS preflight (OPTIONS) request. */
export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = req.headers['access-control-request-headers'];
  return {
    ...corsHeaders(req),
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, PATCH, OPTIONS',
    'access-control-allow-headers': typeof requested === 'string' ? requested : 'Content-Type, X-Access-Token, X-Auth-Token, Authorization, X-Request-Id, X-Sdk-Date, X-Token-Type, Accept-Language, Prefer',
    'access-control-max-age': '600',
  };
}
