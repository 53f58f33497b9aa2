import { validators as requestValidators, type CompiledValidator } from '../generated/request-validators.js';
import type { OperationDescription } from '../spec/operation-description.js';
import type { RequestInput } from '../handlers/parse-request.js';

/** The first problem the compiled validator found, worded for an error message. */
export interface ValidationProblem {
  /** Parameter or body field at fault (e.g. "limit", "pageSize", "body"). */
  field: string;
  message: string;
}

function validatorNamed(validators: Record<string, CompiledValidator>, name: string): CompiledValidator {
  const validate = validators[name];
  if (!validate) throw new Error(`no compiled validator "${name}"; run npm run build`);
  return validate;
}

let responseValidators: Promise<Record<string, CompiledValidator>> | undefined;

function describe(error: NonNullable<CompiledValidator['errors']>[number], input: unknown): ValidationProblem {
  const steps = error.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = input;
  for (const step of steps) value = (value as Record<string, unknown> | undefined)?.[step];
  const missing = typeof error.params.missingProperty === 'string' ? error.params.missingProperty : undefined;
  const field = missing ?? (steps.length > 1 ? steps.slice(1).join('.') : (steps[0] ?? 'request'));
  if (missing !== undefined) return { field, message: `${field} is required` };
  const allowed = Array.isArray(error.params.allowedValues) ? ` (${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})` : '';
  const shown = JSON.stringify(value);
  const got = shown === undefined ? '' : `, got ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`;
  return { field, message: `${field} ${error.message ?? 'is invalid'}${allowed}${got}` };
}

/**
 * Validates a parsed request against the operation's compiled request schema. Fills in
 * schema defaults (offset 0, limit 10, ...) on `input` as a side effect.
 * @returns null when valid, else the first problem
 */
export function validateRequest(operation: OperationDescription, input: RequestInput): ValidationProblem | null {
  const validate = validatorNamed(requestValidators, operation.validators.request);
  if (validate(input)) return null;
  const first = validate.errors?.[0];
  return first ? describe(first, input) : { field: 'request', message: 'the request is invalid' };
}

/**
 * Validates a response body against the operation's compiled schema for that status. The
 * response validators are a separate module, loaded on first use (only `validateResponses`
 * needs them), so bundles without it stay small.
 * @returns null when valid, else the first problem (an undocumented status is one)
 */
export async function validateResponseBody(operation: OperationDescription, status: number, body: unknown): Promise<ValidationProblem | null> {
  const name = operation.validators.responses[String(status)];
  if (!name) return { field: 'status', message: `status ${status} is not documented for ${operation.operationId}` };
  responseValidators ??= import('../generated/response-validators.js').then((m) => m.validators);
  const validate = validatorNamed(await responseValidators, name);
  if (validate(body)) return null;
  const first = validate.errors?.[0];
  return first ? describe(first, body) : { field: 'response', message: 'the response is invalid' };
}
