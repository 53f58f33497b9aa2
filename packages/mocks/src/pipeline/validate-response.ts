// Response validation (option `validateResponses`), with validators loaded on first use.

import type { MockOperation } from '../generated/operations.js';
import type { CompiledValidator } from '../generated/request-validators.js';
import { validationProblem, type ValidationProblem } from './validation-problem.js';
import { validatorNamed } from './validator-named.js';

let responseValidators: Promise<Record<string, CompiledValidator>> | undefined;

/**
 * Validates a response body against the operation's compiled schema for that status. The
 * response validators are a separate module, loaded on first use (only `validateResponses`
 * needs them), so bundles without it stay small.
 * @returns null when valid, else the first problem (an undocumented status is one, and so is a body
 *   where the status is documented without one)
 */
export async function validateResponseBody(operation: MockOperation, status: number, body: unknown): Promise<ValidationProblem | null> {
  const name = operation.validators.responses[String(status)];
  if (name === undefined) return { field: 'status', message: `status ${status} is not documented for ${operation.operationId}` };
  if (name === null) return body === undefined || body === null ? null : { field: 'response', message: `status ${status} of ${operation.operationId} is documented without a body` };
  responseValidators ??= import('../generated/response-validators.js').then((m) => m.validators);
  const validate = validatorNamed(await responseValidators, name);
  if (validate(body)) return null;
  const first = validate.errors?.[0];
  return first ? validationProblem(first, body) : { field: 'response', message: 'the response is invalid' };
}
