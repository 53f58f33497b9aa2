// Routing a request at the HTTP level: the operation it is for, a known path asked with a
// method it does not take (405), or no operation at all. HEAD is answered as GET.

import { matchRoute, type Route, type RouteMatch } from './match-route.js';

/** What the router decided for a request. */
export type RouteDecision =
  | { readonly kind: 'matched'; readonly match: RouteMatch }
  /** The path is an operation's, the method is not: answer 405 with `Allow`. */
  | { readonly kind: 'method-not-allowed'; readonly route: Route; readonly allow: readonly string[] }
  | { readonly kind: 'unrouted' };

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/**
 * Routes a request with {@link matchRoute}: HEAD matches the GET operation of its path (the
 * adapter sends no body), and a path that only other methods serve is `method-not-allowed`,
 * with the methods that are (OPTIONS always is: the server answers CORS preflights).
 * @example routeRequest(routes, 'DELETE', 'http://127.0.0.1:4010/v1/usg/dcs/corp/admin') // method-not-allowed, allow GET, HEAD, OPTIONS
 */
export function routeRequest(routes: readonly Route[], method: string, url: string): RouteDecision {
  const upper = method.toUpperCase();
  const match = matchRoute(routes, upper === 'HEAD' ? 'GET' : upper, url);
  if (match) return { kind: 'matched', match };
  let route: Route | undefined;
  const allow: string[] = [];
  for (const other of METHODS) {
    const found = matchRoute(routes, other, url);
    if (!found) continue;
    route ??= found.route;
    allow.push(other);
    if (other === 'GET') allow.push('HEAD');
  }
  return route ? { kind: 'method-not-allowed', route, allow: [...allow, 'OPTIONS'] } : { kind: 'unrouted' };
}
