// The route matcher: the one place that decides which operation a request is for. The MSW
// handlers (as their request predicate) and the standalone server both use it.

import type { HttpMethod } from '@hwcloud-directory/protocol';
import { operations, type MockOperation, type OperationId } from '../generated/operations.js';

/** An operation with the compiled matcher of its base URL and path template. */
export interface Route {
  readonly operationId: OperationId;
  readonly operation: MockOperation;
  readonly method: HttpMethod;
  /** Base URL and path template, for people to read (e.g. `https://api.meeting.huaweicloud.com/v1/usg/dcs/corp/member/{account}`). */
  readonly url: string;
  /** Matches the URL without query and fragment, or only its path when `anyOrigin`. */
  readonly pattern: RegExp;
  /** The base URL is `*` or a path: the route answers on any origin and `pattern` matches the path. */
  readonly anyOrigin: boolean;
  /** Names of the path parameters, in the order `pattern` captures them. */
  readonly paramNames: readonly string[];
}

/** A matched route and its decoded path parameters. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: Readonly<Record<string, string>>;
}

/** The base URL of each API; `*` answers on any origin. */
export interface RouteBases {
  readonly meetingBaseUrl: string;
  readonly bssBaseUrl: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A base URL with `*` wildcards (any characters, as in MSW paths) as a pattern. */
const wildcardPattern = (text: string) => text.split('*').map(escapeRegExp).join('.*');

/**
 * How a route's base URL is matched: `*` any origin; a path (`/api`) that prefix on any origin;
 * otherwise a URL prefix, normalized as fetch normalizes request URLs (lower-case host, no
 * default port) unless it holds wildcards.
 */
function basePrefix(baseUrl: string): { anyOrigin: boolean; prefix: string } {
  if (baseUrl === '*' || baseUrl === '') return { anyOrigin: true, prefix: '' };
  if (baseUrl.startsWith('/')) return { anyOrigin: true, prefix: wildcardPattern(baseUrl) };
  if (baseUrl.includes('*')) return { anyOrigin: false, prefix: wildcardPattern(baseUrl) };
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`base URL ${JSON.stringify(baseUrl)} is not "*", a path or an absolute URL; pass e.g. "https://api.meeting.huaweicloud.com"`);
  }
  return { anyOrigin: false, prefix: escapeRegExp(url.href.replace(/\/$/, '')) };
}

/**
 * Compiles a route for every operation: its base URL (per API) and its path template, with
 * `{account}`-style parameters captured as one segment each. A trailing slash is allowed.
 * @example compileRoutes({ meetingBaseUrl: 'https://api.meeting.huaweicloud.com', bssBaseUrl: '*' })
 */
export function compileRoutes(bases: RouteBases): Route[] {
  return (Object.keys(operations) as OperationId[]).map((operationId) => {
    const operation: MockOperation = operations[operationId];
    const baseUrl = operation.api === 'bss' ? bases.bssBaseUrl : bases.meetingBaseUrl;
    const paramNames: string[] = [];
    const path = operation.path
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const param = /^\{([^}]+)\}$/.exec(part);
        if (!param) return escapeRegExp(part);
        paramNames.push(param[1] as string);
        return '([^/]+)';
      })
      .join('');
    const { anyOrigin, prefix } = basePrefix(baseUrl);
    return { operationId, operation, method: operation.method, url: `${baseUrl}${operation.path}`, pattern: new RegExp(`^${prefix}${path}/?$`), anyOrigin, paramNames };
  });
}

/** The URL without query and fragment. */
function withoutQuery(url: string): string {
  const query = url.indexOf('?');
  const hash = url.indexOf('#');
  const end = query === -1 ? hash : hash === -1 ? query : Math.min(query, hash);
  return end === -1 ? url : url.slice(0, end);
}

/** The path of an absolute URL (a path stays as it is). */
function pathOf(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme === -1) return url;
  const slash = url.indexOf('/', scheme + 3);
  return slash === -1 ? '/' : url.slice(slash);
}

/**
 * The first route that matches a method and URL, with its path parameters decoded; undefined
 * when none does. Paths match case-sensitively.
 * @param url absolute URL (query and fragment are ignored)
 */
export function matchRoute(routes: readonly Route[], method: string, url: string): RouteMatch | undefined {
  const upper = method.toUpperCase();
  const href = withoutQuery(url);
  let path: string | undefined;
  for (const route of routes) {
    if (route.method !== upper) continue;
    const match = route.pattern.exec(route.anyOrigin ? (path ??= pathOf(href)) : href);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      const raw = match[i + 1] as string;
      try {
        params[name] = decodeURIComponent(raw);
      } catch {
        params[name] = raw;
      }
    });
    return { route, params };
  }
  return undefined;
}
