// Scenario controls: MSW handlers, one per operation and scenario, that force an error, a
// delay, a network failure, an empty page or a legacy envelope failure. They match requests
// with the pipeline's route matcher and answer through its negotiator.

import { readPath, writePath } from '@hwcloud-directory/protocol';
import { delay, HttpResponse, type HttpHandler } from 'msw';
import { negotiate } from '../answers/negotiate.js';
import { fromFetchRequest, toFetchResponse } from '../adapters/fetch-adapter.js';
import { handlers as defaultHandlers, type MockHandlers } from '../adapters/create-handlers.js';
import { routeHandler, type RouteResolver } from '../adapters/route-handler.js';
import { operations, type OperationId } from '../generated/operations.js';
import { operationTable } from '../operations/operation-table.js';
import { createPipeline, type Pipeline } from '../pipeline/create-pipeline.js';
import { answerRoute } from '../pipeline/handle-request.js';
import { requestIdOf } from '../pipeline/request-id.js';

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
   * Legacy envelope only: a failure answered with HTTP 200, a `returnCode` other than the
   * success code (`LEGACY_SUCCESS_CODE`) and `data: null`, as the older REST API does.
   */
  envelopeError: Id extends EnvelopeOperationId ? (options: { code: string; message?: string } & ScenarioOptions) => HttpHandler : never;
}

/** Scenario controls for every operation, typed per operation. */
export type Scenarios = { [Id in OperationId]: OperationScenarios<Id> };

function scenariosFor<Id extends OperationId>(id: Id, pipeline: Pipeline): OperationScenarios<Id> {
  const route = pipeline.routes.find((r) => r.operationId === id);
  if (!route) throw new Error(`no route for operation ${id}`);
  const { operation } = route;
  const { runtime } = pipeline;
  const on = (options: ScenarioOptions, resolver: RouteResolver) => routeHandler([route], resolver, { once: options.once ?? false });
  const scenario = {
    error: ({ status, code, message, ...options }: ErrorScenarioOptions<Id>) =>
      on(options, ({ request }) =>
        toFetchResponse(negotiate(operation, { kind: 'forced', status, code, message: message ?? `Forced error (scenario ${id}.error, HTTP ${status}).` }, requestIdOf(request), runtime.now())),
      ),
    latency: (ms: number, options: ScenarioOptions = {}) =>
      on(options, async () => {
        await delay(ms);
      }),
    envelopeError: ({ code, message, ...options }: { code: string; message?: string } & ScenarioOptions) =>
      on(options, ({ request }) =>
        toFetchResponse(negotiate(operation, { kind: 'envelope-failure', code, message: message ?? `Forced failure (scenario ${id}.envelopeError).` }, requestIdOf(request), runtime.now())),
      ),
    networkError: (options: ScenarioOptions = {}) => on(options, () => HttpResponse.error()),
    empty: (options: ScenarioOptions = {}) =>
      on(options, async ({ request, params }) => {
        const paging = operation.paging;
        const answer = await answerRoute(pipeline, { route, params }, fromFetchRequest(request));
        if (!paging || answer.status !== 200) return toFetchResponse(answer);
        const body = JSON.parse(answer.body) as Record<string, unknown>;
        if (readPath(body, paging.itemsPath) === undefined) return toFetchResponse(answer);
        writePath(body, paging.itemsPath, []);
        writePath(body, paging.totalPath, 0);
        return toFetchResponse({ ...answer, body: JSON.stringify(body) });
      }),
  };
  return scenario as unknown as OperationScenarios<Id>;
}

/**
 * Creates scenario controls bound to a set of handlers (their base URLs, clock and directory),
 * or to a mock server's runtime.
 * @example
 * const mock = createHandlers(directory);
 * const scenarios = createScenarios(mock);
 * server.use(scenarios.searchCorpAdmins.error({ status: 500 }));
 */
export function createScenarios(mock: Pick<MockHandlers, 'runtime'>): Scenarios {
  const pipeline = createPipeline(mock.runtime, operationTable);
  return Object.fromEntries((Object.keys(operations) as OperationId[]).map((id) => [id, scenariosFor(id, pipeline)])) as unknown as Scenarios;
}

/** Scenario controls for the ready-made `handlers`. */
export const scenarios: Scenarios = createScenarios(defaultHandlers);
