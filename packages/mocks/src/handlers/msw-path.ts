import type { OperationDescription } from '../spec/operation-description.js';
import type { MockRuntime } from './runtime.js';

type MswMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/**
 * The MSW method and path of an operation, on its API's base URL in a runtime: the OpenAPI
 * path template with `{account}` turned into `:account`.
 */
export function mswRoute(runtime: Pick<MockRuntime, 'meetingBaseUrl' | 'bssBaseUrl'>, operation: OperationDescription): { method: MswMethod; path: string } {
  const baseUrl = operation.api === 'bss' ? runtime.bssBaseUrl : runtime.meetingBaseUrl;
  return { method: operation.method.toLowerCase() as MswMethod, path: `${baseUrl}${operation.path.replace(/\{([^}]+)\}/g, ':$1')}` };
}
