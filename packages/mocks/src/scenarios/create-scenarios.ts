import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { getAtPath, setAtPath } from '../behaviour/paging.js';
import { operations, type OperationId } from '../generated/operations.js';
import { handlers as defaultHandlers, implementations, type MockHandlers } from '../handlers/create-handlers.js';
import { errorAnswer, handleOperation } from '../handlers/handle-operation.js';
import { jsonAnswer, toResponse } from '../handlers/mock-answer.js';
import { errorBody } from '../handlers/error-body.js';
import { fromFetchRequest } from '../handlers/mock-request.js';
import { mswRoute } from '../handlers/msw-path.js';
import { requestIdOf } from '../handlers/request-id.js';
import { codeOfStatus } from '../handlers/vendor-codes.js';
import type { OperationDescription } from '../spec/operation-description.js';

type Operations = typeof operations;

/** The error statuses an operation documents. */
export type ErrorStatus<Id extends OperationId> = Exclude<Operations[Id]['statuses'][number], 200>;

/** Operations that page (have x-paging), which `empty()` applies to. */
export type PagedOperationId = { [Id in OperationId]: Operations[Id]['paging'] extends null ? never : Id }[OperationId];

/** Operations that answer in the legacy returnCode envelope, which `envelopeError()` applies to. */
export type EnvelopeOperationId = { [Id in OperationId]: Operations[Id]['family'] extends 'legacy' ? Id : never }[OperationId];

/** Options shared by every scenario. */
export interface ScenarioOptions {
  /** Apply to the next matching request only. */
  once?: boolean;
}

/** Options of `error()`. */
export interface ErrorScenarioOptions<Id extends OperationId> extends ScenarioOptions {
  /** HTTP status, one the operation documents. */
  status: ErrorStatus<Id>;
  /** Vendor code; default: the spec's code for that status (e.g. USG.000000099 for 500). */
  code?: string;
  /** Error message; default: a description of the forced error. */
  message?: string;
}

/** Scenario controls of one operation; each returns an MSW handler for `server.use(...)`. */
export interface OperationScenarios<Id extends OperationId> {
  /** Answer with the operation family's error body and a documented status. */
  error(options: ErrorScenarioOptions<Id>): HttpHandler;
  /** Wait `ms` milliseconds, then answer as usual. */
  latency(ms: number, options?: ScenarioOptions): HttpHandler;
  /** Fail at the network level (fetch rejects with a TypeError). */
  networkError(options?: ScenarioOptions): HttpHandler;
  /** Answer as usual, but with no records: an empty page with a total of 0. */
  empty: Id extends PagedOperationId ? (options?: ScenarioOptions) => HttpHandler : never;
  /**
   * Legacy envelope only: a failure answered with HTTP 200, `returnCode` other than
   * "000000000" and `data: null`, as the older REST API does.
   */
  envelopeError: Id extends EnvelopeOperationId ? (options: { code: string; message?: string } & ScenarioOptions) => HttpHandler : never;
}

/** Scenario controls for every operation, typed per operation. */
export type Scenarios = { [Id in OperationId]: OperationScenarios<Id> };

function scenariosFor<Id extends OperationId>(id: Id, mock: MockHandlers): OperationScenarios<Id> {
  const operation: OperationDescription = operations[id];
  const { runtime } = mock;
  const { method, path } = mswRoute(runtime, operation);
  const api = operation.api;
  const scenario = {
    error: ({ status, code, message, once }: ErrorScenarioOptions<Id>) =>
      http[method](
        path,
        ({ request }) => {
          const vendorCode = code ?? codeOfStatus(api, status) ?? `HTTP.${status}`;
          return toResponse(errorAnswer(operation, status, vendorCode, message ?? `Forced error (scenario ${id}.error, HTTP ${status}).`, requestIdOf(request), runtime.now()));
        },
        { once: once ?? false },
      ),
    latency: (ms: number, options: ScenarioOptions = {}) =>
      http[method](
        path,
        async () => {
          await delay(ms);
        },
        { once: options.once ?? false },
      ),
    envelopeError: ({ code, message, once }: { code: string; message?: string } & ScenarioOptions) =>
      http[method](
        path,
        ({ request }) => {
          const requestId = requestIdOf(request);
          const body = { ...errorBody('legacy', code, message ?? `Forced failure (scenario ${id}.envelopeError).`, requestId, runtime.now()), data: null };
          return toResponse(jsonAnswer(200, body, requestId));
        },
        { once: once ?? false },
      ),
    networkError: (options: ScenarioOptions = {}) => http[method](path, () => HttpResponse.error(), { once: options.once ?? false }),
    empty: (options: ScenarioOptions = {}) =>
      http[method](
        path,
        async ({ request, params }) => {
          const paging = operation.paging;
          const answer = await handleOperation(operation, implementations[id], runtime, fromFetchRequest(request), params);
          if (!paging || answer.status !== 200) return toResponse(answer);
          const body = JSON.parse(answer.body) as Record<string, unknown>;
          if (getAtPath(body, paging.itemsPath) === undefined) return toResponse(answer);
          setAtPath(body, paging.itemsPath, []);
          setAtPath(body, paging.totalPath, 0);
          return toResponse({ ...answer, body: JSON.stringify(body) });
        },
        { once: options.once ?? false },
      ),
  };
  return scenario as unknown as OperationScenarios<Id>;
}

/**
 * Creates scenario controls bound to a set of handlers (their base URLs, clock and directory).
 * @example
 * const mock = createHandlers(directory);
 * const scenarios = createScenarios(mock);
 * server.use(scenarios.searchCorpAdmins.error({ status: 500 }));
 */
export function createScenarios(mock: MockHandlers): Scenarios {
  return Object.fromEntries((Object.keys(operations) as OperationId[]).map((id) => [id, scenariosFor(id, mock)])) as unknown as Scenarios;
}

/** Scenario controls for the ready-made `handlers`. */
export const scenarios: Scenarios = createScenarios(defaultHandlers);
