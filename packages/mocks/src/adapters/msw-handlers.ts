// The MSW adapter: one MSW handler for every route of a pipeline, answering through the
// pipeline's orchestrator.

import type { HttpHandler } from 'msw';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import { answerRoute } from '../pipeline/handle-request.js';
import type { MockRuntime } from '../state/mock-runtime.js';
import { fromFetchRequest, toFetchResponse } from './fetch-adapter.js';
import { routeHandler } from './route-handler.js';

/** MSW request handlers (one, for every route) plus the runtime they share (token store, clock, credentials). */
export type MockHandlers = HttpHandler[] & { readonly runtime: MockRuntime };

/** The MSW handler for every route of a pipeline, carrying its runtime. */
export function mswHandlers(pipeline: Pipeline): MockHandlers {
  const handler = routeHandler(pipeline.routes, async ({ request, route, params }) => toFetchResponse(await answerRoute(pipeline, { route, params }, fromFetchRequest(request))));
  return Object.assign([handler], { runtime: pipeline.runtime });
}
