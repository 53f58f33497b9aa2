// The first error of a compiled validator, worded for an error message.

import type { CompiledValidator } from '../generated/request-validators.js';
import { describeValue } from './describe-value.js';

/** The first problem a compiled validator found, worded for an error message. */
export interface ValidationProblem {
  /** Parameter or body field at fault (e.g. "limit", "pageSize", "body"). */
  field: string;
  message: string;
}

/** Fields whose value an error message never quotes: passwords, tokens, secrets, verification codes. */
const SECRET_FIELD = /(pwd|passw(or)?d|secret|token|verification_?code)$/i;

/**
 * Words a validator's error on `input`: the field at fault, what is wrong with it, the allowed
 * values, and the value received (cut to 80 characters, depth-safe; a parameter that stayed text
 * because it is no number shows quoted, as sent), except a secret's.
 * @example validationProblem(error, input) // { field: 'limit', message: 'limit must be <= 500, got 501' }
 */
export function validationProblem(error: NonNullable<CompiledValidator['errors']>[number], input: unknown): ValidationProblem {
  const steps = error.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = input;
  for (const step of steps) value = (value as Record<string, unknown> | undefined)?.[step];
  const missing = typeof error.params.missingProperty === 'string' ? error.params.missingProperty : undefined;
  const field = missing ?? (steps.length > 1 ? steps.slice(1).join('.') : (steps[0] ?? 'request'));
  if (missing !== undefined) return { field, message: `${field} is required` };
  const allowed = Array.isArray(error.params.allowedValues) ? ` (${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})` : '';
  const shown = SECRET_FIELD.test(steps.at(-1) ?? '') ? '(value not shown: it is a secret)' : describeValue(value, 80);
  const got = shown === undefined ? '' : `, got ${shown}`;
  return { field, message: `${field} ${error.message ?? 'is invalid'}${allowed}${got}` };
}
