// MSW handlers that match requests with the pipeline's route matcher, so that MSW and the
// standalone server decide alike which operation a request is for.

import { http, type DefaultBodyType, type HttpHandler, type HttpResponseResolver, type RequestHandlerOptions } from 'msw';
import { matchRoute, type Route, type RouteMatch } from '../pipeline/match-route.js';

/** What a route handler's resolver receives as `params`: the route's decoded path parameters. */
export type RouteParams = Record<string, string>;

/** MSW's resolver arguments plus the route the request matched. */
export type RouteResolver = (info: Parameters<HttpResponseResolver<RouteParams, DefaultBodyType, undefined>>[0] & { route: Route }) => ReturnType<HttpResponseResolver<RouteParams, DefaultBodyType, undefined>>;

/**
 * One MSW handler for a set of routes: its predicate is {@link matchRoute} over all of them, and
 * the resolver receives the matched route and its decoded path parameters. MSW parses a request
 * (URL, cookies) once per handler it tries, so one handler for every route costs a single parse
 * where a handler per route costs one per route listed before the match.
 * `server.listHandlers()` shows each route's method and URL.
 * @example routeHandler(pipeline.routes, ({ request, route, params }) => ..., { once: true })
 */
export function routeHandler(routes: readonly Route[], resolver: RouteResolver, options?: RequestHandlerOptions): HttpHandler {
  // The predicate and the resolver receive the same Request: the match travels between them here.
  const matches = new WeakMap<Request, RouteMatch>();
  const handler = http.all<RouteParams, DefaultBodyType, undefined>(
    ({ request }) => {
      const match = matchRoute(routes, request.method, request.url);
      if (!match) return false;
      matches.set(request, match);
      return { matches: true, params: match.params as RouteParams };
    },
    (info) => resolver({ ...info, route: (matches.get(info.request) as RouteMatch).route }),
    options,
  );
  handler.info.header = routes.map((route) => `${route.method} ${route.url}`).join(', ');
  return handler;
}
