import { operations, type OperationId } from '../generated/operations.js';
import type { OperationDescription } from '../spec/operation-description.js';

/** An operation with a compiled matcher for its path template. */
export interface Route {
  id: OperationId;
  operation: OperationDescription;
  pattern: RegExp;
  paramNames: string[];
}

/** Compiles every operation's path template (`{account}` becomes a captured segment). */
export function buildRoutes(): Route[] {
  return (Object.keys(operations) as OperationId[]).map((id) => {
    const operation: OperationDescription = operations[id];
    const paramNames: string[] = [];
    const source = operation.path
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const param = /^\{([^}]+)\}$/.exec(part);
        if (!param) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        paramNames.push(param[1] as string);
        return '([^/]+)';
      })
      .join('');
    return { id, operation, pattern: new RegExp(`^${source}/?$`), paramNames };
  });
}

/** The route and decoded path parameters for a method and pathname, or undefined. */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.operation.method !== method) continue;
    const match = route.pattern.exec(pathname);
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
