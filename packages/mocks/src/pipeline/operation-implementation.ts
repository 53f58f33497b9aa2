// The contract between the pipeline and the behaviour of each operation.

import type { Problem } from '../answers/problem.js';
import type { MockOperation } from '../generated/operations.js';
import type { MockRuntime } from '../state/mock-runtime.js';
import type { Caller } from './authenticate.js';
import type { MockRequest } from './mock-request.js';
import type { RequestInput } from './parse-request.js';

/** What an operation implementation receives. */
export interface OperationRequest {
  readonly operation: MockOperation;
  /** Validated parameters and body, schema defaults filled in. */
  readonly input: RequestInput;
  /** The authenticated caller; null for the logins, which authenticate themselves. */
  readonly caller: Caller | null;
  readonly request: MockRequest;
  readonly requestId: string;
  readonly now: number;
  readonly runtime: MockRuntime;
}

/** A successful answer: status and JSON body. */
export interface OperationResult {
  readonly status: number;
  readonly body: unknown;
}

/** The behaviour of one operation: a result, or the problem to answer with instead. */
export type OperationImplementation = (request: OperationRequest) => OperationResult | Problem | Promise<OperationResult | Problem>;
