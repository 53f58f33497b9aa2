// Request validation against the operation's schema, with validators compiled at build time.

import type { MockOperation } from '../generated/operations.js';
import { validators } from '../generated/request-validators.js';
import type { RequestInput } from './parse-request.js';
import { validationProblem, type ValidationProblem } from './validation-problem.js';
import { validatorNamed } from './validator-named.js';

/**
 * Validates a parsed request against the operation's compiled request schema. Fills in
 * schema defaults (offset 0, limit 10, ...) on `input` as a side effect.
 * @returns null when valid, else the first problem
 */
export function validateRequest(operation: MockOperation, input: RequestInput): ValidationProblem | null {
  const validate = validatorNamed(validators, operation.validators.request);
  if (validate(input)) return null;
  const first = validate.errors?.[0];
  return first ? validationProblem(first, input) : { field: 'request', message: 'the request is invalid' };
}
