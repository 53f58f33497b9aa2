// Looking up a compiled validator of generated/request-validators.ts or response-validators.ts.

import type { CompiledValidator } from '../generated/request-validators.js';

/** A compiled validator by name; a missing one means the generated files are stale. */
export function validatorNamed(validators: Record<string, CompiledValidator>, name: string): CompiledValidator {
  const validate = validators[name];
  if (!validate) throw new Error(`no compiled validator "${name}"; run npm run build`);
  return validate;
}
