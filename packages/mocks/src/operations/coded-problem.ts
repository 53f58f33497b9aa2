// A refusal answered with one vendor code of the Meeting spec's `x-error-codes`.

import type { Problem } from '../answers/problem.js';
import { statusOfCode } from '../answers/vendor-codes.js';

/**
 * A refusal answered with `code` and the HTTP status the spec gives that code, in Meeting's
 * error body. `answers/problem.ts` has no problem kind per vendor code, so this takes the
 * negotiator's explicit-code path (the one `Prefer` and scenario errors take).
 * @example codedProblem('USG.201050002', 'The department "s4f" still has users; ...') // 400 USG.201050002
 */
export function codedProblem(code: string, message: string): Problem {
  return { kind: 'forced', status: statusOfCode('meeting', code), code, message };
}
