// MSW handlers that match requests with the pipeline's route matcher, so that MSW and the
// standalone server decide alike which operation a request is for.

import { http, type DefaultBodyType, type HttpHandler, type HttpResponseResolver, type RequestHandlerOptions } from 'msw';
import { matchRoute, type Route } from '../pipeline/match-route.js';

type MswMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** What a route handler's resolver receives as `params`: the route's decoded path parameters. */
export type RouteParams = Record<string, string>;

/**
 * An MSW handler for one route: its predicate is {@link matchRoute}, which hands the decoded
 * path parameters to the resolver; `server.listHandlers()` shows the route's method and URL.
 * @example routeHandler(route, ({ request, params }) => toFetchResponse(...), { once: true })
 */
export function routeHandler(route: Route, resolver: HttpResponseResolver<RouteParams, DefaultBodyType, undefined>, options?: RequestHandlerOptions): HttpHandler {
  const only = [route];
  const handler = http[route.method.toLowerCase() as MswMethod]<RouteParams, DefaultBodyType, undefined>(
    ({ request }) => {
      const match = matchRoute(only, request.method, request.url);
      return match ? { matches: true, params: match.params as RouteParams } : false;
    },
    resolver,
    options,
  );
  handler.info.header = `${route.method} ${route.url}`;
  return handler;
}
